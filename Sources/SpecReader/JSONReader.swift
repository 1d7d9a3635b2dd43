import SpecgenDiagnostics

/// Reads one strict RFC 8259 JSON text into the same `Node` tree the YAML reader builds.
///
/// Strings become `.doubleQuoted` scalars (so `"true"` stays a string) and numbers keep their
/// literal text as `.plain` scalars (so `9223372036854776000` and `1e400` lose nothing).
/// Nesting is tracked on an explicit stack; nothing here recurses on input.
struct JSONReader {
  let file: String
  let limits: ReaderLimits

  func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DiagnosticError) -> Node {
    if let invalid = TextPosition.firstInvalidUTF8(in: bytes) {
      let byte = String(bytes[invalid], radix: 16, uppercase: true)
      throw DiagnosticError(
        "invalid UTF-8 (byte 0x\(byte))", at: TextPosition.location(ofByte: invalid, in: bytes, file: file))
    }
    var cursor = JSONCursor(bytes: bytes, file: file)
    return try cursor.readDocument(maxDepth: limits.maxDepth)
  }
}

/// The JSON reader's position in the input, and the grammar driven from it.
struct JSONCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  var position: Int
  private var line = 1
  private var lineStart: Int
  /// Last column computed on the current line, so columns cost amortized O(1) even on one-line files.
  private var columnOffset: Int
  private var column = 1

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    let start = TextPosition.byteOrderMarkLength(bytes)
    self.position = start
    self.lineStart = start
    self.columnOffset = start
  }

  /// The location of `offset`, which must be on the current line at or after the last one asked for.
  mutating func location(_ offset: Int) -> SourceLocation {
    if offset < columnOffset || columnOffset < lineStart {
      columnOffset = lineStart
      column = 1
    }
    column += TextPosition.scalarCount(bytes, from: columnOffset, to: offset)
    columnOffset = offset
    return SourceLocation(file: file, line: line, column: column)
  }

  mutating func error(_ message: String, at offset: Int) -> DiagnosticError {
    DiagnosticError(message, at: location(offset))
  }

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        // LF, CRLF and a lone CR each end one line, as in `TextPosition` and editors.
        let isCRLF =
          bytes[position] == UInt8(ascii: "\r") && position + 1 < bytes.count
          && bytes[position + 1] == UInt8(ascii: "\n")
        position += isCRLF ? 2 : 1
        line += 1
        lineStart = position
      default:
        return
      }
    }
  }

  mutating func readDocument(maxDepth: Int) throws(DiagnosticError) -> Node {
    var builder = NodeTreeBuilder(maxDepth: maxDepth)
    parsing: while true {
      // A value is expected here.
      skipWhitespace()
      guard position < bytes.count else {
        throw error(
          builder.isEmpty ? "the document is empty" : "unexpected end of input, expected a value", at: position)
      }
      let start = position
      switch bytes[start] {
      case UInt8(ascii: "{"):
        try builder.open(mapping: true, at: location(start))
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
          position += 1
          try builder.close()
        } else {
          try readKey(into: &builder)
          continue parsing
        }
      case UInt8(ascii: "["):
        try builder.open(mapping: false, at: location(start))
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
          position += 1
          try builder.close()
        } else {
          continue parsing
        }
      case UInt8(ascii: "\""):
        let location = location(start)
        try builder.add(Node(.scalar(Scalar(try readString(), style: .doubleQuoted)), at: location))
      case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
        let location = location(start)
        try builder.add(Node(.scalar(Scalar(try readLiteral(), style: .plain)), at: location))
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let location = location(start)
        try builder.add(Node(.scalar(Scalar(try readNumber(), style: .plain)), at: location))
      default:
        throw error("unexpected \(describe(start)), expected a value", at: start)
      }
      // A value just ended: close collections until one continues with ','.
      while let inMapping = builder.isInMapping {
        skipWhitespace()
        let closer = inMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard position < bytes.count else {
          throw error("unexpected end of input, expected ',' or '\(Character(Unicode.Scalar(closer)))'", at: position)
        }
        switch bytes[position] {
        case UInt8(ascii: ","):
          position += 1
          if inMapping { try readKey(into: &builder) }
          continue parsing
        case closer:
          position += 1
          try builder.close()
        default:
          throw error(
            "unexpected \(describe(position)), expected ',' or '\(Character(Unicode.Scalar(closer)))'", at: position)
        }
      }
      break parsing
    }
    skipWhitespace()
    if position < bytes.count {
      throw error("unexpected \(describe(position)) after the end of the JSON document", at: position)
    }
    guard let root = builder.root else { throw error("the document is empty", at: position) }
    return root
  }

  /// Reads `"key" :` of an object member.
  private mutating func readKey(into builder: inout NodeTreeBuilder) throws(DiagnosticError) {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
      throw error("unexpected \(describe(position)), expected a string key", at: position)
    }
    let keyLocation = location(position)
    let key = try readString()
    try builder.addKey(key, at: keyLocation)
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw error("unexpected \(describe(position)), expected ':' after an object key", at: position)
    }
    position += 1
  }

  private mutating func readLiteral() throws(DiagnosticError) -> String {
    for word in ["true", "false", "null"] where matches(word) {
      position += word.utf8.count
      return word
    }
    throw error("unexpected \(describe(position)), expected a value", at: position)
  }

  private func matches(_ word: String) -> Bool {
    var index = position
    for byte in word.utf8 {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
    }
    return true
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [-+]? [0-9]+)?`, returned as written.
  private mutating func readNumber() throws(DiagnosticError) -> String {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw error("invalid number: expected a digit after '-'", at: position)
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) {
        throw error("invalid number: leading zeros are not allowed", at: start)
      }
    } else {
      skipDigits()
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: expected a digit after '.'", at: position)
      }
      skipDigits()
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: expected a digit in the exponent", at: position)
      }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
  }

  private mutating func skipDigits() {
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// What the byte at `offset` is, for messages: `'x'`, `end of input`.
  func describe(_ offset: Int) -> String {
    guard offset < bytes.count else { return "end of input" }
    let byte = bytes[offset]
    if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }
}
