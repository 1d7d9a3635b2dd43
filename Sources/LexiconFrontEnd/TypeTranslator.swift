import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates Lexicon field types into type references, declaring inline objects, unions and
/// enumerations where they occur.
///
/// References are resolved to `nsid#def` IDs without translating their targets (every definition
/// is declared once, by the definition translator), so reference cycles cannot recurse.
final class TypeTranslator {
  let catalog: LexiconCatalog
  let declarations: DeclarationList
  /// Where the translation's warnings go.
  let sink: DiagnosticSink
  private var nesting = NestingGuard()
  /// Definition types a reference may name: they become declarations.
  static let dataTypes: Set<String> = [
    "record", "object", "token", "string", "integer", "boolean", "bytes", "cid-link", "blob", "array", "ref",
    "union", "unknown", "params", "null",
  ]

  init(catalog: LexiconCatalog, declarations: DeclarationList, sink: DiagnosticSink) {
    self.catalog = catalog
    self.declarations = declarations
    self.sink = sink
  }

  /// The declaration ID of an inline schema: its definition's ID plus its pointer inside the definition,
  /// e.g. `place.stream.livestream#main/record/properties/title`.
  /// Whether `node` is a definition of its lexicon (`#/defs/<name>`), whose name the lexicon gives;
  /// every other declaration is named after where it is used.
  static func isDefinition(_ node: LocatedNode) -> Bool {
    let tokens = node.pointer.tokens
    return tokens.count == 2 && tokens[0] == "defs"
  }

  func inlineID(_ node: LocatedNode, nsid: String) -> TypeID {
    let tokens = node.pointer.tokens
    guard tokens.count >= 2, tokens[0] == "defs" else { return TypeID(nsid + "#" + tokens.joined(separator: "/")) }
    return TypeID(([nsid + "#" + tokens[1]] + tokens.dropFirst(2)).joined(separator: "/"))
  }

  /// Translates the schema at a use site; inline declarations it needs go to `placement`, an array's
  /// element type to `elementPlacement` (by default the singular of `placement`: `tags` → `tag`).
  func use(_ node: LocatedNode, nsid: String, placement: Placement, elementPlacement: Placement? = nil)
    throws(DiagnosticError) -> TypeUse
  {
    try nesting.enter(node)
    defer { nesting.leave() }
    _ = try node.mapping("a type (an object)")
    guard let typeNode = node["type"] else { throw node.error("type has no 'type'") }
    let type = try typeNode.string("a type name")
    var use = TypeUse(type: .any, documentation: try documentation(of: node))
    switch type {
    case "boolean", "integer", "string", "bytes", "cid-link", "blob":
      use.constraints = try ValueConstraints.of(node, type: type)
      if let enumeration = try enumeration(of: node, type: type) {
        use.type = .named(declare(.enumeration(enumeration), at: node, nsid: nsid, placement: placement))
      } else {
        use.type = .primitive(try primitive(node, type: type))
      }
    case "array":
      guard let items = node["items"] else { throw node.error("array has no 'items'") }
      let element = try self.use(items, nsid: nsid, placement: elementPlacement ?? placement.element)
      use.type = .array(element.type)
      use.constraints = try ValueConstraints.of(node, type: type)
      if !element.constraints.isEmpty { use.constraints.itemConstraints = element.constraints }
    case "object", "params":
      let slot = reserve()
      let id = inlineID(node, nsid: nsid)
      let object = try objectType(node, id: id, nsid: nsid, typeTag: nil)
      fill(slot, id: id, kind: .object(object), at: node, placement: placement)
      use.type = .named(id)
    case "union":
      let union = try unionType(node, nsid: nsid)
      use.type = .named(declare(.union(union), at: node, nsid: nsid, placement: placement))
    case "ref":
      guard let reference = node["ref"] else { throw node.error("ref has no 'ref'") }
      let target = try resolve(reference, nsid: nsid)
      try refuseToken(target, at: reference)
      use.type = .named(TypeID(target.description))
    case "unknown", "null":
      use.type = .any
    case "record", "query", "procedure", "subscription", "token", "permission-set":
      throw typeNode.error("'\(type)' may only be a top-level definition, not a field type")
    default:
      sink.warn("unknown field type '\(type)' is read as any JSON value", at: typeNode)
    }
    return use
  }

