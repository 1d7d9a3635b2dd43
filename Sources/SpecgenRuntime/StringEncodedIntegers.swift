/// A 64-bit integer that travels as a JSON string (`"12345678901234567890"`), as Google APIs and
/// protobuf JSON write `int64` values so JavaScript clients do not lose precision.
///
/// Use it like an integer (`let count: Int64String = 42`, `count.value`); it decodes the string form
/// (and, leniently, a JSON number) and always encodes the canonical decimal string.
public struct Int64String: Codable, Hashable, Sendable, Comparable, ExpressibleByIntegerLiteral,
  CustomStringConvertible
{
  public var value: Int64

  public init(_ value: Int64) { self.value = value }

  public init(integerLiteral value: Int64) { self.value = value }

  public init(from decoder: any Decoder) throws {
    value = try StringEncodedInteger.decode(Int64.self, from: decoder)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(String(value))
  }

  public var description: String { String(value) }

  public static func < (lhs: Int64String, rhs: Int64String) -> Bool { lhs.value < rhs.value }
}

/// An unsigned 64-bit integer that travels as a JSON string; see `Int64String`.
public struct UInt64String: Codable, Hashable, Sendable, Comparable, ExpressibleByIntegerLiteral,
  CustomStringConvertible
{
  public var value: UInt64

  public init(_ value: UInt64) { self.value = value }

  public init(integerLiteral value: UInt64) { self.value = value }

  public init(from decoder: any Decoder) throws {
    value = try StringEncodedInteger.decode(UInt64.self, from: decoder)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(String(value))
  }

  public var description: String { String(value) }

  public static func < (lhs: UInt64String, rhs: UInt64String) -> Bool { lhs.value < rhs.value }
}

/// Decoding shared by the string-encoded integer types.
enum StringEncodedInteger {
  static func decode<Value: FixedWidthInteger & Decodable>(_ type: Value.Type, from decoder: any Decoder) throws
    -> Value
  {
    let container = try decoder.singleValueContainer()
    if JSONKind(of: decoder).mayBe(.string), let text = try? container.decode(String.self) {
      guard let value = Value(text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "'\(text)' is not a decimal \(Value.self)")
      }
      return value
    }
    return try container.decode(Value.self)
  }
}
