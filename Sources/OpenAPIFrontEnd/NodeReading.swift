import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

extension NodeLocation {
  /// The declaration ID of the schema here: `#/components/schemas/x` in the root document,
  /// `other.yaml#/x` elsewhere, so a `$ref` and the definition it points at agree.
  func typeID(rootFile: String) -> TypeID {
    TypeID(file == rootFile ? pointer.description : file + pointer.description)
  }
}

/// Readings of OpenAPI's YAML that the other front ends (which read JSON) do not make.
extension LocatedNode {
  /// A string, or the literal text of a number written where a string belongs: unquoted `200` or
  /// `1.0` in YAML (a status code, a version, a server variable's value) means the text.
  func text(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard let scalar = node.scalar else { throw node.kindError(expected: what, at: location.pointer) }
    switch scalar.resolved {
    case .string(let text): return text
    case .integer, .number: return scalar.text
    default: throw node.kindError(expected: what, at: location.pointer)
    }
  }

  /// The member `key` as text (see `text(_:)`), or nil when there is none.
  func optionalText(_ key: String) throws(DiagnosticError) -> String? {
    try self[key]?.text()
  }

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
}

extension Character {
  /// `0`…`9` only (`isNumber` also accepts other scripts' digits and fractions).
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
