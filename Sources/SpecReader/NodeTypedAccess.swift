import SpecgenDiagnostics

/// Typed access to a node for the front ends: a wrong kind of node becomes an error
/// "expected X, found Y" positioned at the node and naming its JSON pointer.
///
/// `what` names the expected kind in the front end's own words ("an object", "a mapping").
extension Node {
  /// An error positioned at this node, which `pointer` locates inside its document.
  public func error(_ message: String, at pointer: JSONPointer) -> DiagnosticError {
    DiagnosticError(message, at: location, path: pointer.description)
  }

  /// The error for finding this node where `what` belongs.
  public func kindError(expected what: String, at pointer: JSONPointer) -> DiagnosticError {
    error("expected \(what), found \(kindDescription)", at: pointer)
  }

  public func requireMapping(_ what: String, at pointer: JSONPointer) throws(DiagnosticError) -> Mapping {
    guard let mapping else { throw kindError(expected: what, at: pointer) }
    return mapping
  }

  public func requireSequence(_ what: String, at pointer: JSONPointer) throws(DiagnosticError) -> [Node] {
    guard let sequence else { throw kindError(expected: what, at: pointer) }
    return sequence
  }

  public func requireBool(at pointer: JSONPointer) throws(DiagnosticError) -> Bool {
    guard case .bool(let value) = scalar?.resolved else { throw kindError(expected: "a boolean", at: pointer) }
    return value
  }

  public func requireInteger(at pointer: JSONPointer) throws(DiagnosticError) -> Int64 {
    guard case .integer(let value) = scalar?.resolved else { throw kindError(expected: "an integer", at: pointer) }
    return value
  }

  /// A non-negative integer such as `maxLength`.
  /// A count (`maxLength`, `minItems`): a non-negative integer, written as one (`5`) or as an
  /// integer-valued number (`5.0`, `5e0`), which JSON Schema also counts as an integer.
  public func requireCount(at pointer: JSONPointer) throws(DiagnosticError) -> Int {
    switch scalar?.resolved {
    case .integer(let value):
      if value >= 0, let result = Int(exactly: value) { return result }
    case .number(let text):
      if let value = Double(text), value >= 0, value.rounded() == value, let result = Int(exactly: value) {
        return result
      }
    default:
      break
    }
    throw kindError(expected: "a non-negative integer", at: pointer)
  }
}