  /// An object's fields; `typeTag` is what `$type` says for it, when it is a definition. The inline types
  /// of its fields nest in the object (`id`), or go where `fieldPlacement` says for an object that is never
  /// declared (an XRPC method's `parameters`).
  func objectType(
    _ node: LocatedNode, id: TypeID, nsid: String, typeTag: String?, fieldPlacement: ((String) -> Placement)? = nil
  ) throws(DiagnosticError) -> ObjectType {
    let required = try node["required"]?.strings("an array of strings") ?? []
    let nullable = Set(try node["nullable"]?.strings("an array of strings") ?? [])
    var fields: [Field] = []
    for (name, property) in try node["properties"]?.entries("an object of properties") ?? [] {
      let placement = fieldPlacement?(name) ?? Placement(parent: id, sourceName: name)
      let use = try self.use(property, nsid: nsid, placement: placement)
      fields.append(
        Field(
          jsonName: name, type: use.type, isRequired: required.contains(name), isNullable: nullable.contains(name),
          constraints: use.constraints, documentation: use.documentation))
    }
    for name in required where !fields.contains(where: { $0.jsonName == name }) {
      sink.warn("required property '\(name)' is not among the properties", at: node["required"] ?? node)
    }
    // Lexicon objects are open: fields added by newer schemas must survive a decode/encode round trip.
    let extra: ObjectType.AdditionalProperties = (try? node["type"]?.string()) == "params" ? .ignored : .kept(.any)
    var object = ObjectType(fields: fields, additionalProperties: extra, typeTag: typeTag)
    object.refusesNullForNonNullableMembers = true
    return object
  }

  /// A union of references, tagged by `$type`: `nsid#def`, or the bare NSID for a `main` definition.
  func unionType(_ node: LocatedNode, nsid: String) throws(DiagnosticError) -> UnionType {
    guard let refsNode = node["refs"] else { throw node.error("union has no 'refs'") }
    let refs = try refsNode.items("an array of references")
    let closed = try node["closed"]?.bool() ?? false
    // An open union of no refs is legal (any object with a `$type`); a closed one could hold nothing.
    guard !refs.isEmpty || !closed else {
      throw refsNode.error("a closed union with no refs can hold no value: list at least one definition")
    }
    var variants: [UnionType.Variant] = []
    for ref in refs {
      let target = try resolve(ref, nsid: nsid)
      try refuseToken(target, at: ref)
      guard !variants.contains(where: { $0.tags.first == target.typeTag }) else { continue }
      let name = target.name == "main" ? String(target.nsid.split(separator: ".").last ?? "main") : target.name
      variants.append(
        UnionType.Variant(
          sourceName: name, type: .named(TypeID(target.description)), tags: Self.typeTags(target.typeTag)))
    }
    return UnionType(
      variants: UnionType.Variant.namedApart(variants), discriminator: "$type", tagging: .atProtocolType,
      isOpen: !closed)
  }

  /// A token is a value (a string constant, `ConstantDeclaration`), not a type: neither a `ref` nor a
  /// union variant can name one; fields hold it through `knownValues`.
  private func refuseToken(_ target: DefinitionReference, at reference: LocatedNode) throws(DiagnosticError) {
    guard let definition = try catalog.document(target.nsid, for: reference).definition(target.name),
      try LexiconDocument.type(of: definition) == "token"
    else { return }
    throw reference.error(
      "'\(try reference.string())' names a token, which is a value, not a type; "
        + "use a string field with the token in its knownValues")
  }

  /// The `$type` values that select a definition: its tag, and for a `main` definition (tagged by the bare
  /// NSID, as written) also the long form `nsid#main` others may send.
  static func typeTags(_ tag: String) -> [String] {
    tag.utf8.contains(UInt8(ascii: "#")) ? [tag] : [tag, tag + "#main"]
  }

