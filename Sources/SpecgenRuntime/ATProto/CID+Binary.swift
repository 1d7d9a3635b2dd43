/// CIDs as bytes: the binary form DAG-CBOR links carry (tag 42), and the CIDs of records and blobs.
///
/// Only the AT Protocol's blessed CIDs are made: version 1, codec DAG-CBOR (`0x71`) for data or raw
/// (`0x55`) for blobs, SHA-256 multihash, written in base32 (`b` prefix, lower case, no padding).
/// Reading accepts any CIDv1 in base32.
extension CID {
  /// The multicodec of the content a CID names.
  public enum Codec: UInt8, Sendable {
    /// DRISL / DAG-CBOR data: records, commits.
    case dagCBOR = 0x71
    /// Raw bytes: blobs.
    case raw = 0x55
  }

  /// The CID of `content` (already DAG-CBOR for `.dagCBOR`): CIDv1, SHA-256, base32.
  public static func of(_ content: [UInt8], codec: Codec) -> CID {
    CID(binary: [0x01, codec.rawValue, 0x12, 0x20] + SHA256.digest(content))
  }

  /// The CID whose binary form is `bytes` (version, codec, multihash), in base32 with its `b` prefix.
  init(binary bytes: [UInt8]) {
    self.init(unchecked: "b" + Base32.encode(bytes))
  }

  /// The binary form (version, codec, multihash), or nil when the text is not a base32 CIDv1.
  public var binary: [UInt8]? {
    guard rawValue.hasPrefix("b"), let bytes = Base32.decode(rawValue.dropFirst()), bytes.first == 0x01 else {
      return nil
    }
    return bytes
  }
}

/// RFC 4648 base32, lower case, without padding: the multibase `b` alphabet.
enum Base32 {
  private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count * 8 + 4) / 5)
    var buffer: UInt32 = 0
    var bits = 0
    for byte in bytes {
      buffer = buffer << 8 | UInt32(byte)
      bits += 8
      while bits >= 5 {
        output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
        bits -= 5
      }
    }
    if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
    return String(decoding: output, as: UTF8.self)
  }

  static func decode(_ text: Substring) -> [UInt8]? {
    var output: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for character in text.utf8 {
      let value: UInt8
      switch character {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): value = character - UInt8(ascii: "a")
      case UInt8(ascii: "2")...UInt8(ascii: "7"): value = character - UInt8(ascii: "2") + 26
      default: return nil
      }
      buffer = (buffer << 5 | UInt32(value)) & 0xFFFF
      bits += 5
      if bits >= 8 {
        output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits - 8)))
        bits -= 8
      }
    }
    return output
  }
}
