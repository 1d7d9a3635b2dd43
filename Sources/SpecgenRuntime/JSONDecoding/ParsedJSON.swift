import Foundation
import JSONText

/// One value of a parsed JSON text. A document is an array of these in document order: a container is
/// followed by its contents (an object's members as name, value, name, value, ...), so reading a value
/// never allocates more than the node array and the bytes themselves.
struct JSONNode {
  /// What the node is.
  enum Kind: UInt8 {
    case null
    case `false`
    case `true`
    case number
    case string
    case array
    case object
  }

  var kind: Kind
  /// A string: it holds escape sequences (its bytes are not its characters). A number: it is written
  /// with digits alone, no fraction or exponent (`-12`).
  var flag: Bool
  /// A string or a number: the offset of its first byte (after a string's opening quote). A container:
  /// how many elements (or members) it holds.
  var first: Int
  /// A string or a number: the offset after its last byte (before a string's closing quote). A
  /// container: the index of the first node after everything it contains.
  var last: Int

  /// The index of the node after this one and everything it contains, this being at `index`.
  @inline(__always)
  func next(after index: Int) -> Int {
    kind.rawValue >= Kind.array.rawValue ? last : index + 1
  }
}

/// Why a JSON text was refused: what was found, at which byte, line and column.
struct JSONSyntaxError: Error, CustomStringConvertible {
  var message: String
  /// The offset of the offending byte.
  var offset: Int
  /// 1-based line and column (in Unicode scalars) of `offset`.
  var line: Int
  var column: Int

  var description: String { "\(message) at line \(line), column \(column) (byte \(offset))" }
}

/// A JSON text parsed once, strictly by RFC 8259: its bytes, and the nodes that locate each value in
/// them. Strings are checked (UTF-8, escapes, surrogate pairs) while parsing, so reading one later
/// cannot fail; numbers are checked against the grammar and converted only when asked for.
final class ParsedJSON {
  /// The text, without a leading UTF-8 byte order mark (RFC 8259 allows a parser to ignore one).
  let bytes: [UInt8]
  /// Every value, in document order; the first is the top-level value.
  let nodes: [JSONNode]

  /// How deep arrays and objects may nest.
  static let maxDepth = 512

  init(_ input: some Collection<UInt8>) throws(JSONSyntaxError) {
    var bytes = Array(input)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let nodes = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
      var parser = JSONParser(bytes: buffer)
      return try parser.parseDocument()
    }
    self.bytes = bytes
    self.nodes = nodes
  }

  /// The string node at `index` as a Swift string.
  func string(at index: Int) -> String {
    let node = nodes[index]
    return bytes.withUnsafeBufferPointer { buffer in
      let text = UnsafeBufferPointer(rebasing: buffer[node.first..<node.last])
      return node.flag ? JSONParser.unescape(text) : String(decoding: text, as: UTF8.self)
    }
  }

  /// The value node of the member `name` of the object node at `object`, nil when it has none. A name
  /// given twice takes its first value (as `JSONDecoder` does); names compare code unit by code unit,
  /// as RFC 8259 section 8.3 describes.
  func member(_ name: String, in object: Int) -> Int? {
    var name = name
    return name.withUTF8 { name in
      bytes.withUnsafeBufferPointer { bytes in
        nodes.withUnsafeBufferPointer { nodes in
          var index = object + 1
          let end = nodes[object].last
          while index < end {
            let key = nodes[index]
            if key.flag {
              if string(at: index).utf8.elementsEqual(name) { return index + 1 }
            } else if key.last - key.first == name.count,
              name.isEmpty || memcmp(bytes.baseAddress! + key.first, name.baseAddress!, name.count) == 0
            {
              return index + 1
            }
            index = nodes[index + 1].next(after: index + 1)
          }
          return nil
        }
      }
    }
  }

  /// The text of the number node (or any string node) at `index`, as written.
  func text(at index: Int) -> String {
    let node = nodes[index]
    return String(decoding: bytes[node.first..<node.last], as: UTF8.self)
  }

  /// Calls `body` with the bytes of the number node at `index`.
  @inline(__always)
  func withNumberText<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let node = nodes[index]
    return bytes.withUnsafeBufferPointer { buffer in body(UnsafeBufferPointer(rebasing: buffer[node.first..<node.last]))
    }
  }
}

