import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// How a schema is used at one place: what every front end says of a use (`TypeUse`), plus what only
/// an OpenAPI schema says there.
struct SchemaUse {
  /// The type, constraints, documentation and `readOnly` of the use.
  var base: TypeUse
  /// Whether `null` is a value: 3.0 `nullable: true`, 3.1 `type: [x, "null"]`, a null `oneOf` branch.
  var isNullable = false
  /// `writeOnly`: sent by clients, never returned by the server.
  var isWriteOnly = false

  /// A use of `type`, nullable or not, with nothing else said about it.
  init(type: TypeReference, isNullable: Bool = false) {
    self.base = TypeUse(type: type)
    self.isNullable = isNullable
  }

  /// The value's type.
  var type: TypeReference { base.type }
}

/// Translates schemas into type references, declaring named types as it meets them.
///
/// A declaration is registered before its members are translated, so recursive schemas refer to
/// it by ID instead of recursing forever. IDs come from locations, so each schema is declared once.
final class SchemaTranslator {
  let resolver: ReferenceResolver
  /// Each schema's shape, classified once.
  let shapes = SchemaShapeCache()
  /// Where each declaration nests and what it is called.
  let placer: DeclarationPlacer
  private(set) var declarations: [TypeID: TypeDeclaration] = [:]
  private(set) var order: [TypeID] = []
  private var pending: Set<TypeID> = []
  /// Aliases under way: an alias whose target is one of them is a cycle of bare references.
  private var pendingAliases: Set<TypeID> = []
  /// Locations whose plain (non-declaring) translation is under way: a repeat is a reference cycle.
  private var following: Set<NodeLocation> = []
  private var nesting = NestingGuard()
  /// Where the translation's warnings go.
  let sink: DiagnosticSink
  /// Object bodies already translated: `allOf` merges copy a shared part's fields into every
  /// schema that includes it, and re-translating the part each time repeated work and warnings.
  var objectTypes: [NodeLocation: ObjectType] = [:]
  /// A schema translated at several use sites reports each constraint warning once.
  private var reportedConstraintWarnings: Set<Diagnostic> = []
  /// Nesting at which `follow` stops declaring a referenced component at once and queues it instead,
  /// so chains of components do not count as nesting (every real spec stays well below it).
  static let deferralDepth = 64
  private var deferred: [LocatedNode] = []
  private var deferredIDs: Set<TypeID> = []

  init(resolver: ReferenceResolver, operations: OperationRecords, sink: DiagnosticSink) {
    self.resolver = resolver
    self.sink = sink
    self.placer = DeclarationPlacer(resolver: resolver, shapes: shapes, operations: operations)
  }

  /// The top-level name of each nested declaration, for when its parent is never declared.
  private var topLevelNames: [TypeID: String] = [:]

  /// Every declaration, in the order first declared. One nested in a schema that was never declared
  /// itself (a `$ref` into `$defs`, `not` or a `default` value: `DeclarationPlacer`) is moved to the
  /// top level under its top-level name, so every parent is declared.
  var orderedDeclarations: [TypeDeclaration] {
    order.compactMap { id in
      guard var declaration = declarations[id] else { return nil }
      if let parent = declaration.parent, declarations[parent] == nil, let name = topLevelNames[id] {
        declaration.parent = nil
        declaration.sourceName = name
      }
      return declaration
    }
  }

  func typeID(_ location: NodeLocation) -> TypeID {
    location.typeID(rootFile: resolver.rootFile)
  }

  /// Translates the schema found at a use site (a property, an item, a body).
  func use(_ schema: LocatedNode) throws(DiagnosticError) -> SchemaUse {
    try nesting.enter(schema)
    defer { nesting.leave() }
    let shape = try shapes.shape(of: schema)
    var result = try translate(shape, at: schema)
    result.base.documentation = SchemaAnnotations.merge(
      try SchemaAnnotations.documentation(of: schema), over: result.base.documentation)
    result.base.constraints = SchemaAnnotations.merge(
      try constraints(of: schema, shape: shape), over: result.base.constraints)
    if let reference = schema["default"]?["$ref"] {
      result.base.documentation.defaultValue = try referencedDefault(reference)
    }
    result.isNullable = result.isNullable || shape.isNullable
    if try schema.optionalBool("readOnly") == true { result.base.isReadOnly = true }
    if try schema.optionalBool("writeOnly") == true { result.isWriteOnly = true }
    return result
  }

