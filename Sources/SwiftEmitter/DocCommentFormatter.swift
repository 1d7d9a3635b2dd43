/// Lays out free text (a spec's `description`) as the lines of a documentation comment.
///
/// Paragraphs are re-wrapped at word boundaries; Markdown list items, headings, tables and fenced code
/// keep their own lines (list items wrap with a hanging indent). Words longer than the width (URLs) are
/// never broken. Works on UTF-8 bytes (widths count Unicode scalars): descriptions are most of the text
/// a spec holds, and this runs for every one of them.
package enum DocCommentFormatter {
  private typealias Bytes = ArraySlice<UInt8>

  private static let space = UInt8(ascii: " ")

  package static func lines(_ text: String, width: Int) -> [String] {
    if isSingleLine(text, width: width) { return [text] }
    var layout = Layout(width: width)
    for line in normalizedLines(text) {
      layout.add(line)
    }
    return layout.finish()
  }

  /// `text` as one line: runs of spaces, tabs and line breaks become one space, none at either end
  /// (a list item's text, such as a parameter's description, holds one paragraph).
  package static func joinedLine(_ text: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == space || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(space) }
      pendingSpace = false
      result.append(byte)
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether `text` is already one plain line that fits (most descriptions): nothing to do.
  private static func isSingleLine(_ text: String, width: Int) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= width, let first = bytes.first, let last = bytes.last else { return false }
    guard first != space, last != space, first != UInt8(ascii: "#"), first != UInt8(ascii: "|") else { return false }
    guard first != UInt8(ascii: "`"), first != UInt8(ascii: "~") else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      if byte < 0x20 || byte == 0x7F || (byte == space && previous == space) { return false }
      previous = byte
    }
    return true
  }

  /// The text's lines: `\r\n` and `\r` end lines like `\n`, tabs become two spaces, trailing spaces go.
  private static func normalizedLines(_ text: String) -> [Bytes] {
    let bytes = Array(text.utf8)
    // Most text has no control character but `\n`: its lines are slices of one buffer.
    guard bytes.allSatisfy({ $0 >= 0x20 ? $0 != 0x7F : $0 == UInt8(ascii: "\n") }) else {
      return cleanedLines(bytes)
    }
    var lines: [Bytes] = []
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      lines.append(trimmingTrailingSpaces(bytes[start..<index]))
      start = index + 1
    }
    lines.append(trimmingTrailingSpaces(bytes[start...]))
    return lines
  }

  private static func trimmingTrailingSpaces(_ line: Bytes) -> Bytes {
    var end = line.endIndex
    while end > line.startIndex, line[end - 1] == space { end -= 1 }
    return line[line.startIndex..<end]
  }

  /// `normalizedLines` for text with carriage returns, tabs or other control characters.
  private static func cleanedLines(_ bytes: [UInt8]) -> [Bytes] {
    var lines: [Bytes] = []
    var current: [UInt8] = []
    var previousWasReturn = false
    func endLine() {
      while current.last == space { current.removeLast() }
      lines.append(current[...])
      current.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\r"): endLine()
      case UInt8(ascii: "\n"): if !previousWasReturn { endLine() }
      case UInt8(ascii: "\t"): current += [space, space]
      case 0..<0x20, 0x7F: break  // other control characters would make the source file invalid
      default: current.append(byte)
      }
      previousWasReturn = byte == UInt8(ascii: "\r")
    }
    endLine()
    return lines
  }

  /// Accumulates output lines, re-wrapping paragraphs as they end.
  private struct Layout {
    let width: Int
    var output: [String] = []
    var paragraph: [UInt8] = []
    var hangingIndent = 0
    var inFence = false

    init(width: Int) {
      self.width = width
    }

    mutating func add(_ line: Bytes) {
      let indent = line.prefix { $0 == DocCommentFormatter.space }.count
      let content = line.dropFirst(indent)
      if content.starts(with: "```".utf8) || content.starts(with: "~~~".utf8) {
        flush()
        inFence.toggle()
        output.append(String(decoding: line, as: UTF8.self))
        return
      }
      if inFence {
        output.append(String(decoding: line, as: UTF8.self))
        return
      }
      if content.isEmpty {
        flush()
        if let last = output.last, !last.isEmpty { output.append("") }
        return
      }
      if let marker = listMarker(content) {
        flush()
        paragraph = Array(line)
        hangingIndent = indent + marker
        return
      }
      if content.first == UInt8(ascii: "#") || content.first == UInt8(ascii: "|") || indent >= 4 {
        flush()
        output.append(String(decoding: line, as: UTF8.self))
        return
      }
      if paragraph.isEmpty {
        paragraph = Array(line)
      } else {
        paragraph.append(DocCommentFormatter.space)
        paragraph += content
      }
    }

    mutating func finish() -> [String] {
      flush()
      while output.last == "" { output.removeLast() }
      return output
    }

    /// Wraps the pending paragraph into `output`: words (runs of non-spaces) are placed greedily,
    /// continuation lines start at the hanging indent. One pass over the bytes, one line buffer.
    private mutating func flush() {
      guard !paragraph.isEmpty else { return }
      let space = DocCommentFormatter.space
      let (width, hangingIndent) = (width, hangingIndent)
      var output = self.output
      self.output = []
      paragraph.withUnsafeBufferPointer { bytes in
        var index = 0
        while index < bytes.count, bytes[index] == space { index += 1 }
        var line: [UInt8] = Array(repeating: space, count: index)
        line.reserveCapacity(width + 16)
        var lineWidth = index
        var hasWords = false
        while index < bytes.count {
          if bytes[index] == space {
            index += 1
            continue
          }
          let wordStart = index
          var wordWidth = 0
          while index < bytes.count, bytes[index] != space {
            if bytes[index] & 0xC0 != 0x80 { wordWidth += 1 }  // count scalars, not continuation bytes
            index += 1
          }
          if hasWords, lineWidth + 1 + wordWidth > width {
            output.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: repeatElement(space, count: hangingIndent))
            lineWidth = hangingIndent
          } else if hasWords {
            line.append(space)
            lineWidth += 1
          }
          line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
          lineWidth += wordWidth
          hasWords = true
        }
        output.append(String(decoding: line, as: UTF8.self))
      }
      self.output = output
      paragraph.removeAll(keepingCapacity: true)
      self.hangingIndent = 0
    }

    /// The width of a list marker (`- `, `* `, `+ `, `1. `) starting `content`, or nil.
    private func listMarker(_ content: Bytes) -> Int? {
      guard let first = content.first else { return nil }
      let second = content.dropFirst().first
      if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
        return second == DocCommentFormatter.space ? 2 : nil
      }
      let digits = content.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
      guard digits > 0 else { return nil }
      let rest = content.dropFirst(digits)
      guard rest.first == UInt8(ascii: "."), rest.dropFirst().first == DocCommentFormatter.space else { return nil }
      return digits + 2
    }
  }
}
