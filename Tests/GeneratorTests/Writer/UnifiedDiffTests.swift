import OutputWriter
import Testing

@Suite struct UnifiedDiffTests {
  private func numbered(_ range: ClosedRange<Int>) -> String {
    range.map { "line \($0)\n" }.joined()
  }

  @Test func equalTextsHaveNoDiff() {
    #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", path: "x.swift") == "")
  }

  @Test func oneChangedLineGetsThreeLinesOfContextAndGitStyleHeaders() {
    let old = numbered(1...10)
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    let expected = """
      --- a/Out/x.swift
      +++ b/Out/x.swift
      @@ -2,7 +2,7 @@
       line 2
       line 3
       line 4
      -line 5
      +line five
       line 6
       line 7
       line 8

      """
    #expect(UnifiedDiff.render(old: old, new: new, path: "Out/x.swift") == expected)
  }

  @Test func distantChangesMakeSeparateHunksAndCloseOnesShareOne() {
    let old = numbered(1...20)
    let distant = old.replacingOccurrences(of: "line 2\n", with: "").replacingOccurrences(
      of: "line 18\n", with: "line 18\nextra\n")
    let diff = UnifiedDiff.render(old: old, new: distant, path: "f")
    #expect(
      diff.components(separatedBy: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,4 @@", "@@ -16,5 +15,6 @@"])

    let close = old.replacingOccurrences(of: "line 5\n", with: "").replacingOccurrences(
      of: "line 11\n", with: "eleven\n")
    let closeDiff = UnifiedDiff.render(old: old, new: close, path: "f")
    #expect(closeDiff.components(separatedBy: "\n").filter { $0.hasPrefix("@@") } == ["@@ -2,13 +2,12 @@"])
  }

  @Test func missingSidesAreDevNull() {
    #expect(
      UnifiedDiff.render(old: nil, new: "a\nb\n", path: "n.swift")
        == "--- /dev/null\n+++ b/n.swift\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    #expect(
      UnifiedDiff.render(old: "a\n", new: nil, path: "o.swift") == "--- a/o.swift\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n")
  }

  @Test func aMissingFinalNewlineIsMarked() {
    let diff = UnifiedDiff.render(old: "a\nb", new: "a\nb\n", path: "f")
    #expect(diff == "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
  }

  @Test func theEditScriptIsMinimal() {
    // Myers finds the shortest script: one insertion and one deletion, not a rewrite.
    let diff = UnifiedDiff.render(old: "a\nb\nc\na\nb\nb\na\n", new: "c\nb\na\nb\na\nc\n", path: "f")
    let changes = diff.split(separator: "\n").dropFirst(3).filter { $0.hasPrefix("+") || $0.hasPrefix("-") }
    #expect(changes.count == 5)
  }

  @Test func veryDifferentLongFilesStillDiffCorrectly() {
    let old = (0..<3000).map { "old \($0)\n" }.joined()
    let new = (0..<3000).map { "new \($0)\n" }.joined()
    let diff = UnifiedDiff.render(old: old, new: new, path: "f")
    let lines = diff.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("-old") }.count == 3000)
    #expect(lines.filter { $0.hasPrefix("+new") }.count == 3000)
  }
}