  /// `knownValues` (an open set) or `enum` (closed) of a string or integer, when it has one.
  func enumeration(of node: LocatedNode, type: String) throws(DiagnosticError) -> EnumerationType? {
    guard type == "string" || type == "integer" else { return nil }
    let rawType: EnumerationType.RawType = type == "string" ? .string : .integer
    let list: LocatedNode
    let isOpen: Bool
    if let closed = node["enum"] {
      (list, isOpen) = (closed, false)
    } else if let known = node["knownValues"], type == "string" {
      (list, isOpen) = (known, true)
    } else {
      return nil
    }
    var cases: [EnumerationType.Case] = []
    for item in try list.items("an array of values") {
      let value: JSONLiteral = rawType == .string ? .string(try item.string()) : .integer(try item.integer())
      if !cases.contains(where: { $0.value == value }) { cases.append(EnumerationType.Case(value: value)) }
    }
    return EnumerationType(rawType: rawType, cases: cases, isOpen: isOpen)
  }

  /// Resolves a reference string node to the definition it names, checking that it exists and is a type.
  func resolve(_ reference: LocatedNode, nsid: String) throws(DiagnosticError) -> DefinitionReference {
    let text = try reference.string("a reference string")
    guard let target = DefinitionReference(text, in: nsid) else {
      throw reference.error("'\(text)' is not a valid reference (expected #def, an NSID, or nsid#def)")
    }
    let document = try catalog.document(target.nsid, for: reference)
    guard let definition = document.definition(target.name) else {
      let what = target.name == "main" ? "no main definition" : "no definition '\(target.name)'"
      throw reference.error("unresolved reference '\(text)': lexicon '\(target.nsid)' has \(what)")
    }
    let type = try LexiconDocument.type(of: definition)
    guard Self.dataTypes.contains(type) else {
      throw reference.error("'\(text)' names a '\(type)' definition, which is not a data type")
    }
    return target
  }

  func documentation(of node: LocatedNode) throws(DiagnosticError) -> Documentation {
    Documentation(description: try node.optionalString("description"), defaultValue: node["default"]?.jsonLiteral)
  }

  private func primitive(_ node: LocatedNode, type: String) throws(DiagnosticError) -> Primitive {
    switch type {
    case "boolean": return .boolean
    case "integer": return .integer
    case "string":
      // The formats Lexicon defines are typed; one it does not define is kept as written (a plain string).
      guard let format = try node.optionalString("format") else { return .string }
      return LexiconStringFormat(rawValue: format).map(Primitive.lexiconString) ?? .string(format: format)
    case "bytes": return .atBytes
    case "cid-link": return .cidLink
    default: return .blob
    }
  }

  // MARK: Declaring

  func reserve() -> Int { declarations.reserve() }

  func fill(_ slot: Int, id: TypeID, kind: TypeDeclaration.Kind, at node: LocatedNode, placement: Placement) {
    declarations.fill(
      slot,
      with: TypeDeclaration(
        id: id, parent: placement.parent, sourceName: placement.sourceName, kind: kind,
        documentation: Documentation(description: try? node.optionalString("description")),
        location: node.node.location, naming: Self.isDefinition(node) ? .given : .derived,
        namespace: placement.namespace))
  }

  func fill(_ slot: Int, with declaration: TypeDeclaration) {
    declarations.fill(slot, with: declaration)
  }

  private func declare(_ kind: TypeDeclaration.Kind, at node: LocatedNode, nsid: String, placement: Placement) -> TypeID
  {
    let id = inlineID(node, nsid: nsid)
    fill(reserve(), id: id, kind: kind, at: node, placement: placement)
    return id
  }
}

extension UnionType.Variant {
  /// `variants` with every name two of them share (same-named definitions in different lexicons)
  /// replaced by the variant's full `$type` tag.
  static func namedApart(_ variants: [UnionType.Variant]) -> [UnionType.Variant] {
    var counts: [String: Int] = [:]
    for variant in variants { counts[variant.sourceName, default: 0] += 1 }
    return variants.map { variant in
      var variant = variant
      if counts[variant.sourceName, default: 0] > 1 { variant.sourceName = variant.tags.first ?? variant.sourceName }
      return variant
    }
  }
}
