import JSONText
import SpecgenDiagnostics

extension JSONCursor {
  /// Reads a string token starting at its opening quote and returns its decoded text.
  ///
  /// The input was validated as UTF-8 up front, so unescaped runs are copied as they are; only
  /// escapes need decoding. Surrogate pairs combine (`\ud83d\udc4d` is 👍); a lone surrogate
  /// and an unescaped control character are errors.
  mutating func readString() throws(DiagnosticError) -> String {
    let open = position
    position += 1
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start, open: open) }
      if byte < 0x20 { throw controlCharacterError() }
      position += 1
    }
    throw error("unterminated string", at: open)
  }

  private mutating func readEscapedString(from start: Int, open: Int) throws(DiagnosticError) -> String {
    var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: decoded, as: UTF8.self)
      }
      if byte < 0x20 { throw controlCharacterError() }
      guard byte == UInt8(ascii: "\\") else {
        decoded.append(byte)
        position += 1
        continue
      }
      let escape = position
      guard position + 1 < bytes.count else { break }
      position += 2
      if let byte = JSONText.escapedByte(bytes[escape + 1]) {
        decoded.append(byte)
      } else if bytes[escape + 1] == UInt8(ascii: "u") {
        let scalar = try readUnicodeEscape(at: escape)
        decoded.append(contentsOf: scalar.utf8)
      } else {
        throw error("invalid escape '\\\(describeEscape(escape + 1))' in a string", at: escape)
      }
    }
    throw error("unterminated string", at: open)
  }

  /// Decodes `\uXXXX` at `escape` (position is just past `\u`), pairing surrogates.
  private mutating func readUnicodeEscape(at escape: Int) throws(DiagnosticError) -> Unicode.Scalar {
    let unit = try readHexQuad(escape: escape)
    switch unit {
    case 0xD800...0xDBFF:
      let low = position
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
      else {
        throw error(
          "lone surrogate '\\u\(hex(unit))' in a string (a high surrogate must be followed by a low one)",
          at: escape)
      }
      position += 2
      let second = try readHexQuad(escape: low)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw error("lone surrogate '\\u\(hex(unit))' in a string (followed by '\\u\(hex(second))')", at: escape)
      }
      let value = 0x10000 + ((unit - 0xD800) << 10) + (second - 0xDC00)
      guard let scalar = Unicode.Scalar(value) else {
        throw error("invalid escape '\\u\(hex(unit))\\u\(hex(second))'", at: escape)
      }
      return scalar
    case 0xDC00...0xDFFF:
      throw error("lone surrogate '\\u\(hex(unit))' in a string (a low surrogate without a high one)", at: escape)
    default:
      guard let scalar = Unicode.Scalar(unit) else { throw error("invalid escape '\\u\(hex(unit))'", at: escape) }
      return scalar
    }
  }

  private mutating func readHexQuad(escape: Int) throws(DiagnosticError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexDigit(bytes[position]) else {
        throw error("invalid escape: '\\u' needs four hexadecimal digits", at: escape)
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  private mutating func controlCharacterError() -> DiagnosticError {
    let code = String(bytes[position], radix: 16, uppercase: true)
    return error(
      "control character U+\(String(repeating: "0", count: 4 - code.count) + code) must be escaped in a string",
      at: position)
  }

  private func describeEscape(_ offset: Int) -> String {
    let byte = bytes[offset]
    return byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x" + String(byte, radix: 16)
  }

  private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
