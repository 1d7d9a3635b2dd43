import SchemaIR
import SpecReader

/// A node's place in the spec: which document (root-relative path) and where inside it.
///
/// Its text is the declaration's `TypeID`, so a `$ref` and the definition it points at agree.
struct SchemaLocation: Hashable, Comparable, CustomStringConvertible {
  var file: String
  var pointer: JSONPointer

  func appending(_ token: String) -> SchemaLocation {
    SchemaLocation(file: file, pointer: pointer.appending(token))
  }

  func appending(_ index: Int) -> SchemaLocation {
    appending(String(index))
  }

  /// `#/components/schemas/x` in the root document; `other.yaml#/x` elsewhere.
  func typeID(rootFile: String) -> TypeID {
    TypeID(file == rootFile ? pointer.description : file + pointer.description)
  }

  var description: String { file + pointer.description }

  static func < (lhs: SchemaLocation, rhs: SchemaLocation) -> Bool {
    (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
  }
}

/// A node together with where it is, which is what every translation step needs for errors.
struct LocatedNode {
  var node: Node
  var location: SchemaLocation

  subscript(key: String) -> LocatedNode? {
    guard let child = node[key] else { return nil }
    return LocatedNode(node: child, location: location.appending(key))
  }
}
