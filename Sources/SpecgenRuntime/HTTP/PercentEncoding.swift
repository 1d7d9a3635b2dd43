/// RFC 3986 percent-encoding: every byte outside the unreserved set (`A–Z a–z 0–9 - . _ ~`) becomes
/// `%XX` of its UTF-8 encoding, so a value can never add a path segment, query item or delimiter.
public enum PercentEncoding {
  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// `a b/c` → `a%20b%2Fc`.
  public static func encode(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isUnreserved(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// RFC 6570 reserved expansion: unreserved and reserved characters (`:/?#[]@!$&'()*+,;=`) and
  /// `%XX` triplets stay as they are; everything else is percent-encoded. `a b/c:d` → `a%20b/c:d`.
  public static func encodeAllowingReserved(_ text: String) -> String {
    let utf8 = Array(text.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for (index, byte) in utf8.enumerated() {
      let isTriplet =
        byte == UInt8(ascii: "%") && index + 2 < utf8.count && isHexDigit(utf8[index + 1])
        && isHexDigit(utf8[index + 2])
      if isUnreserved(byte) || reservedBytes.contains(byte) || isTriplet {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let reservedBytes = Set(":/?#[]@!$&'()*+,;=".utf8)

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"),
      UInt8(ascii: "a")...UInt8(ascii: "f"):
      return true
    default:
      return false
    }
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