/// The grammar of RFC 8259, over bytes, building the node array. Nesting is kept on an explicit stack:
/// nothing here recurses on input.
struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  var nodes: [JSONNode] = []

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    nodes.reserveCapacity(max(16, bytes.count / 8))
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> [JSONNode] {
    // The containers still open, innermost last.
    var open: [Int] = []
    parsing: while true {
      // A value is expected here.
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
      switch bytes[position] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[position] == UInt8(ascii: "{")
        guard open.count < ParsedJSON.maxDepth else {
          throw error("arrays and objects nest deeper than \(ParsedJSON.maxDepth) levels")
        }
        open.append(nodes.count)
        nodes.append(JSONNode(kind: isObject ? .object : .array, flag: false, first: 0, last: 0))
        position += 1
        skipWhitespace()
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if position < bytes.count, bytes[position] == closing {
          position += 1
          nodes[open.removeLast()].last = nodes.count
        } else {
          if isObject { try parseMemberName() }
          continue parsing
        }
      case UInt8(ascii: "\""): try parseString()
      case UInt8(ascii: "t"): try parseLiteral("true", .true)
      case UInt8(ascii: "f"): try parseLiteral("false", .false)
      case UInt8(ascii: "n"): try parseLiteral("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
      default: throw error("unexpected \(describe(position)), expected a value")
      }
      // A value is complete: it ends the document, or its container goes on or closes.
      while let container = open.last {
        nodes[container].first += 1
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of input inside an array or object") }
        let isObject = nodes[container].kind == .object
        switch bytes[position] {
        case UInt8(ascii: ","):
          position += 1
          if isObject {
            skipWhitespace()
            try parseMemberName()
          }
          continue parsing
        case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
          position += 1
          nodes[open.removeLast()].last = nodes.count
        default:
          throw error("unexpected \(describe(position)), expected ',' or '\(isObject ? "}" : "]")'")
        }
      }
      skipWhitespace()
      guard position == bytes.count else { throw error("unexpected \(describe(position)) after the top-level value") }
      return nodes
    }
  }

  /// `"name"` and the `:` after it.
  private mutating func parseMemberName() throws(JSONSyntaxError) {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
      throw error(
        position < bytes.count
          ? "unexpected \(describe(position)), expected a member name"
          : "unexpected end of input, expected a member name")
    }
    try parseString()
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw error("expected ':' after a member name")
    }
    position += 1
  }

  @inline(__always)
  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private mutating func parseLiteral(_ word: StaticString, _ kind: JSONNode.Kind) throws(JSONSyntaxError) {
    let length = word.utf8CodeUnitCount
    guard bytes.count - position >= length,
      UnsafeBufferPointer(start: word.utf8Start, count: length).elementsEqual(bytes[position..<position + length])
    else { throw error("unexpected \(describe(position)), expected a value") }
    nodes.append(JSONNode(kind: kind, flag: false, first: position, last: position + length))
    position += length
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func parseNumber() throws(JSONSyntaxError) {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number needs a digit after '-'") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      skipDigits()
    }
    var digitsOnly = true
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      digitsOnly = false
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number needs a digit after '.'") }
      skipDigits()
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      digitsOnly = false
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("a number needs a digit in its exponent")
      }
      skipDigits()
    }
    nodes.append(JSONNode(kind: .number, flag: digitsOnly, first: start, last: position))
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  @inline(__always)
  private mutating func skipDigits() {
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
  }

  /// A string: every byte a character of at least U+0020 in well-formed UTF-8, or an escape; a `\u`
  /// escape of a surrogate must be half of a pair.
  private mutating func parseString() throws(JSONSyntaxError) {
    position += 1
    let start = position
    var escaped = false
    while true {
      guard position < bytes.count else { throw error("unterminated string", at: start - 1) }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") { break }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        try skipEscape()
      } else if byte < 0x20 {
        throw error("unescaped control character U+00\(hex(byte)) in a string")
      } else if byte < 0x80 {
        position += 1
      } else {
        try skipUTF8Sequence()
      }
    }
    nodes.append(JSONNode(kind: .string, flag: escaped, first: start, last: position))
    position += 1
  }

  private mutating func skipEscape() throws(JSONSyntaxError) {
    guard position + 1 < bytes.count else { throw error("unterminated escape sequence") }
    switch bytes[position + 1] {
    case let character where JSONText.escapedByte(character) != nil:
      position += 2
    case UInt8(ascii: "u"):
      guard let unit = Self.hexValue(bytes, at: position + 2) else { throw error("'\\u' needs four hex digits") }
      if unit >= 0xDC00, unit <= 0xDFFF {
        throw error("'\\u\(hex(unit))' is the second half of a surrogate pair without its first")
      }
      if unit >= 0xD800, unit <= 0xDBFF {
        guard position + 7 < bytes.count, bytes[position + 6] == UInt8(ascii: "\\"),
          bytes[position + 7] == UInt8(ascii: "u"), let low = Self.hexValue(bytes, at: position + 8),
          low >= 0xDC00, low <= 0xDFFF
        else { throw error("'\\u\(hex(unit))' is the first half of a surrogate pair without its second") }
        position += 12
      } else {
        position += 6
      }
    default:
      throw error("invalid escape sequence '\\\(describeCharacter(position + 1))'")
    }
  }

  /// A multi-byte UTF-8 sequence starting at `position`, well-formed by the Unicode Standard's table 3-7
  /// (no overlong forms, no surrogates, nothing above U+10FFFF).
  private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    switch JSONText.checkUTF8Sequence(bytes, at: position) {
    case .wellFormed(let length): position += length
    case .truncated: throw error("invalid UTF-8 (truncated sequence)")
    case .invalidByte(let offset): throw error("invalid UTF-8 (byte 0x\(hex(bytes[offset])))", at: offset)
    }
  }

  /// The value of four hex digits at `offset`, nil when they are not.
  static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
    guard offset + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[offset..<offset + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// The characters of a string's content whose escapes the parser has checked.
  static func unescape(_ text: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      let byte = text[index]
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = text[index + 1]
      index += 2
      if let byte = JSONText.escapedByte(escape) {
        output.append(byte)
        continue
      }
      // The parser let only `\u` escapes through besides those: four hex digits, pairs kept together.
      var scalar = hexValue(text, at: index)!
      index += 4
      if scalar >= 0xD800, scalar <= 0xDBFF {
        let low = hexValue(text, at: index + 2)!
        index += 6
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      output.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
    }
    return String(decoding: output, as: UTF8.self)
  }

  // MARK: - Errors

  private func error(_ message: String) -> JSONSyntaxError { error(message, at: position) }

  private func error(_ message: String, at offset: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Columns count scalars: every byte but UTF-8 continuation bytes starts one.
    let column = 1 + bytes[lineStart..<min(offset, bytes.count)].count(where: { $0 & 0xC0 != 0x80 })
    return JSONSyntaxError(message: message, offset: offset, line: line, column: column)
  }

  private func describe(_ offset: Int) -> String {
    guard offset < bytes.count else { return "end of input" }
    return "'\(describeCharacter(offset))'"
  }

  private func describeCharacter(_ offset: Int) -> String {
    let byte = bytes[offset]
    return byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\u{\(hex(byte))}"
  }

  private func hex(_ value: some BinaryInteger) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, (value <= 0xFF ? 2 : 4) - digits.count)) + digits
  }
}
