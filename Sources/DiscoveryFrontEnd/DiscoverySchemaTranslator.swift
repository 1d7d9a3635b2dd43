import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates Discovery JSON schemas (`schemas`, properties, items, parameters) into IR.
///
/// A `$ref` names a schema by its id (not a JSON pointer); every top-level schema is declared under
/// `#/schemas/<id>`. Inline objects and enums become declarations nested in the one using them.
/// `format` is kept as written (the emitter chooses the Swift type), except `google-datetime`, which is
/// RFC 3339 text like `date-time` and becomes it.
///
/// Each translator collects the declarations of what it translated; several can work on one document
/// at once (the schemas, and the methods' inline types), each knowing every schema id up front.
final class DiscoverySchemaTranslator {
  private(set) var declarations: [TypeDeclaration] = []
  /// Schema ids in the document, so a `$ref` to a missing id is an error at the `$ref`.
  private let schemaIDs: Set<String>
  private var nesting = NestingGuard()

  /// A translator for a document whose schemas have the ids `schemaIDs` (see `schemaIDs(of:)`).
  init(schemaIDs: Set<String>) {
    self.schemaIDs = schemaIDs
  }

  /// The ids of the `schemas` mapping.
  static func schemaIDs(of schemas: LocatedNode?) throws(DiagnosticError) -> Set<String> {
    Set(try schemas?.entries("a mapping of schemas by id").map(\.0) ?? [])
  }

  static func typeID(ofSchema id: String) -> TypeID { TypeID("#/schemas/" + id) }

  /// Declares every schema of the `schemas` mapping, in document order.
  func declareAll(_ schemas: LocatedNode?) throws(DiagnosticError) {
    guard let schemas else { return }
    let entries = try schemas.entries("a mapping of schemas by id")
    for (key, schema) in entries {
      _ = try schema.mapping("a schema (a mapping)")
      try declareTopLevel(key, schema)
    }
  }

  private func declareTopLevel(_ key: String, _ schema: LocatedNode) throws(DiagnosticError) {
    let id = Self.typeID(ofSchema: key)
    let docs = try documentation(schema)
    if try isObjectWithProperties(schema) || schema["enum"] != nil {
      try declare(schema, id: id, parent: nil, name: key, naming: .given)
      return
    }
    // Keep the slot in document order; the alias target may declare nested types after it.
    let slot = declarations.count
    declarations.append(TypeDeclaration(id: id, sourceName: key, kind: .alias(.any)))
    let target = try use(schema, name: key, parent: nil)
    declarations[slot] = TypeDeclaration(
      id: id, sourceName: key, kind: .alias(target.type), documentation: docs, location: schema.node.location)
  }

  /// The type of the schema at a use site named `name` (a property, an item, a parameter),
  /// declaring inline objects and enums nested in `parent`.
  func use(_ schema: LocatedNode, name: String, parent: TypeID?) throws(DiagnosticError) -> TypeUse {
    try nesting.enter(schema)
    defer { nesting.leave() }
    _ = try schema.mapping("a schema (a mapping)")
    var result = TypeUse(type: .any)
    result.documentation = try documentation(schema)
    result.isReadOnly = try schema.optionalBool("readOnly") ?? false
    result.constraints = try constraints(schema)
    if let reference = schema["$ref"] {
      let target = try reference.string("a schema id")
      guard schemaIDs.contains(target) else { throw reference.error("'$ref' names no schema: '\(target)'") }
      result.type = .named(Self.typeID(ofSchema: target))
      return result
    }
    if try isObjectWithProperties(schema) || schema["enum"] != nil {
      let id = TypeID((parent?.rawValue ?? "#") + "/" + name)
      try declare(schema, id: id, parent: parent, name: name, naming: .derived)
      result.type = .named(id)
      return result
    }
    result.type = try plainType(schema, name: name, parent: parent)
    return result
  }

  private func plainType(_ schema: LocatedNode, name: String, parent: TypeID?) throws(DiagnosticError)
    -> TypeReference
  {
    guard let typeNode = schema["type"] else {
      throw schema.error("schema has neither 'type' nor '$ref'")
    }
    let format = try schema.optionalString("format")
    switch try typeNode.string("a type name") {
    case "string": return .primitive(.string(format: format == "google-datetime" ? "date-time" : format))
    case "integer": return .primitive(.integer(format: format))
    case "number": return .primitive(.number(format: format))
    case "boolean": return .primitive(.boolean)
    case "any", "null": return .any
    case "array":
      guard let items = schema["items"] else { return .array(.any) }
      return .array(try use(items, name: ElementNaming.singular(name), parent: parent).type)
    case "object":
      guard let values = schema["additionalProperties"] else { return .map(.any) }
      return .map(try use(values, name: name + "Value", parent: parent).type)
    case let other:
      throw typeNode.error(
        "unknown schema type '\(other)'; expected string, integer, number, boolean, array, object or any")
    }
  }

