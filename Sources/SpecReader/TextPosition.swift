import JSONText
import SpecgenDiagnostics

/// Byte-level facts about input text: where a byte offset sits as line and column, and whether
/// the bytes are valid UTF-8.
enum TextPosition {
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Length of a leading UTF-8 byte order mark (0 or 3).
  static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// The 1-based line and column of `offset`, columns counting Unicode scalars (a leading byte
  /// order mark is not a column). Scans from the start, so it is for errors, not for every node.
  static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = min(byteOrderMarkLength(bytes), end)
    var index = lineStart
    while index < end {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index >= end || bytes[index] != 0x0A)) {
        line += 1
        lineStart = index
      }
    }
    return SourceLocation(file: file, line: line, column: scalarCount(bytes, from: lineStart, to: end) + 1)
  }

  /// The byte offset of 1-based `line` and `column` (columns in Unicode scalars), or nil when
  /// the input has no such position. The inverse of `location(ofByte:in:file:)`.
  static func byteOffset(line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = byteOrderMarkLength(bytes)
    var currentLine = 1
    while currentLine < line {
      guard index < bytes.count else { return nil }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index >= bytes.count || bytes[index] != 0x0A)) {
        currentLine += 1
      }
    }
    var remaining = column - 1
    while remaining > 0 {
      guard index < bytes.count else { return nil }
      index += 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      remaining -= 1
    }
    return index
  }

  /// Whether `offset` holds a tab inside the leading whitespace of its line.
  static func isIndentationTab(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\t") else { return false }
    var index = offset
    while index > 0 {
      index -= 1
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
      default: return false
      }
    }
    return true
  }

  /// Unicode scalars that start in `bytes[start..<end]` (continuation bytes do not start one).
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var count = 0
    var index = start
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
  /// forms, no surrogates, nothing past U+10FFFF), or nil when all of it is well-formed.
  static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    while index < count {
      // Eight ASCII bytes at a time: specs are nearly all ASCII, and this loop read every byte of
      // YouTube's 643 KB one at a time.
      while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard case .wellFormed(let length) = JSONText.checkUTF8Sequence(bytes, at: index) else { return index }
      index += length
    }
    return nil
  }
}
