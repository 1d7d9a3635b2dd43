import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates each definition of a lexicon into its declaration (or operation).
///
/// Data definitions become declarations with ID `nsid#def`, tokens constants with that ID. `main` is
/// top-level under the NSID; the file's other definitions nest in `main` when it is a type that can
/// hold nested types (an object, record, union or enumeration), and are top-level under `nsid.def`
/// otherwise.
struct DefinitionTranslator {
  let types: TypeTranslator
  let operations: OperationTranslator

  func translate(_ document: LexiconDocument) throws(DiagnosticError) {
    let mainHosts = try document.definition("main").map(canHost) ?? false
    for (index, (name, node)) in document.definitions.enumerated() {
      types.declarations.current = (document.nsid, index)
      let reference = DefinitionReference(nsid: document.nsid, name: name)
      let placement: Placement
      if name == "main" {
        let segments = NSID.segments(document.nsid)
        placement = Placement(
          parent: nil, namespace: Array(segments.dropLast()), sourceName: segments.last ?? document.nsid)
      } else if mainHosts {
        placement = Placement(parent: TypeID(document.nsid + "#main"), sourceName: name)
      } else {
        placement = .topLevel(name, in: document.nsid)
      }
      try translate(node, reference: reference, placement: placement, document: document)
    }
  }

  private func translate(
    _ node: LocatedNode, reference: DefinitionReference, placement: Placement, document: LexiconDocument
  ) throws(DiagnosticError) {
    let type = try LexiconDocument.type(of: node)
    let id = TypeID(reference.description)
    let nsid = document.nsid
    if Self.primaryTypes.contains(type), reference.name != "main" {
      throw (node["type"] ?? node).error(
        "a \(type) is a primary definition and must be named 'main' (found '\(reference.name)')")
    }
    if Self.unnameableTypes.contains(type) {
      throw (node["type"] ?? node).error(
        "'\(type)' cannot be a named definition (use it as the type of a field, an item or a parameter)")
    }
    let enumeration = try types.enumeration(of: node, type: type)
    switch type {
    case "query", "procedure", "subscription":
      try operations.translate(node, type: type, document: document)
    case "record":
      guard let record = node["record"] else { throw node.error("record has no 'record' object") }
      guard record["type"]?.node.scalar?.text == "object" else {
        throw (record["type"] ?? record).error("a record's 'record' must be a schema of type 'object'")
      }
      let slot = types.reserve()
      var object = try types.objectType(record, id: id, nsid: nsid, typeTag: reference.typeTag)
      object.recordKey = try Self.recordKey(node["key"])
      object.isRecord = true
      types.fill(slot, id: id, kind: .object(object), at: node, placement: placement)
    case "object", "params":
      let slot = types.reserve()
      let tag = type == "object" ? reference.typeTag : nil
      let object = try types.objectType(node, id: id, nsid: nsid, typeTag: tag)
      types.fill(slot, id: id, kind: .object(object), at: node, placement: placement)
    case "permission-set":
      // A bundle of OAuth permissions: what a client needs of it is the scope that requests it,
      // `include:<nsid>`, a one-value enumeration documented with the set's title and detail.
      guard let permissions = node["permissions"] else { throw node.error("permission-set has no 'permissions'") }
      _ = try permissions.items("an array of permissions")
      var scope = EnumerationType.Case(value: .string("include:" + nsid))
      scope.documentation.description = "The OAuth scope that requests this permission set."
      let set = EnumerationType(rawType: .string, cases: [scope], isOpen: false)
      var declaration = declaration(id, .enumeration(set), at: node, placement: placement)
      let title = try node.optionalString("title")
      let detail = try node.optionalString("detail")
      let text = [title, detail, try node.optionalString("description")].compactMap { $0 }.joined(separator: "\n\n")
      declaration.documentation.description = text.isEmpty ? nil : text
      types.fill(types.reserve(), with: declaration)
    case "token":
      // A token is a value, not a type: a constant whose value is its own reference, which string
      // fields hold through their `knownValues`.
      types.declarations.add(
        ConstantDeclaration(
          id: id, parent: placement.parent, sourceName: placement.sourceName, value: reference.typeTag,
          documentation: Documentation(description: try node.optionalString("description")),
          location: node.node.location, namespace: placement.namespace))
    case "union":
      let union = try types.unionType(node, nsid: nsid)
      types.fill(types.reserve(), id: id, kind: .union(union), at: node, placement: placement)
    case _ where enumeration != nil:
      guard let enumeration else { return }
      var declaration = declaration(id, .enumeration(enumeration), at: node, placement: placement)
      declaration.constraints = try ValueConstraints.of(node, type: type)
      declaration.documentation.defaultValue = node["default"]?.jsonLiteral
      types.fill(types.reserve(), with: declaration)
    case _ where TypeTranslator.dataTypes.contains(type):
      // Primitives, arrays, refs and `unknown` are aliases; their constraints travel with the declaration.
      let slot = types.reserve()
      // An alias cannot hold nested types, so an array's inline element type goes beside it.
      let use = try types.use(
        node, nsid: nsid, placement: placement, elementPlacement: placement.sibling(suffix: "Item"))
      var declaration = declaration(id, .alias(use.type), at: node, placement: placement)
      declaration.documentation = use.documentation
      declaration.constraints = use.constraints
      types.fill(slot, with: declaration)
    default:
      types.sink.warn(
        "skipped '\(reference)': definition type '\(type)' is not supported by this Lexicon front end",
        at: node["type"] ?? node)
    }
  }

  /// Definition types the Lexicon specification calls primary: each lexicon's `main` at most.
  static let primaryTypes: Set<String> = ["record", "query", "procedure", "subscription", "permission-set"]

  /// Types that may describe a field but not a named definition (the specification names `unknown` and
  /// `ref`; a named `union` is kept, as lexicons in use declare them).
  static let unnameableTypes: Set<String> = ["unknown", "ref"]

  private func declaration(
    _ id: TypeID, _ kind: TypeDeclaration.Kind, at node: LocatedNode, placement: Placement
  ) -> TypeDeclaration {
    TypeDeclaration(
      id: id, parent: placement.parent, sourceName: placement.sourceName, kind: kind,
      documentation: Documentation(description: try? node.optionalString("description")), location: node.node.location,
      namespace: placement.namespace)
  }

  /// Whether `main` becomes a type that other definitions can nest in (aliases and operations cannot).
  private func canHost(_ main: LocatedNode) throws(DiagnosticError) -> Bool {
    let type = try LexiconDocument.type(of: main)
    switch type {
    case "record", "object", "union", "params", "permission-set": return true
    case "string", "integer": return try types.enumeration(of: main, type: type) != nil
    default: return false
    }
  }

  /// A record's key type: `tid`, `nsid`, `any` or `literal:<key>` (the Lexicon specification's
  /// list); anything else is an error at the key, not a value carried along unchecked.
  static func recordKey(_ node: LocatedNode?) throws(DiagnosticError) -> String? {
    guard let node else { return nil }
    let key = try node.string("a record key type")
    if ["tid", "nsid", "any"].contains(key) { return key }
    if key.hasPrefix("literal:") {
      let value = key.dropFirst("literal:".count)
      let allowed = value.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._:~-".unicodeScalars.contains(scalar))
      }
      if (1...512).contains(value.utf8.count), allowed, value != ".", value != ".." { return key }
    }
    throw node.error("record key type '\(key)' is not one of tid, nsid, any, literal:<key>")
  }
}
