import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// Readings of a Discovery document's members that the other front ends do not make.
extension LocatedNode {
  /// The list of strings at `key` (`enum`, `parameterOrder`, `scopes`); empty when there is none.
  func strings(at key: String) throws(DiagnosticError) -> [String] {
    try self[key]?.strings("a list of strings") ?? []
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
}
