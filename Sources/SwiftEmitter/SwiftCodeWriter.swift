/// Builds Swift source line by line with consistent indentation and blank lines.
///
/// Every line the emitter produces goes through here, so indentation, blank-line rules and trailing
/// whitespace are decided in one place: a blank line requested with `blankLine()` appears only between
/// two lines of the same block, never after an opening brace, before a closing one, or twice.
package struct SwiftCodeWriter {
  /// A written line: its text without indentation, and its depth. The spaces are added once, when the
  /// text is joined, instead of building every line's string twice.
  private struct Line {
    var depth: Int
    var text: String
    var isEmpty: Bool { text.isEmpty }
  }

  private var lines: [Line] = []
  private var depth = 0
  private var wantsBlankLine = false
  /// Spaces per indentation level.
  package static let indentWidth = 2
  /// The column documentation comments wrap at: narrower than code, as prose reads better so.
  package static let documentationWidth = 100

  package init() {}

  /// The current indentation, in columns.
  package var indentation: Int { depth * Self.indentWidth }

  /// Appends one line at the current indentation; trailing spaces are dropped.
  package mutating func line(_ text: String) {
    if wantsBlankLine, let last = lines.last, !last.isEmpty, last.text.utf8.last != UInt8(ascii: "{") {
      lines.append(Line(depth: 0, text: ""))
    }
    wantsBlankLine = false
    var text = text
    if text.utf8.last == UInt8(ascii: " ") {
      let trimmedCount = text.utf8.reversed().prefix { $0 == UInt8(ascii: " ") }.count
      text = String(decoding: text.utf8.dropLast(trimmedCount), as: UTF8.self)
    }
    lines.append(Line(depth: text.isEmpty ? 0 : depth, text: text))
  }

  /// Asks for a blank line before the next line of this block.
  package mutating func blankLine() {
    wantsBlankLine = true
  }

  /// `header {`, the body one level deeper, then `}` (or `} footer`).
  package mutating func block(_ header: String, footer: String = "", _ body: (inout SwiftCodeWriter) -> Void) {
    line(header + " {")
    let headerIndex = lines.count - 1
    depth += 1
    body(&self)
    depth -= 1
    wantsBlankLine = false
    if lines.count - 1 == headerIndex {
      lines[headerIndex].text += "}" + footer
    } else {
      line("}" + footer)
    }
  }

  /// Opens `header {` for a body written with further calls; `closeBlock()` ends it.
  package mutating func openBlock(_ header: String) {
    line(header.isEmpty ? "{" : header + " {")
    depth += 1
  }

  /// Ends the innermost block opened with `openBlock`.
  package mutating func closeBlock(_ footer: String = "") {
    depth -= 1
    wantsBlankLine = false
    line("}" + footer)
  }

  /// Runs `body` one level deeper without braces (the lines of a `switch` case).
  package mutating func indented(_ body: (inout SwiftCodeWriter) -> Void) {
    depth += 1
    body(&self)
    depth -= 1
  }

  /// `switch subject {`, the cases `body` writes at the indentation of `switch`, then `}`.
  package mutating func switchBlock(_ subject: String, _ body: (inout SwiftCodeWriter) -> Void) {
    line("switch " + subject + " {")
    body(&self)
    line("}")
  }

  /// `pattern:` (`case …` or `default`) with the lines `body` writes one level deeper.
  package mutating func switchCase(_ pattern: String, _ body: (inout SwiftCodeWriter) -> Void) {
    line(pattern + ":")
    indented(body)
  }

  /// A `///` comment: paragraphs wrapped to fit 100 columns, lists and code blocks kept.
  package mutating func documentation(_ text: String) {
    let width = max(40, Self.documentationWidth - indentation - 4)
    for docLine in DocCommentFormatter.lines(text, width: width) {
      line(docLine.isEmpty ? "///" : "/// " + docLine)
    }
  }

  /// This writer's lines followed by `other`'s (a file header before its body), ending in one newline.
  package func text(before other: SwiftCodeWriter) -> String {
    let header = lines[..<Self.endWithoutBlankLines(lines)]
    let bodyEnd = Self.endWithoutBlankLines(other.lines)
    let bodyStart = other.lines[..<bodyEnd].firstIndex { !$0.isEmpty } ?? bodyEnd
    let body = other.lines[bodyStart..<bodyEnd]
    let separator: [Line] = header.isEmpty || body.isEmpty ? [] : [Line(depth: 0, text: "")]
    return Self.joinedLines([header, separator[...], body])
  }

  /// The source text, ending in exactly one newline.
  package var text: String {
    Self.joinedLines([lines[..<Self.endWithoutBlankLines(lines)]])
  }

  /// Where `lines` ends once its trailing blank lines are dropped.
  private static func endWithoutBlankLines(_ lines: [Line]) -> Int {
    var end = lines.count
    while end > 0, lines[end - 1].isEmpty { end -= 1 }
    return end
  }

  /// Every line of `parts` followed by a newline, in one string sized once (an empty text is one newline).
  ///
  /// The bytes are copied straight into the new string's storage: appending line by line cost about
  /// 100 instructions a line in `String`'s growth checks, as `joined(separator:)` did, and `+ "\n"`
  /// copied every file once more.
  private static func joinedLines(_ parts: [ArraySlice<Line>]) -> String {
    var count = 0
    for part in parts { for line in part { count += line.depth * indentWidth + line.text.utf8.count + 1 } }
    guard count > 0 else { return "\n" }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for part in parts {
        for line in part {
          let spaces = line.depth * indentWidth
          (buffer.baseAddress! + offset).initialize(repeating: UInt8(ascii: " "), count: spaces)
          offset += spaces
          var text = line.text
          text.withUTF8 { bytes in
            if let source = bytes.baseAddress {
              (buffer.baseAddress! + offset).initialize(from: source, count: bytes.count)
            }
            offset += bytes.count
          }
          buffer[offset] = UInt8(ascii: "\n")
          offset += 1
        }
      }
      return offset
    }
  }
}
