import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// A node of a lexicon file together with its JSON pointer (the node's own location names the file).
///
/// Every translation step carries one so that any error it raises names the exact node.
struct LexiconNode {
  var node: Node
  var pointer: JSONPointer

  subscript(key: String) -> LexiconNode? {
    guard let child = node[key] else { return nil }
    return LexiconNode(node: child, pointer: pointer.appending(key))
  }

  func diagnostic(_ severity: Diagnostic.Severity, _ message: String) -> Diagnostic {
    Diagnostic(severity, message, at: node.location, path: pointer.description)
  }

  func error(_ message: String) -> DiagnosticError { node.error(message, at: pointer) }

  func mapping(_ what: String = "an object") throws(DiagnosticError) -> Mapping {
    try node.requireMapping(what, at: pointer)
  }

  func string(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard let text = node.scalar?.string else { throw node.kindError(expected: what, at: pointer) }
    return text
  }

  func bool() throws(DiagnosticError) -> Bool { try node.requireBool(at: pointer) }

  func integer() throws(DiagnosticError) -> Int64 { try node.requireInteger(at: pointer) }

  /// A non-negative integer such as `maxLength`.
  func count() throws(DiagnosticError) -> Int { try node.requireCount(at: pointer) }

  /// The entries of an object, each located, in document order.
  func entries(_ what: String = "an object") throws(DiagnosticError) -> [(key: String, value: LexiconNode)] {
    try mapping(what).entries.map { entry in
      (key: entry.key, value: LexiconNode(node: entry.value, pointer: pointer.appending(entry.key)))
    }
  }

  /// The items of an array, each located.
  func items(_ what: String = "an array") throws(DiagnosticError) -> [LexiconNode] {
    try node.requireSequence(what, at: pointer).enumerated().map {
      LexiconNode(node: $1, pointer: pointer.appending($0))
    }
  }

  /// An array of strings, such as `required` or `refs`.
  func strings(_ what: String = "an array of strings") throws(DiagnosticError) -> [String] {
    var result: [String] = []
    for item in try items(what) { result.append(try item.string()) }
    return result
  }

  func optionalString(_ key: String) throws(DiagnosticError) -> String? {
    try self[key]?.string()
  }

  func optionalCount(_ key: String) throws(DiagnosticError) -> Int? {
    try self[key]?.count()
  }

  /// The node as a JSON value, numbers kept as written.
  var jsonLiteral: JSONLiteral { Self.literal(node) }

  private static func literal(_ node: Node) -> JSONLiteral {
    switch node.content {
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return .null
      case .bool(let value): return .bool(value)
      case .integer(let value): return .integer(value)
      case .number(let text): return .number(text)
      case .string(let text): return .string(text)
      }
    case .sequence(let items):
      return .array(items.map(literal))
    case .mapping(let mapping):
      return .object(mapping.entries.map { JSONLiteral.Member($0.key, literal($0.value)) })
    }
  }
}
