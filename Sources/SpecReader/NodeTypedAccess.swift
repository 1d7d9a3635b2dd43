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
  public func requireCount(at pointer: JSONPointer) throws(DiagnosticError) -> Int {
    guard case .integer(let value) = scalar?.resolved, value >= 0, let result = Int(exactly: value) else {
      throw kindError(expected: "a non-negative integer", at: pointer)
    }
    return result
  }
}
