import SpecReader
import SpecgenDiagnostics

/// A document node together with where it is, which every translation step needs for its errors.
///
/// The accessors read a node as the kind a front end expects and turn any other kind into an error
/// "expected X, found Y" at the node, naming its JSON pointer. `what` is the expected kind in the
/// front end's own words ("a mapping of schemas", "an array of values"). Readings only one front
/// end makes are extensions in that front end.
package struct LocatedNode: Sendable {
  /// The node as the reader built it (its `location` is its line and column).
  package var node: Node
  /// The node's document and pointer.
  package var location: NodeLocation

  /// `node` at `location`.
  package init(node: Node, location: NodeLocation) {
    self.node = node
    self.location = location
  }

  /// The node's JSON pointer inside its document.
  package var pointer: JSONPointer { location.pointer }

  /// The member `key`, located, when this node is a mapping that has it.
  package subscript(key: String) -> LocatedNode? {
    guard let child = node[key] else { return nil }
    return LocatedNode(node: child, location: location.appending(key))
  }

  // MARK: Diagnostics

  /// An error at this node, naming its pointer.
  package func error(_ message: String) -> DiagnosticError { node.error(message, at: location.pointer) }

  /// A warning at this node, naming its pointer.
  package func warning(_ message: String) -> Diagnostic {
    Diagnostic(.warning, message, at: node.location, path: location.pointer.description)
  }

  // MARK: Containers

  /// The node's mapping, or an error when it is not one.
  package func mapping(_ what: String) throws(DiagnosticError) -> Mapping {
    try node.requireMapping(what, at: location.pointer)
  }

  /// The node's items, unlocated, or an error when it is not a sequence.
  package func sequence(_ what: String) throws(DiagnosticError) -> [Node] {
    try node.requireSequence(what, at: location.pointer)
  }

  /// The entries of a mapping in document order, each located.
  package func entries(_ what: String) throws(DiagnosticError) -> [(key: String, value: LocatedNode)] {
    try mapping(what).entries.map {
      (key: $0.key, value: LocatedNode(node: $0.value, location: location.appending($0.key)))
    }
  }

  /// The items of a sequence, each located.
  package func items(_ what: String) throws(DiagnosticError) -> [LocatedNode] {
    try sequence(what).enumerated().map { LocatedNode(node: $1, location: location.appending($0)) }
  }

  // MARK: Scalars

  /// A scalar that resolves to a string (`1` and `true` do not).
  package func string(_ what: String = "a string") throws(DiagnosticError) -> String {
    guard case .string(let text) = node.scalar?.resolved else {
      throw node.kindError(expected: what, at: location.pointer)
    }
    return text
  }

  /// A list of strings, such as `required`.
  package func strings(_ what: String) throws(DiagnosticError) -> [String] {
    var result: [String] = []
    for item in try items(what) { result.append(try item.string()) }
    return result
  }

  /// `true` or `false`.
  package func bool() throws(DiagnosticError) -> Bool { try node.requireBool(at: location.pointer) }

  /// An integer that fits in `Int64`.
  package func integer() throws(DiagnosticError) -> Int64 { try node.requireInteger(at: location.pointer) }

  /// A non-negative integer such as `maxLength`.
  package func count() throws(DiagnosticError) -> Int { try node.requireCount(at: location.pointer) }

  /// The member `key` as a string (see `string(_:)`), or nil when there is none.
  package func optionalString(_ key: String) throws(DiagnosticError) -> String? {
    guard let child = node[key] else { return nil }
    // The child's location is built only for an error: most members read are well-formed, and a
    // location copies the pointer.
    if case .string(let text) = child.scalar?.resolved { return text }
    return try LocatedNode(node: child, location: location.appending(key)).string()
  }

  /// The member `key` as a boolean, or nil when there is none.
  package func optionalBool(_ key: String) throws(DiagnosticError) -> Bool? {
    try self[key]?.bool()
  }

  /// The member `key` as a count (see `count()`), or nil when there is none.
  package func optionalCount(_ key: String) throws(DiagnosticError) -> Int? {
    try self[key]?.count()
  }
}
