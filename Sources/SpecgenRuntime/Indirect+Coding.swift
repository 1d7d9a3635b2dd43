extension Indirect: Decodable where Value: Decodable {
  /// Decodes `Value` from the same place, as if the wrapper were not there.
  public init(from decoder: any Decoder) throws {
    self.init(wrappedValue: try decoder.singleValueContainer().decode(Value.self))
  }
}

extension Indirect: Encodable where Value: Encodable {
  /// Encodes `Value` in place, as if the wrapper were not there.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue)
  }
}

// Synthesized `Codable` sees the wrapper's type, `Indirect<T?>`, which is not an `Optional`, so it would call
// `decode` (absent key → keyNotFound) and `encode` (nil → `null`). These overloads restore what an
// optional property does: an absent or `null` member reads as `nil`, and `nil` writes nothing.
extension KeyedDecodingContainer {
  /// Decodes an indirect optional member: absent or `null` → `nil`.
  public func decode<T: Decodable>(_ type: Indirect<T?>.Type, forKey key: Key) throws -> Indirect<T?> {
    Indirect(wrappedValue: try decodeIfPresent(T.self, forKey: key))
  }

  /// Decodes an indirect optional nullable member: absent → `nil`, `null` → `.null`, otherwise `.value`.
  public func decode<T: Decodable>(
    _ type: Indirect<Nullable<T>?>.Type, forKey key: Key
  ) throws -> Indirect<Nullable<T>?> {
    Indirect(wrappedValue: try decodeIfPresent(Nullable<T>.self, forKey: key))
  }
}

extension KeyedEncodingContainer {
  /// Encodes an indirect optional member: `nil` → nothing written.
  public mutating func encode<T: Encodable>(_ value: Indirect<T?>, forKey key: Key) throws {
    try encodeIfPresent(value.wrappedValue, forKey: key)
  }

  /// Encodes an indirect optional nullable member: `nil` → nothing, `.null` → `null`, `.value` → the value.
  public mutating func encode<T: Encodable>(_ value: Indirect<Nullable<T>?>, forKey key: Key) throws {
    try encodeIfPresent(value.wrappedValue, forKey: key)
  }
}
