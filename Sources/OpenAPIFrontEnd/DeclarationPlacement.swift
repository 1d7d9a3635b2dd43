import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Where a declaration goes: nested in the declaration at `parent` (top level when nil), named `sourceName`.
struct DeclarationPlacement {
  /// The location of the declaration this one nests in.
  var parent: NodeLocation?
  /// The name before the emitter makes it Swift: a property's, a branch's, an operation's and a role.
  var sourceName: String
  /// The name at the top level, the root's prepended where `sourceName` no longer extends it
  /// (`stream-multistream`): `sourceName` itself when `parent` is nil, and what the declaration is
  /// called if `parent` turns out never to be declared (see `SchemaTranslator.orderedDeclarations`).
  var topLevelName: String
}

/// Decides, from a schema's location alone, which declaration it nests in and what it is called.
///
/// Deriving both from the JSON pointer (not from the path the translator happened to walk) makes
/// a deep `$ref` such as `#/components/schemas/stream/properties/multistream` land on the very
/// declaration `stream` defines, whichever is translated first.
///
/// The schema a pointer passes through is declared when the translator reaches it from its root
/// through `properties`, `items`, `additionalProperties` or a union branch; a `$ref` may also point
/// below schemas it never declares (into `$defs`, `not`, `patternProperties`, a `default` value). Which
/// is the case depends on the whole document, so the translator settles it at the end: a declaration
/// whose parent was never declared moves to the top level, as `topLevelName`.
///
/// Every declaration nested in a schema passes through the same pointer prefixes, so the shape at
/// each prefix is looked up once (`prefixShapes`), and the shapes themselves come from the
/// translation's `SchemaShapeCache`.
final class DeclarationPlacer {
  /// Reads the documents pointers are resolved in, and the `$ref`s of union branches.
  let resolver: ReferenceResolver
  /// The translation's shapes, shared with the translator.
  let shapes: SchemaShapeCache
  /// The operations' names and success statuses, which name the schemas inside them.
  let operations: OperationRecords
  /// The shape at each pointer prefix looked at: nil where there is no mapping, the error where a
  /// mapping is not a schema.
  private var prefixShapes: [NodeLocation: Result<SchemaShape?, DiagnosticError>] = [:]

  /// A placer reading through `resolver`, sharing the translation's shapes and operation records.
  init(resolver: ReferenceResolver, shapes: SchemaShapeCache, operations: OperationRecords) {
    self.resolver = resolver
    self.shapes = shapes
    self.operations = operations
  }

  /// The placement of the declaration for the schema at `location`.
  func placement(of location: NodeLocation) throws(DiagnosticError) -> DeclarationPlacement {
    let document = try resolver.document(location.file)
    let tokens = location.pointer.tokens
    let (rootCount, rootName) = try root(of: tokens, file: location.file, document: document)

    var host: NodeLocation?
    var name = rootName
    // True while `name` still extends the root's name (`rootItem`), false once a property or
    // branch name replaced it; only a replaced name needs the root prepended to stay unique.
    var extendsRoot = true
    var position = NodeLocation(file: location.file, pointer: JSONPointer(Array(tokens.prefix(rootCount))))
    var positionShape = try shape(at: position, in: document)
    if rootCount < tokens.count, let shape = positionShape, Self.hosts(shape) { host = position }

    var index = rootCount
    while index < tokens.count {
      let token = tokens[index]
      var canHost = true
      var consumed = 1
      switch token {
      case "properties", "$defs", "definitions", "patternProperties", "dependentSchemas":
        guard index + 1 < tokens.count else { break }
        name = tokens[index + 1]
        extendsRoot = false
        consumed = 2
      case "items", "prefixItems":
        name = ElementNaming.singular(name)
        consumed = token == "prefixItems" ? 2 : 1
      case "additionalProperties":
        name += "Value"
      case "oneOf", "anyOf":
        consumed = 2
        // A branch of the union declared here; not a single-branch wrapper the shape looked through
        // (`anyOf: [{oneOf: [...]}]` is the inner union, declared here, and its branches nest here).
        if let shape = positionShape, case .union(let branches, _) = shape.kind, index + 1 < tokens.count,
          let offset = Int(tokens[index + 1]),
          case let branch = position.appending(token).appending(offset),
          branches.contains(where: { $0.location == branch })
        {
          if let node = branch.pointer.resolve(in: document.node) {
            name = try variantName(LocatedNode(node: node, location: branch))
            extendsRoot = false
          }
        } else {
          canHost = false  // a single-branch wrapper: the declaration lives at the wrapper
        }
      case "allOf":
        consumed = 2
        canHost = false  // parts merge into the holder's declaration
      default:
        name += token
      }
      let next = NodeLocation(file: location.file, pointer: JSONPointer(Array(tokens.prefix(index + consumed))))
      index += consumed
      position = next
      positionShape = try? shape(at: position, in: document)
      if index < tokens.count, canHost, let shape = positionShape, Self.hosts(shape) { host = position }
    }
    let topLevelName = extendsRoot ? name : rootName + "-" + name
    return DeclarationPlacement(parent: host, sourceName: host == nil ? topLevelName : name, topLevelName: topLevelName)
  }

