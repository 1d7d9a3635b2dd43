/// Keeps every generated file name within the 255-byte limit of common file systems.
///
/// A name that fits is kept as is. A longer one becomes its first bytes (cut at a character
/// boundary), `-`, and 16 hex digits of a stable hash (FNV-1a, 64-bit) of the whole name, then
/// `.swift`: deterministic across runs and machines, and distinct for distinct names.
enum FileNaming {
  static let maxBytes = 255

  /// `name` (with its extension) shortened when it is longer than `maxBytes` UTF-8 bytes.
  static func bounded(_ name: String, extension suffix: String = ".swift") -> String {
    guard name.utf8.count > maxBytes else { return name }
    let stem = name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
    let tail = "-" + hash(stem) + suffix
    var prefix = ""
    var bytes = 0
    for character in stem {
      let size = character.utf8.count
      guard bytes + size + tail.utf8.count <= maxBytes else { break }
      prefix.append(character)
      bytes += size
    }
    return prefix + tail
  }

  /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lower-case hex digits.
  static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