  private func translate(_ shape: SchemaShape, at schema: LocatedNode) throws(DiagnosticError) -> SchemaUse {
    if case .union = shape.kind {
    } else {
      _ = try discriminatorMapping(schema)  // a union reads its own
    }
    switch shape.kind {
    case .reference(let reference):
      return try follow(reference, from: schema)
    case .object, .merged, .enumeration, .union, .multiType:
      return SchemaUse(type: .named(try declare(shape, at: schema.location)))
    case .array(let items):
      guard let items else { return SchemaUse(type: .array(.any)) }
      return SchemaUse(type: .array(try use(items).type))
    case .map(let values):
      guard let values else { return SchemaUse(type: .map(.any)) }
      return SchemaUse(type: .map(try use(values).type))
    case .primitive(let primitive):
      return SchemaUse(type: .primitive(primitive))
    case .any:
      return SchemaUse(type: .any)
    }
  }

  /// A `$ref`: component schemas are always declarations; deeper targets are translated in place.
  private func follow(_ reference: LocatedNode, from schema: LocatedNode) throws(DiagnosticError) -> SchemaUse {
    let target = try resolver.resolve(reference)
    if Self.isComponentSchema(target.location) {
      let shape = try shapes.shape(of: target)
      let id: TypeID
      if shape.isDeclaration, nesting.depth >= Self.deferralDepth {
        // A long chain of components each using the next (`S0.next: S1`, … `S9999`) would recurse once
        // per link: past this depth the next one is declared later, from `declareDeferred`.
        id = typeID(target.location)
        if declarations[id] == nil, !pending.contains(id), deferredIDs.insert(id).inserted {
          deferred.append(target)
        }
      } else {
        id = try declareComponent(target)
      }
      // The declaration documents itself: the use keeps only what changes the member (deprecation, and
      // a default its initializer parameter may take), not another copy of the description and examples.
      var result = SchemaUse(type: .named(id), isNullable: shape.isNullable)
      let documentation = try SchemaAnnotations.documentation(of: target)
      result.base.documentation.isDeprecated = documentation.isDeprecated
      result.base.documentation.defaultValue = documentation.defaultValue
      return result
    }
    // A target that is a declaration (an object, union, enum) is named by its location and registered
    // before its members are translated, so recursion through it ends at the pending declaration
    // (a tree in its own file, `tree.json#`). Only bare aliases can cycle with nothing in between.
    if try shapes.shape(of: target).isDeclaration { return try use(target) }
    guard following.insert(target.location).inserted else {
      throw reference.error("reference cycle through '\(target.location.pointer)' with no object in between")
    }
    defer { following.remove(target.location) }
    return try use(target)
  }

  static func isComponentSchema(_ location: NodeLocation) -> Bool {
    let tokens = location.pointer.tokens
    return tokens.count == 3 && tokens[0] == "components" && tokens[1] == "schemas"
  }

  /// Declares the components `follow` put off (see `deferralDepth`), and those they put off in turn.
  func declareDeferred() throws(DiagnosticError) {
    var next = 0
    while next < deferred.count {
      try declareComponent(deferred[next])
      next += 1
    }
    deferred.removeAll()
  }

  /// A component schema (`#/components/schemas/<name>`, in any document) is named by its key; every other
  /// declaration after where it is used (placement derives its name from the pointer).
  static func naming(of location: NodeLocation) -> TypeDeclaration.Naming {
    let tokens = location.pointer.tokens
    return tokens.count == 3 && tokens[0] == "components" && tokens[1] == "schemas" ? .given : .derived
  }

