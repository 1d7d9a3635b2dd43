extension Encoder {
  /// Writes `"$type": type` into the current object: generated AT Protocol records and objects call it
  /// first in `encode(to:)`, so their `$type` is always sent.
  public func encodeLexiconType(_ type: String) throws {
    var container = container(keyedBy: AnyCodingKey.self)
    try container.encode(type, forKey: AnyCodingKey("$type"))
  }
}
