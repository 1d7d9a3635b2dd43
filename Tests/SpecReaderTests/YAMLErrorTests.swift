import SpecgenDiagnostics
import Testing

@testable import SpecReader

@Suite struct YAMLErrorTests {
  @Test func syntaxErrorNamesLibyamlProblemAndPosition() throws {
    let diagnostic = try #require(parseDiagnostic("a: 1\nb: c: d\n"))
    #expect(diagnostic.location == at(2, 5))
    #expect(diagnostic.message == "mapping values are not allowed in this context")
    #expect(diagnostic.description.hasPrefix("t:2:5: error: mapping values"))
  }

  @Test func unclosedFlowSequenceIncludesLibyamlContext() throws {
    let diagnostic = try #require(parseDiagnostic("a: [1, 2\nb: 3\n"))
    #expect(diagnostic.message.contains("while parsing a flow sequence"))
    #expect(diagnostic.location?.line == 2)
  }

  @Test func tabIndentationIsAPositionedError() throws {
    let diagnostic = try #require(parseDiagnostic("a:\n\tb: 1\n"))
    #expect(diagnostic.location == at(2, 1))
    #expect(diagnostic.message.contains("tab"))
  }

  @Test func tabAfterSpacesInIndentationIsAPositionedError() throws {
    let diagnostic = try #require(parseDiagnostic("a:\n  b: 1\n\tc: 2\n"))
    #expect(diagnostic.location == at(3, 1))
    #expect(diagnostic.message.contains("tab"))
  }

  @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
    let diagnostic = try #require(parseDiagnostic("x: 1\ny:\n  z: 2\nx: 3\n"))
    #expect(diagnostic.location == at(4, 1))
    #expect(diagnostic.message == "duplicate key 'x' (first at line 1)")
  }

  @Test func duplicateKeyInALargeMappingUsesTheIndex() throws {
    let text = (0..<20).map { "k\($0): v" }.joined(separator: "\n") + "\nk3: again\n"
    let diagnostic = try #require(parseDiagnostic(text))
    #expect(diagnostic.location == at(21, 1))
    #expect(diagnostic.message == "duplicate key 'k3' (first at line 4)")
  }

  @Test func nonScalarKeyIsAnError() throws {
    let diagnostic = try #require(parseDiagnostic("? [a, b]\n: c\n"))
    #expect(diagnostic.location == at(1, 3))
    #expect(diagnostic.message.contains("must be a scalar"))
  }

  @Test func billionLaughsStopsAtTheExpansionLimit() throws {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(refs)]")
    }
    let diagnostic = try #require(parseDiagnostic(lines.joined(separator: "\n")))
    #expect(diagnostic.message.hasPrefix("aliases expand to more than 100000 nodes"))
    #expect(diagnostic.location?.line == 5)  // a0…a3 add 12330 nodes; the 8th *a3 on line 5 passes 100000
  }

  @Test func expansionLimitCountsEachAliasUse() throws {
    let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
    #expect(throws: Never.self) { try parse(text, limits: ReaderLimits(maxAliasExpansion: 8)) }
    let diagnostic = try #require(parseDiagnostic(text, limits: ReaderLimits(maxAliasExpansion: 7)))
    #expect(diagnostic.location == at(2, 9))
  }

  @Test func unknownAndRecursiveAliasesAreErrors() throws {
    let unknown = try #require(parseDiagnostic("a: *nowhere\n"))
    #expect(unknown.location == at(1, 4))
    #expect(unknown.message.contains("unknown anchor"))
    let recursive = try #require(parseDiagnostic("a: &r [1, *r]\n"))
    #expect(recursive.location == at(1, 11))
    #expect(recursive.message.contains("contains it"))
  }

  @Test func deepFlowNestingStopsAtTheDepthLimit() throws {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let diagnostic = try #require(parseDiagnostic(text))
    #expect(diagnostic.location == at(1, 257))
    #expect(diagnostic.message.contains("deeper than the limit of 256"))
  }

  @Test func deepBlockNestingStopsAtTheDepthLimit() throws {
    let text = (0..<6).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " x\n"
    let diagnostic = try #require(parseDiagnostic(text, limits: ReaderLimits(maxDepth: 3)))
    #expect(diagnostic.location == at(4, 7))
  }

  @Test func invalidUTF8IsAPositionedError() throws {
    let bytes = Array("a: ok\nb: x".utf8) + [0xFF] + Array("\n".utf8)
    let diagnostic = try #require(parseDiagnostic(bytes))
    #expect(diagnostic.location == at(2, 5))
    #expect(diagnostic.message.contains("UTF-8"))
  }

  @Test func emptyDocumentsAreErrors() throws {
    for text in ["", "# only a comment\n", "---\n", "\n\n"] {
      let diagnostic = try #require(parseDiagnostic(text), "\(text.debugDescription)")
      #expect(diagnostic.message == "the document is empty")
    }
  }

  @Test func multipleDocumentsAreAnError() throws {
    let diagnostic = try #require(parseDiagnostic("a: 1\n---\nb: 2\n"))
    #expect(diagnostic.location == at(2, 1))
    #expect(diagnostic.message.hasPrefix("expected a single document"))
  }

  @Test func inputOverTheSizeLimitIsRefusedBeforeParsing() throws {
    let diagnostic = try #require(parseDiagnostic("a: [", limits: ReaderLimits(maxInputBytes: 3)))
    #expect(diagnostic.message == "'t' is 4 bytes, more than the limit of 3")
  }
}
