extension Nullable: Decodable where Wrapped: Decodable {
  /// Decodes `null` as ``Nullable/null`` and anything else as ``Nullable/value(_:)``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else {
      self = .value(try container.decode(Wrapped.self))
    }
  }
}

extension Nullable: Encodable where Wrapped: Encodable {
  /// Encodes ``Nullable/null`` as `null` and ``Nullable/value(_:)`` as the wrapped value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .value(let wrapped): try container.encode(wrapped)
    }
  }
}

// Synthesized `Codable` calls `decodeIfPresent(_:forKey:)` for an `Optional` property. The standard version
// returns `nil` for a `null` member, which would erase the difference `Nullable` exists to keep; these more
// specific overloads win overload resolution in the module that declares the type.
extension KeyedDecodingContainer {
  /// Decodes an optional nullable member: absent → `nil`, `null` → `.null`, otherwise `.value`.
  public func decodeIfPresent<T: Decodable>(_ type: Nullable<T>.Type, forKey key: Key) throws -> Nullable<T>? {
    guard contains(key) else { return nil }
    if try decodeNil(forKey: key) { return .null }
    return .value(try decode(T.self, forKey: key))
  }

  /// Decodes a required nullable member: `null` → `.null`, otherwise `.value`; absent throws `keyNotFound`.
  public func decode<T: Decodable>(_ type: Nullable<T>.Type, forKey key: Key) throws -> Nullable<T> {
    guard contains(key) else {
      throw DecodingError.keyNotFound(
        key,
        DecodingError.Context(
          codingPath: codingPath + [key],
          debugDescription: "Required nullable member \"\(key.stringValue)\" is missing (it may be null, not absent)"
        ))
    }
    if try decodeNil(forKey: key) { return .null }
    return .value(try decode(T.self, forKey: key))
  }
}

extension KeyedDecodingContainer {
  /// Decodes an optional member that is not nullable where `null` is not a value (the AT Protocol allows
  /// `null` only for `nullable` fields): absent → `nil`; an explicit `null` throws `valueNotFound`.
  public func decodeIfPresentRejectingNull<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard contains(key) else { return nil }
    if try decodeNil(forKey: key) {
      throw DecodingError.valueNotFound(
        T.self,
        DecodingError.Context(
          codingPath: codingPath + [key],
          debugDescription: "Member \"\(key.stringValue)\" is null, which only a nullable member may be"))
    }
    return try decode(T.self, forKey: key)
  }
}

extension KeyedEncodingContainer {
  /// Encodes an optional nullable member: `nil` → nothing written, `.null` → `null`, `.value` → the value.
  public mutating func encodeIfPresent<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
    switch value {
    case nil: return
    case .null?: try encodeNil(forKey: key)
    case .value(let wrapped)?: try encode(wrapped, forKey: key)
    }
  }
}