  /// Declares a named component schema; one that is not an object, enum or union becomes an alias.
  @discardableResult
  func declareComponent(_ schema: LocatedNode) throws(DiagnosticError) -> TypeID {
    let shape = try shapes.shape(of: schema)
    if shape.isDeclaration { return try declare(shape, at: schema.location) }
    let id = typeID(schema.location)
    if declarations[id] != nil || pending.contains(id) { return id }
    // A chain of aliases (`A0: {$ref: A1}`, `A1: {$ref: A2}`, …) recurses once per link.
    try nesting.enter(schema, what: "a chain of $ref aliases")
    defer { nesting.leave() }
    pending.insert(id)
    pendingAliases.insert(id)
    order.append(id)
    defer {
      pending.remove(id)
      pendingAliases.remove(id)
    }
    let target = try translate(shape, at: schema)
    if case .named(let targetID) = target.type, pendingAliases.contains(targetID) {
      throw schema.error("reference cycle: '\(schema.location.pointer)' is defined only in terms of itself")
    }
    declarations[id] = TypeDeclaration(
      id: id, sourceName: schema.location.pointer.tokens.last ?? "schema", kind: .alias(target.type),
      documentation: try SchemaAnnotations.documentation(of: schema), location: schema.node.location,
      constraints: try constraints(of: schema, shape: shape))
    return id
  }

  /// `default: {$ref: …}` names the value elsewhere: the target's `const`, its `default`, an example's
  /// `value`, its single `enum` value, or the target itself when it is a plain value.
  private func referencedDefault(_ reference: LocatedNode) throws(DiagnosticError) -> JSONLiteral {
    let target = try resolver.resolve(reference)
    for key in ["const", "default", "value"] {
      if let value = target[key] { return value.node.jsonLiteral }
    }
    if let values = target["enum"]?.node.sequence, values.count == 1 { return values[0].jsonLiteral }
    return target.node.jsonLiteral
  }

  /// The constraints `schema` states, over those of the node that defines its type when that is
  /// another one (the intersection of scalar `allOf` parts, a wrapper's single branch); each warning
  /// is reported once. For a component alias they hold wherever it is used.
  private func constraints(of schema: LocatedNode, shape: SchemaShape) throws(DiagnosticError) -> Constraints {
    var found: [Diagnostic] = []
    var result = try SchemaAnnotations.constraints(of: schema, warnings: &found)
    if shape.body.location != schema.location {
      result = SchemaAnnotations.merge(
        result, over: try SchemaAnnotations.constraints(of: shape.body, warnings: &found))
    }
    for warning in found where reportedConstraintWarnings.insert(warning).inserted { sink.report(warning) }
    return result
  }

  /// Registers the declaration for `shape` (whose body may be a wrapper's single branch) at `location`.
  private func declare(_ shape: SchemaShape, at location: NodeLocation) throws(DiagnosticError) -> TypeID {
    let id = typeID(location)
    if declarations[id] != nil || pending.contains(id) { return id }
    pending.insert(id)
    order.append(id)
    defer { pending.remove(id) }
    let placement = try placer.placement(of: location)
    let body = shape.body
    let kind: TypeDeclaration.Kind
    switch shape.kind {
    case .object:
      kind = .object(try objectType(body))
    case .merged(let parts):
      kind = .object(try mergedObjectType(body, parts: parts))
    case .enumeration(let rawType, let values):
      kind = .enumeration(
        EnumerationType(
          rawType: rawType, cases: values.map { EnumerationType.Case(value: $0.node.jsonLiteral) }, isOpen: true))
    case .union(let branches, _):
      if let enumeration = try openStringEnumeration(branches) {
        kind = enumeration
      } else {
        kind = .union(try unionType(body, branches: branches))
      }
    case .multiType(let types):
      kind = .union(multiTypeUnion(types, format: try body.optionalText("format")))
    default:
      preconditionFailure("declare called for a shape that is not a declaration")
    }
    var docs = try SchemaAnnotations.documentation(of: body)
    if location != body.location {
      let outer = try resolver.document(location.file)
      if let node = location.pointer.resolve(in: outer.node) {
        docs = SchemaAnnotations.merge(
          try SchemaAnnotations.documentation(of: LocatedNode(node: node, location: location)), over: docs)
      }
    }
    if placement.parent != nil { topLevelNames[id] = placement.topLevelName }
    declarations[id] = TypeDeclaration(
      id: id, parent: placement.parent.map(typeID), sourceName: placement.sourceName, kind: kind,
      documentation: docs, location: body.node.location, naming: Self.naming(of: location))
    return id
  }
}
