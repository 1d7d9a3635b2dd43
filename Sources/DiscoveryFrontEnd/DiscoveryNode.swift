import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// A node of a Discovery document with the JSON pointer naming it, so every error says where it is.
struct DiscoveryNode {
  let node: Node
  let pointer: JSONPointer

  subscript(key: String) -> DiscoveryNode? {
    node[key].map { DiscoveryNode(node: $0, pointer: pointer.appending(key)) }
  }

  func error(_ message: String) -> DiagnosticError { node.error(message, at: pointer) }

  func mapping(_ what: String) throws(DiagnosticError) -> Mapping {
    try node.requireMapping(what, at: pointer)
  }

  /// The entries of a mapping in document order, each located.
  func entries(_ what: String) throws(DiagnosticError) -> [(key: String, value: DiscoveryNode)] {
    try mapping(what).entries.map {
      (key: $0.key, value: DiscoveryNode(node: $0.value, pointer: pointer.appending($0.key)))
    }
  }

  /// The items of a sequence, each located.
  func items(_ what: String) throws(DiagnosticError) -> [DiscoveryNode] {
    try node.requireSequence(what, at: pointer).enumerated().map {
      DiscoveryNode(node: $1, pointer: pointer.appending($0))
    }
  }

  func string(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard case .string(let text) = node.scalar?.resolved else { throw node.kindError(expected: what, at: pointer) }
    return text
  }

  func optionalString(_ key: String) throws(DiagnosticError) -> String? {
    try self[key]?.string()
  }

  func optionalBool(_ key: String) throws(DiagnosticError) -> Bool? {
    guard let value = self[key] else { return nil }
    return try value.node.requireBool(at: value.pointer)
  }

  /// A list of strings (`enum`, `parameterOrder`, `scopes`).
  func strings(_ key: String) throws(DiagnosticError) -> [String] {
    guard let list = self[key] else { return [] }
    return try list.items("a list of strings").map { item throws(DiagnosticError) in try item.string() }
  }

  /// A bound such as `minimum: "0"`: Discovery writes numbers as strings; a JSON number is accepted too.
  func numberText(_ key: String) throws(DiagnosticError) -> String? {
    guard let value = self[key] else { return nil }
    switch value.node.scalar?.resolved {
    case .integer(let number): return String(number)
    case .number(let text): return text
    case .string(let text) where Double(text) != nil: return text
    default: throw value.node.kindError(expected: "a number (or a string holding one)", at: value.pointer)
    }
  }

  /// The node as a JSON literal (a `default`), exactly as written.
  var literal: JSONLiteral {
    switch node.content {
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return .null
      case .bool(let value): return .bool(value)
      case .integer(let value): return .integer(value)
      case .number(let text): return .number(text)
      case .string(let text): return .string(text)
      }
    case .sequence, .mapping:
      return .string(node.kindDescription)
    }
  }
}
