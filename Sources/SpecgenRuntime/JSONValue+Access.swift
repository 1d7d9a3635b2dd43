/// Typed read access, so callers can dig into free-form JSON without a `switch` at every level.
///
/// Every accessor returns `nil` when the value has another shape; none of them converts strings to numbers
/// or numbers to booleans.
extension JSONValue {
  /// `true` for ``null``.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The boolean, if this is ``bool(_:)``.
  public var boolValue: Bool? {
    if case .bool(let bool) = self { return bool }
    return nil
  }

  /// The integer, if this is ``integer(_:)``, or a ``double(_:)`` that holds an integral value within `Int64`.
  public var intValue: Int64? {
    switch self {
    case .integer(let integer): return integer
    case .double(let double): return Int64(exactly: double)
    default: return nil
    }
  }

  /// The number as `Double`, for ``double(_:)`` and ``integer(_:)`` (large integers may round).
  public var doubleValue: Double? {
    switch self {
    case .double(let double): return double
    case .integer(let integer): return Double(integer)
    default: return nil
    }
  }

  /// The string, if this is ``string(_:)``.
  public var stringValue: String? {
    if case .string(let string) = self { return string }
    return nil
  }

  /// The elements, if this is ``array(_:)``.
  public var arrayValue: [JSONValue]? {
    if case .array(let array) = self { return array }
    return nil
  }

  /// The members, if this is ``object(_:)``.
  public var objectValue: [String: JSONValue]? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// The member named `key`; `nil` when absent or when this is not an object.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }

  /// The element at `index`; `nil` when out of bounds or when this is not an array (never traps).
  public subscript(index: Int) -> JSONValue? {
    guard let array = arrayValue, array.indices.contains(index) else { return nil }
    return array[index]
  }
}
