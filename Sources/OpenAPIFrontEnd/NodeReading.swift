import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Typed access to document nodes that turns a wrong kind of node into a positioned error.
extension LocatedNode {
  func error(_ message: String) -> DiagnosticError { node.error(message, at: location.pointer) }

  func mapping(_ what: String = "a mapping") throws(DiagnosticError) -> Mapping {
    try node.requireMapping(what, at: location.pointer)
  }

  func sequence(_ what: String = "a sequence") throws(DiagnosticError) -> [Node] {
    try node.requireSequence(what, at: location.pointer)
  }

  func string(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard let scalar = node.scalar else { throw node.kindError(expected: what, at: location.pointer) }
    switch scalar.resolved {
    case .string(let text): return text
    // Unquoted `200` or `1.0` where a string belongs (a status code, a version) means the text.
    case .integer, .number: return scalar.text
    default: throw node.kindError(expected: what, at: location.pointer)
    }
  }

  func bool() throws(DiagnosticError) -> Bool { try node.requireBool(at: location.pointer) }

  /// A non-negative integer such as `minLength`.
  func count() throws(DiagnosticError) -> Int { try node.requireCount(at: location.pointer) }

  /// `maxLength`, `maxItems`: a count, or no bound at all when the integer is too large for `Int`
  /// (nothing a program holds is that long, so the bound can never be reached).
  func upperCount() throws(DiagnosticError) -> Int? {
    if case .number(let text)? = node.scalar?.resolved, text.allSatisfy(\.isASCIIDigit) { return nil }
    return try count()
  }

  /// `minLength`, `minItems`: a count, `Int.max` when the integer is larger still.
  func lowerCount() throws(DiagnosticError) -> Int {
    if case .number(let text)? = node.scalar?.resolved, text.allSatisfy(\.isASCIIDigit) { return Int.max }
    return try count()
  }

  /// A number kept as its literal text (`maximum: 9223372036854776000` stays exact).
  func numberText() throws(DiagnosticError) -> String {
    switch node.scalar?.resolved {
    case .integer(let value): return String(value)
    case .number(let text): return text
    default: throw node.kindError(expected: "a number", at: location.pointer)
    }
  }

  /// The entries of a mapping, each located.
  func entries(_ what: String = "a mapping") throws(DiagnosticError) -> [(key: String, value: LocatedNode)] {
    try mapping(what).entries.map {
      (key: $0.key, value: LocatedNode(node: $0.value, location: location.appending($0.key)))
    }
  }

  /// The items of a sequence, each located.
  func items(_ what: String = "a sequence") throws(DiagnosticError) -> [LocatedNode] {
    try sequence(what).enumerated().map { LocatedNode(node: $1, location: location.appending($0)) }
  }

  func optionalString(_ key: String) throws(DiagnosticError) -> String? {
    try self[key]?.string()
  }

  func optionalBool(_ key: String) throws(DiagnosticError) -> Bool? {
    try self[key]?.bool()
  }
}

extension Node {
  /// The node as a JSON value: defaults, examples and `const` keep their exact text.
  var jsonLiteral: JSONLiteral {
    switch content {
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return .null
      case .bool(let value): return .bool(value)
      case .integer(let value): return .integer(value)
      case .number(let text): return .number(text)
      case .string(let text): return .string(text)
      }
    case .sequence(let items):
      return .array(items.map(\.jsonLiteral))
    case .mapping(let mapping):
      return .object(mapping.entries.map { JSONLiteral.Member($0.key, $0.value.jsonLiteral) })
    }
  }
}

extension Character {
  /// `0`…`9` only (`isNumber` also accepts other scripts' digits and fractions).
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
