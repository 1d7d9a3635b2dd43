import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// A node of a lexicon file together with where it is: the file and the JSON pointer inside it.
///
/// Every translation step carries one so that any error it raises names the exact node.
struct LexiconNode {
  var node: Node
  var file: String
  var pointer: JSONPointer

  subscript(key: String) -> LexiconNode? {
    guard let child = node[key] else { return nil }
    return LexiconNode(node: child, file: file, pointer: pointer.appending(key))
  }

  func diagnostic(_ severity: Diagnostic.Severity, _ message: String) -> Diagnostic {
    Diagnostic(severity, message, at: node.location, path: pointer.description)
  }

  func error(_ message: String) -> DiagnosticError {
    DiagnosticError([diagnostic(.error, message)])
  }

  func mapping(_ what: String = "an object") throws(DiagnosticError) -> Mapping {
    guard let mapping = node.mapping else { throw error("expected \(what), found \(node.kindDescription)") }
    return mapping
  }

  func string(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard let text = node.scalar?.string else { throw error("expected \(what), found \(node.kindDescription)") }
    return text
  }

  func bool() throws(DiagnosticError) -> Bool {
    guard case .bool(let value) = node.scalar?.resolved else {
      throw error("expected a boolean, found \(node.kindDescription)")
    }
    return value
  }

  func integer() throws(DiagnosticError) -> Int64 {
    guard case .integer(let value) = node.scalar?.resolved else {
      throw error("expected an integer, found \(node.kindDescription)")
    }
    return value
  }

  /// A non-negative integer such as `maxLength`.
  func count() throws(DiagnosticError) -> Int {
    guard case .integer(let value) = node.scalar?.resolved, value >= 0, let result = Int(exactly: value) else {
      throw error("expected a non-negative integer, found \(node.kindDescription)")
    }
    return result
  }

  /// The entries of an object, each located, in document order.
  func entries(_ what: String = "an object") throws(DiagnosticError) -> [(key: String, value: LexiconNode)] {
    try mapping(what).entries.map { entry in
      (key: entry.key, value: LexiconNode(node: entry.value, file: file, pointer: pointer.appending(entry.key)))
    }
  }

  /// The items of an array, each located.
  func items(_ what: String = "an array") throws(DiagnosticError) -> [LexiconNode] {
    guard let items = node.sequence else { throw error("expected \(what), found \(node.kindDescription)") }
    return items.enumerated().map { LexiconNode(node: $1, file: file, pointer: pointer.appending($0)) }
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