  private func isObjectWithProperties(_ schema: LocatedNode) throws(DiagnosticError) -> Bool {
    try schema.optionalString("type") == "object" && schema["properties"] != nil
  }

  /// Declares an object with properties, or an enumeration, under `id`.
  /// `naming`: `.given` for a schema of `schemas` (named by its id), `.derived` for one named after its use.
  private func declare(
    _ schema: LocatedNode, id: TypeID, parent: TypeID?, name: String, naming: TypeDeclaration.Naming
  ) throws(DiagnosticError) {
    let slot = declarations.count
    var declaration = TypeDeclaration(
      id: id, parent: parent, sourceName: name, kind: .alias(.any), documentation: try documentation(schema),
      location: schema.node.location, naming: naming)
    declarations.append(declaration)
    if schema["enum"] != nil {
      declaration.kind = .enumeration(try enumeration(schema))
    } else {
      declaration.kind = .object(try object(schema, id: id))
    }
    declarations[slot] = declaration
  }

  private func object(_ schema: LocatedNode, id: TypeID) throws(DiagnosticError) -> ObjectType {
    var fields: [Field] = []
    for (key, property) in try schema["properties"]?.entries("a mapping of properties") ?? [] {
      let use = try self.use(property, name: key, parent: id)
      var docs = use.documentation
      let requiredBy = try property["annotations"]?.strings(at: "required") ?? []
      if !requiredBy.isEmpty {
        let methods = requiredBy.map { "`\($0)`" }.joined(separator: ", ")
        docs.description = [docs.description, "Required by \(methods)."].compactMap { $0 }.joined(separator: "\n\n")
      }
      fields.append(
        Field(
          jsonName: key, type: use.type, isReadOnly: use.isReadOnly, constraints: use.constraints,
          documentation: docs))
    }
    var additional = ObjectType.AdditionalProperties.ignored
    if let values = schema["additionalProperties"] {
      additional = .kept(try use(values, name: "additionalProperty", parent: id).type)
    }
    return ObjectType(fields: fields, additionalProperties: additional)
  }

  /// `enum` with `enumDescriptions` (and `enumDeprecated`): an open set, as servers add values.
  private func enumeration(_ schema: LocatedNode) throws(DiagnosticError) -> EnumerationType {
    let values = try schema.strings(at: "enum")
    let descriptions = try schema.strings(at: "enumDescriptions")
    let deprecated = try schema["enumDeprecated"]?.items("a list of booleans").map {
      item throws(DiagnosticError) in try item.bool()
    }
    let cases = values.enumerated().map { index, value in
      EnumerationType.Case(
        value: .string(value),
        documentation: Documentation(
          description: index < descriptions.count && !descriptions[index].isEmpty ? descriptions[index] : nil,
          isDeprecated: deprecated.map { index < $0.count && $0[index] } ?? false))
    }
    return EnumerationType(rawType: .string, cases: cases, isOpen: true)
  }

  func documentation(_ schema: LocatedNode) throws(DiagnosticError) -> Documentation {
    Documentation(
      description: try schema.optionalString("description"),
      isDeprecated: try schema.optionalBool("deprecated") ?? false,
      defaultValue: schema["default"]?.jsonLiteral)
  }

  /// `minimum`/`maximum` (written as strings in Discovery) and `pattern`.
  func constraints(_ schema: LocatedNode) throws(DiagnosticError) -> Constraints {
    Constraints(
      minimum: try schema.numberText("minimum").map { Constraints.Bound($0) },
      maximum: try schema.numberText("maximum").map { Constraints.Bound($0) },
      pattern: try schema.optionalString("pattern"))
  }
}

extension DiscoverySchemaTranslator {
  /// Adds a declaration the translator did not derive from a schema (`StandardParameters`).
  func appendDeclaration(_ declaration: TypeDeclaration) {
    declarations.append(declaration)
  }

  /// Replaces the declaration with `declaration.id` (declared first so nested ones follow it).
  func replaceDeclaration(_ declaration: TypeDeclaration) {
    guard let index = declarations.firstIndex(where: { $0.id == declaration.id }) else { return }
    declarations[index] = declaration
  }
}
