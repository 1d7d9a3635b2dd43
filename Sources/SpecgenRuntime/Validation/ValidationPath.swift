/// Where a value sits inside the value being validated, spelled with JSON member names.
///
/// Members join with `.`, array elements add `[index]` and map entries `["key"]`, so a path reads
/// like the JSON it points into: `multistream.targets[0].spec.url`.
public struct ValidationPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The path as text; empty for the root.
  public var description: String

  /// The root: the value `validate()` was called on.
  public init() {
    description = ""
  }

  public init(stringLiteral value: String) {
    description = value
  }

  /// The path of member `name` (its JSON name) of the value here.
  public func member(_ name: String) -> ValidationPath {
    ValidationPath(text: description.isEmpty ? name : description + "." + name)
  }

  /// The path of element `index` of the array here.
  public func index(_ index: Int) -> ValidationPath {
    ValidationPath(text: description + "[" + String(index) + "]")
  }

  /// The path of entry `key` of the JSON object here.
  public func key(_ key: String) -> ValidationPath {
    ValidationPath(text: description + "[\"" + key + "\"]")
  }

  private init(text: String) {
    description = text
  }
}
