extension String {
  /// One whole declaration or statement of emitted Swift text, for comparing with `==`: the first line
  /// that begins with `start` (indentation included, so `"  public init("` picks the type's own
  /// initializer, not a nested type's) and, when that line opens a block, every line through the `}`
  /// that closes it at the same indentation. A multi-line signature's `) {`, a `} else {` and the `case`s
  /// of a `switch` continue it; a multi-line call ends at its `)`. With `documented`, the `///` comment
  /// and attribute lines right above are included.
  ///
  /// No trailing line break, so a multi-line string literal compares as written. When no line begins
  /// with `start` the result says so (and the whole text), so the comparison fails readably.
  func snippet(_ start: String, documented: Bool = false) -> String {
    let lines = split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.firstIndex(where: { $0.hasPrefix(start) }) else {
      return "<no line begins with \(start.debugDescription) in:\n\(self)>"
    }
    func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
    let indent = indentation(lines[first])
    let isSwitch = lines[first].dropFirst(indent).hasPrefix("switch ")
    var begin = first
    while documented, begin > 0, indentation(lines[begin - 1]) == indent,
      lines[begin - 1].dropFirst(indent).hasPrefix("///") || lines[begin - 1].dropFirst(indent).hasPrefix("@")
    {
      begin -= 1
    }
    var end = first
    var index = first + 1
    scan: while index < lines.count {
      let line = lines[index]
      if line.isEmpty || indentation(line) > indent {
        index += 1
        continue
      }
      guard indentation(line) == indent else { break }
      let text = line.dropFirst(indent)
      if text.hasPrefix("}") || text.hasPrefix(")") || text.hasPrefix("]") {
        end = index
        // `} else {`, `} catch {`, a signature's `) {` or `) throws -> T {`: the same construct goes on.
        guard text.hasSuffix("{") else { break scan }
      } else if isSwitch, text.hasPrefix("case ") || text.hasPrefix("default:") || text.hasPrefix("@unknown default:") {
        end = index
      } else {
        break
      }
      index += 1
    }
    if end == first, index > first + 1 {
      // The block never closed (the text ends inside it): everything up to the last line written.
      end = lines[..<index].lastIndex { !$0.isEmpty } ?? first
    }
    return lines[begin...end].joined(separator: "\n")
  }
}
