import SpecReader

/// Where a node is in the spec: the document holding it (its path relative to the spec root) and
/// its JSON pointer inside that document.
///
/// The OpenAPI front end names declarations by it (a `$ref` and the schema it points at agree on
/// it); every front end reports errors with its pointer.
package struct NodeLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The document's path relative to the spec root, as the loader was asked for it.
  package var file: String
  /// Where the node is inside `file`.
  package var pointer: JSONPointer

  /// The location of `pointer` in the document at `file` (by default its root).
  package init(file: String, pointer: JSONPointer = JSONPointer()) {
    self.file = file
    self.pointer = pointer
  }

  /// The location of the member `token` (a key, or an index written as text) of the node here.
  package func appending(_ token: String) -> NodeLocation {
    NodeLocation(file: file, pointer: pointer.appending(token))
  }

  /// The location of item `index` of the sequence here.
  package func appending(_ index: Int) -> NodeLocation {
    appending(String(index))
  }

  /// `file#/pointer`.
  package var description: String { file + pointer.description }

  /// By file, then by pointer: a stable order for sorting locations.
  package static func < (lhs: NodeLocation, rhs: NodeLocation) -> Bool {
    (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
  }
}
