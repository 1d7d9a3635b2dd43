/// An AT Protocol blob reference: a file stored beside a record (an image, a video).
///
/// The standard form is `{"$type": "blob", "ref": {"$link": "<cid>"}, "mimeType": "image/png", "size": 1234}`.
/// Decoding also reads the legacy form `{"cid": "<cid>", "mimeType": "image/png"}`, which has no size:
/// ``size`` is then `-1` (as in the reference implementation) and ``isLegacy`` is true. Encoding writes
/// the form it read: a legacy blob goes back as `{"cid", "mimeType"}`, so a record holding one keeps its
/// bytes and its CID; a blob made in code (with a size) is always written in the standard form.
public struct Blob: Codable, Hashable, Sendable {
  public var ref: CIDLink
  public var mimeType: String
  /// Size in bytes; `-1` when read from the legacy form, which does not say.
  public var size: Int

  public init(ref: CIDLink, mimeType: String, size: Int) {
    self.ref = ref
    self.mimeType = mimeType
    self.size = size
  }

  /// Whether the value was read from the legacy `{"cid": ..., "mimeType": ...}` form.
  public var isLegacy: Bool { size < 0 }

  private enum CodingKeys: String, CodingKey {
    case type = "$type"
    case ref
    case mimeType
    case size
    case cid
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    mimeType = try container.decode(String.self, forKey: .mimeType)
    if container.contains(.ref) {
      ref = try container.decode(CIDLink.self, forKey: .ref)
      size = try container.decode(Int.self, forKey: .size)
    } else if container.contains(.cid) {
      ref = CIDLink(try container.decode(CID.self, forKey: .cid))
      size = -1
    } else {
      throw DecodingError.keyNotFound(
        CodingKeys.ref,
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "a blob needs 'ref' (or 'cid', in the legacy form)"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if isLegacy {
      try container.encode(ref.cid, forKey: .cid)
      try container.encode(mimeType, forKey: .mimeType)
      return
    }
    try container.encode("blob", forKey: .type)
    try container.encode(ref, forKey: .ref)
    try container.encode(mimeType, forKey: .mimeType)
    try container.encode(size, forKey: .size)
  }
}
