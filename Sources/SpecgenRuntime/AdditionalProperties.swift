extension Decoder {
  /// Decodes every member of the current object whose name is not in `knownKeys` as a `T`.
  ///
  /// Generated `init(from:)` decodes its declared properties first, then calls this to collect the rest
  /// into the `[String: T]` member that models `additionalProperties`. A member that is not a `T` throws,
  /// like any other type mismatch.
  public func decodeAdditionalProperties<T: Decodable>(
    _ type: T.Type, excluding knownKeys: Set<String>
  ) throws -> [String: T] {
    let container = try container(keyedBy: AnyCodingKey.self)
    var result: [String: T] = [:]
    for key in container.allKeys where !knownKeys.contains(key.stringValue) {
      result[key.stringValue] = try container.decode(T.self, forKey: key)
    }
    return result
  }
}

extension Encoder {
  /// Writes each pair of `values` as a member of the current object.
  ///
  /// Call it from `encode(to:)` after the declared properties have been written: asking an encoder for a
  /// second keyed container adds to the same object, so the result is one JSON object. Keys are written in
  /// sorted order so output does not depend on dictionary order. A key equal to a declared property's
  /// name overwrites that property's value; generated code keeps declared names out of `values`.
  public func encodeAdditionalProperties<T: Encodable>(_ values: [String: T]) throws {
    var container = container(keyedBy: AnyCodingKey.self)
    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
      try container.encode(value, forKey: AnyCodingKey(key))
    }
  }
}
