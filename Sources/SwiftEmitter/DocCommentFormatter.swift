/// Lays out free text (a spec's `description`) as the lines of a documentation comment.
///
/// Paragraphs are re-wrapped at word boundaries; Markdown list items, headings, tables and fenced code
/// keep their own lines (list items wrap with a hanging indent). Words longer than the width (URLs) are
/// never broken.
package enum DocCommentFormatter {
  package static func lines(_ text: String, width: Int) -> [String] {
    let normalized = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
      .replacing("\t", with: "  ")
    var output: [String] = []
    var paragraph: [String] = []
    var hangingIndent = ""
    var inFence = false

    func flush() {
      guard !paragraph.isEmpty else { return }
      output += wrap(paragraph.joined(separator: " "), width: width, continuation: hangingIndent)
      paragraph = []
      hangingIndent = ""
    }

    for rawLine in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = trimmingTrailingSpaces(String(rawLine))
      let content = line.drop(while: { $0 == " " })
      if content.hasPrefix("```") || content.hasPrefix("~~~") {
        flush()
        inFence.toggle()
        output.append(line)
        continue
      }
      if inFence {
        output.append(line)
        continue
      }
      if content.isEmpty {
        flush()
        if output.last != "" && !output.isEmpty { output.append("") }
        continue
      }
      if let marker = listMarker(content) {
        flush()
        let leading = String(repeating: " ", count: line.count - content.count)
        paragraph = [leading + content]
        hangingIndent = leading + String(repeating: " ", count: marker)
        continue
      }
      if content.hasPrefix("#") || content.hasPrefix("|") || line.hasPrefix("    ") {
        flush()
        output.append(line)
        continue
      }
      paragraph.append(paragraph.isEmpty ? line : String(content))
    }
    flush()
    while output.last == "" { output.removeLast() }
    return output
  }

  /// The width of a list marker (`- `, `* `, `1. `) starting `content`, or nil.
  private static func listMarker(_ content: Substring) -> Int? {
    if content.hasPrefix("- ") || content.hasPrefix("* ") || content.hasPrefix("+ ") { return 2 }
    let digits = content.prefix(while: \.isNumber)
    if !digits.isEmpty, content.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
    return nil
  }

  private static func wrap(_ text: String, width: Int, continuation: String) -> [String] {
    var lines: [String] = []
    var current = String(text.prefix(while: { $0 == " " }))
    var currentHasWords = false
    for word in text.split(separator: " ") {
      if currentHasWords, current.count + 1 + word.count > width {
        lines.append(current)
        current = continuation + word
      } else {
        current += currentHasWords ? " " + word : String(word)
      }
      currentHasWords = true
    }
    lines.append(current)
    return lines
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var result = Substring(line)
    while result.last == " " { result = result.dropLast() }
    return String(result)
  }
}