  /// The shape of the schema at `location` (a prefix of the pointer being placed), or nil when no
  /// mapping is there; looked up once per prefix.
  private func shape(at location: NodeLocation, in document: LocatedNode) throws(DiagnosticError) -> SchemaShape? {
    if let known = prefixShapes[location] { return try known.get() }
    var result: Result<SchemaShape?, DiagnosticError> = .success(nil)
    if let node = location.pointer.resolve(in: document.node), node.mapping != nil {
      do {
        result = .success(try shapes.shape(of: LocatedNode(node: node, location: location)))
      } catch {
        result = .failure(error)
      }
    }
    prefixShapes[location] = result
    return try result.get()
  }

  private static func hosts(_ shape: SchemaShape) -> Bool {
    switch shape.kind {
    case .object, .merged, .union: return true
    default: return false
    }
  }

  /// Where the schema part of the pointer starts, and the name of what it belongs to.
  private func root(of tokens: [String], file: String, document: LocatedNode) throws(DiagnosticError)
    -> (Int, String)
  {
    func token(_ index: Int) -> String? { index < tokens.count ? tokens[index] : nil }
    switch (token(0), token(1)) {
    case ("components", "schemas"?) where tokens.count >= 3:
      return (3, tokens[2])
    case ("components", "parameters"?) where tokens.count >= 4, ("components", "headers"?) where tokens.count >= 4:
      return (4, tokens[2])
    case ("components", "requestBodies"?) where tokens.count >= 6, ("components", "responses"?) where tokens.count >= 6:
      return (6, tokens[2])
    case ("paths", let path?):
      let method = token(2) ?? ""
      if method == "parameters", tokens.count >= 5 {
        return (5, Self.parameterName(document, Array(tokens.prefix(4))) ?? "parameter")
      }
      var operation = OperationRecord(
        name: OperationNaming.name(operationID: nil, method: method, path: path), successStatuses: [])
      if let node = document["paths"]?[path]?[method] {
        operation = try operations.record(of: node, method: method, path: path)
      }
      let operationName = operation.name
      switch token(3) {
      case "parameters" where tokens.count >= 6:
        return (6, operationName + "-" + (Self.parameterName(document, Array(tokens.prefix(5))) ?? "parameter"))
      case "requestBody" where tokens.count >= 7:
        return (7, operationName + "-request")
      case "responses" where tokens.count >= 8:
        let status = tokens[4]
        // The one success response is "the" response; with several, each keeps its status.
        let plain = Response.Status(openAPIKey: status).map { operation.successStatuses == [$0] } ?? false
        return (8, operationName + "-response" + (plain ? "" : "-" + status))
      default:
        return (tokens.count, operationName + "-" + (tokens.last ?? "schema"))
      }
    case ("$defs", _?) where tokens.count >= 2, ("definitions", _?) where tokens.count >= 2:
      return (2, tokens[1])
    default:
      if tokens.isEmpty {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return (0, String(base.split(separator: ".").first ?? Substring(base)))
      }
      return (tokens.count, tokens.last!)
    }
  }

  private static func parameterName(_ document: LocatedNode, _ tokens: [String]) -> String? {
    JSONPointer(tokens).resolve(in: document.node)?["name"]?.scalar?.string
  }

  /// The name a union branch gives its case: the referenced schema's name, the title, or its kind.
  func variantName(_ branch: LocatedNode) throws(DiagnosticError) -> String {
    if let reference = branch["$ref"] {
      let target = try resolver.resolve(reference)
      if let last = target.location.pointer.tokens.last { return last }
      let base = target.location.file.split(separator: "/").last.map(String.init) ?? "value"
      return String(base.split(separator: ".").first ?? Substring(base))
    }
    if let title = branch.node["title"]?.scalar?.string { return title }
    let shape = try shapes.shape(of: branch)
    switch shape.kind {
    case .object, .merged:
      return Self.tagName(of: branch) ?? "object"
    case .map: return "object"
    case .enumeration(let raw, _): return raw == .string ? "string" : "integer"
    case .union, .multiType: return "union"
    case .array: return "array"
    case .primitive(let primitive):
      switch primitive {
      case .string: return "string"
      case .integer: return "integer"
      case .number: return "number"
      case .boolean: return "boolean"
      default: return "value"
      }
    case .reference, .any: return "value"
    }
  }

  /// An inline object branch that pins a required member to one or a few values (`type: {enum:
  /// [recording]}`) is named by them (`recording`, `directUpload-or-clip`): that is how the API's
  /// own documentation tells the branches apart, where `object`, `object2` would say nothing.
  static func tagName(of branch: LocatedNode) -> String? {
    guard let tag = UnionTagInference.tagProperty(of: branch.node) else { return nil }
    return tag.values.joined(separator: "-or-")
  }
}
