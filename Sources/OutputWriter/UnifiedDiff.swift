/// Line diffs in the unified format (`--- a/x`, `+++ b/x`, `@@ -1,3 +1,4 @@`), for
/// `specgen check --diff` and golden-test failures.
///
/// The edit script is Myers' shortest one, so the output matches what `diff -u` and git print
/// for the same change closely enough for a reader to follow.
public enum UnifiedDiff {
  /// The diff turning `old` into `new`, or `""` when they are equal. A `nil` side is a file
  /// that does not exist and is named `/dev/null`.
  public static func render(old: String?, new: String?, path: String, context: Int = 3) -> String {
    let oldLines = lines(old ?? "")
    let newLines = lines(new ?? "")
    guard oldLines != newLines else { return "" }
    let edits = MyersDiff.edits(from: oldLines, to: newLines)
    var output = "--- " + (old == nil ? "/dev/null" : "a/" + path) + "\n"
    output += "+++ " + (new == nil ? "/dev/null" : "b/" + path) + "\n"
    for hunk in hunks(edits, context: max(0, context)) {
      output += hunk.header + "\n"
      for edit in hunk.edits {
        switch edit {
        case .keep(let oldIndex, _): output += line(" ", oldLines[oldIndex])
        case .delete(let oldIndex): output += line("-", oldLines[oldIndex])
        case .insert(let newIndex): output += line("+", newLines[newIndex])
        }
      }
    }
    return output
  }

  /// One line of text and whether a newline ended it (only the last line may lack one).
  struct Line: Hashable {
    var text: Substring
    var terminated: Bool
  }

  static func lines(_ text: String) -> [Line] {
    guard !text.isEmpty else { return [] }
    var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
    let terminated = pieces.last == ""
    if terminated { pieces.removeLast() }
    return pieces.enumerated().map { offset, piece in
      Line(text: piece, terminated: offset < pieces.count - 1 || terminated)
    }
  }

  private static func line(_ marker: Character, _ line: Line) -> String {
    String(marker) + line.text + (line.terminated ? "\n" : "\n\\ No newline at end of file\n")
  }

  struct Hunk {
    var edits: [MyersDiff.Edit]
    var header: String
  }

  /// Groups edits into hunks: changes closer than `2 * context` unchanged lines share one.
  static func hunks(_ edits: [MyersDiff.Edit], context: Int) -> [Hunk] {
    let changeIndices = edits.indices.filter { edits[$0].isChange }
    guard let firstChange = changeIndices.first else { return [] }
    var ranges: [ClosedRange<Int>] = []
    var start = firstChange
    var end = firstChange
    for index in changeIndices.dropFirst() {
      if index - end - 1 > 2 * context {
        ranges.append(start...end)
        start = index
      }
      end = index
    }
    ranges.append(start...end)
    return ranges.map { range in
      let lower = max(0, range.lowerBound - context)
      let upper = min(edits.count - 1, range.upperBound + context)
      let slice = Array(edits[lower...upper])
      return Hunk(edits: slice, header: header(for: slice, before: edits[..<lower]))
    }
  }

  private static func header(for slice: [MyersDiff.Edit], before: ArraySlice<MyersDiff.Edit>) -> String {
    let oldStart = before.filter(\.consumesOld).count
    let newStart = before.filter(\.consumesNew).count
    let oldCount = slice.filter(\.consumesOld).count
    let newCount = slice.filter(\.consumesNew).count
    // Unified-format convention: an empty side names the line before it.
    return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    switch count {
    case 0: return "\(start),0"
    case 1: return "\(start + 1)"
    default: return "\(start + 1),\(count)"
    }
  }
}
