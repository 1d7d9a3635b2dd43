import Foundation

/// AT Protocol `bytes` in JSON: `{"$bytes": "<base64>"}`.
///
/// Decoding accepts standard base64 with or without `=` padding; encoding writes it without padding, as the
/// AT Protocol data model specifies, so the bytes (and a spec-conformant input's JSON) round-trip exactly.
public struct ATBytes: Codable, Hashable, Sendable {
  public var data: Data

  public init(_ data: Data) {
    self.data = data
  }

  private enum CodingKeys: String, CodingKey {
    case bytes = "$bytes"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .bytes)
    guard let data = Self.decodeBase64(text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .bytes, in: container, debugDescription: "$bytes is not base64: \(text)")
    }
    self.data = data
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.encodeBase64(data), forKey: .bytes)
  }

  /// Standard base64 without `=` padding.
  static func encodeBase64(_ data: Data) -> String {
    var text = data.base64EncodedString()
    while text.hasSuffix("=") { text.removeLast() }
    return text
  }

  static func decodeBase64(_ text: String) -> Data? {
    var padded = text
    if padded.utf8.count % 4 != 0 { padded += String(repeating: "=", count: 4 - padded.utf8.count % 4) }
    return Data(base64Encoded: padded)
  }
}

/// AT Protocol `cid-link` in JSON: `{"$link": "<cid>"}`.
public struct CIDLink: Codable, Hashable, Sendable {
  /// The linked content's CID, as written.
  public var cid: CID

  public init(_ cid: CID) {
    self.cid = cid
  }

  private enum CodingKeys: String, CodingKey {
    case link = "$link"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    cid = try container.decode(CID.self, forKey: .link)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(cid, forKey: .link)
  }
}
