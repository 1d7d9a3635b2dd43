extension KeyedDecodingContainer {
  /// A member that may hold any JSON value keeps an explicit `null` as `.null` (absent stays `nil`).
  ///
  /// The standard `decodeIfPresent` reads `null` as absent, so `{"x": null}` re-encoded as `{}`: the
  /// value the server sent was lost. Synthesized `Codable` picks this overload for `JSONValue?`.
  public func decodeIfPresent(_ type: JSONValue.Type, forKey key: Key) throws -> JSONValue? {
    guard contains(key) else { return nil }
    return try decode(JSONValue.self, forKey: key)
  }
}
