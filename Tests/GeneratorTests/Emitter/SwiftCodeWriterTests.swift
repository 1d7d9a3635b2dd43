import SwiftEmitter
import Testing

@Suite struct SwiftCodeWriterTests {
  @Test func blocksIndentAndBlankLinesAppearOnlyBetweenLines() {
    var writer = SwiftCodeWriter()
    writer.blankLine()
    writer.line("import A")
    writer.blankLine()
    writer.blankLine()
    writer.block("struct S") { writer in
      writer.blankLine()
      writer.line("var a: Int  ")
      writer.blankLine()
      writer.block("func f()") { _ in }
      writer.blankLine()
    }
    #expect(
      writer.text == """
        import A

        struct S {
          var a: Int

          func f() {}
        }

        """)
  }

  @Test func documentationWrapsParagraphsAndKeepsLists() {
    var writer = SwiftCodeWriter()
    let words = Array(repeating: "word", count: 30).joined(separator: " ")
    writer.documentation(words + "\n\nSecond paragraph.\n- item one\n- item two\n\n```\ncode   kept\n```")
    let lines = writer.text.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.hasPrefix("///") })
    #expect(lines.allSatisfy { $0.count <= 100 })
    #expect(lines.contains("///"))
    #expect(lines.contains("/// Second paragraph."))
    #expect(lines.contains("/// - item one"))
    #expect(lines.contains("/// - item two"))
    #expect(lines.contains("/// code   kept"))
    let text = lines.prefix { $0 != "///" }.map { $0.dropFirst(4) }.joined(separator: " ")
    #expect(text == words)
  }

  @Test func longListItemsWrapWithHangingIndent() {
    let item = "- " + Array(repeating: "alpha", count: 20).joined(separator: " ")
    let lines = DocCommentFormatter.lines(item, width: 40)
    #expect(lines.count > 1)
    #expect(lines[0].hasPrefix("- alpha"))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  alpha") })
  }

  @Test func longWordsAreNotBroken() {
    let url = "https://example.com/" + String(repeating: "x", count: 120)
    #expect(DocCommentFormatter.lines("See " + url + " here", width: 60) == ["See", url, "here"])
  }

  @Test func carriageReturnsAndTrailingSpacesAreNormalized() {
    #expect(DocCommentFormatter.lines("a  \r\nb\r\n\r\n\r\nc", width: 80) == ["a b", "", "c"])
  }

  @Test func aFileIsItsHeaderABlankLineAndItsBodyWithoutOuterBlankLines() {
    var header = SwiftCodeWriter()
    header.line("import SpecgenRuntime")
    header.blankLine()
    header.line("")
    var body = SwiftCodeWriter()
    body.line("")
    body.line("public struct A {}")
    body.blankLine()
    body.line("public struct B {}")
    body.line("")
    #expect(header.text(before: body) == "import SpecgenRuntime\n\npublic struct A {}\n\npublic struct B {}\n")
    #expect(SwiftCodeWriter().text(before: body) == "public struct A {}\n\npublic struct B {}\n")
    #expect(header.text(before: SwiftCodeWriter()) == "import SpecgenRuntime\n")
    #expect(SwiftCodeWriter().text(before: SwiftCodeWriter()) == "\n")
    #expect(body.text == "\npublic struct A {}\n\npublic struct B {}\n")
    #expect(SwiftCodeWriter().text == "\n")
    // Multi-byte text is copied byte for byte.
    var unicode = SwiftCodeWriter()
    unicode.line("/// café — 日本 🎥")
    #expect(unicode.text == "/// café — 日本 🎥\n")
  }
}
