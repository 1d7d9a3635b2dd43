import SpecgenDiagnostics
import Testing

@testable import SpecReader

@Suite struct JSONErrorTests {
  @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
    let diagnostic = try #require(parseDiagnostic("{\n  \"x\": 1,\n  \"y\": 2,\n  \"x\": 3\n}"))
    #expect(diagnostic.location == at(4, 3))
    #expect(diagnostic.message == "duplicate key 'x' (first at line 2)")
  }

  @Test func loneSurrogatesAreErrors() throws {
    let high = try #require(parseDiagnostic(#"["ok", "a\ud83d"]"#))
    #expect(high.location == at(1, 10))
    #expect(high.message.contains("lone surrogate"))
    let highThenOther = try #require(parseDiagnostic(#"["\ud83d\u0041"]"#))
    #expect(highThenOther.message.contains("lone surrogate"))
    let low = try #require(parseDiagnostic(#"["\udc4d"]"#))
    #expect(low.location == at(1, 3))
    #expect(low.message.contains("lone surrogate"))
  }

  @Test func controlCharactersInStringsAreErrors() throws {
    let diagnostic = try #require(parseDiagnostic("[\"a\tb\"]"))
    #expect(diagnostic.location == at(1, 4))
    #expect(diagnostic.message.contains("U+0009"))
    let newline = try #require(parseDiagnostic("[\"a\nb\"]"))
    #expect(newline.location == at(1, 4))
  }

  @Test func invalidEscapesAreErrors() throws {
    #expect(parseDiagnostic(#"["\x41"]"#)?.message.contains("invalid escape") == true)
    #expect(parseDiagnostic(#"["\u12"]"#)?.location == at(1, 3))
  }

  @Test func numbersFollowTheRFCGrammar() throws {
    let cases: [(String, Int)] = [("[01]", 2), ("[+1]", 2), ("[.5]", 2), ("[1.]", 4), ("[1e]", 4), ("[-]", 3)]
    for (text, column) in cases {
      let diagnostic = try #require(parseDiagnostic(text), "\(text)")
      #expect(diagnostic.location == at(1, column), "\(text)")
    }
  }

  @Test func trailingGarbageIsAnError() throws {
    let diagnostic = try #require(parseDiagnostic("{\"a\": 1}\n  x"))
    #expect(diagnostic.location == at(2, 3))
    #expect(diagnostic.message.contains("after the end of the JSON document"))
    #expect(parseDiagnostic("[1] [2]")?.location == at(1, 5))
  }

  @Test func structuralMistakesArePositioned() throws {
    #expect(parseDiagnostic("[1, 2,]")?.location == at(1, 7))
    #expect(parseDiagnostic("{\"a\" 1}")?.location == at(1, 6))
    #expect(parseDiagnostic("{a: 1}")?.location == at(1, 2))
    #expect(parseDiagnostic("{\"a\": 1,}")?.location == at(1, 9))
    #expect(parseDiagnostic("[tru]")?.location == at(1, 2))
    #expect(parseDiagnostic("[1 2]")?.location == at(1, 4))
  }

  @Test func truncatedInputIsAnError() throws {
    #expect(parseDiagnostic("{\"a\": [1, 2")?.message.contains("end of input") == true)
    #expect(parseDiagnostic("[\"abc")?.message == "unterminated string")
    #expect(parseDiagnostic("[\"abc")?.location == at(1, 2))
  }

  @Test func deepNestingIsAnErrorNotACrash() throws {
    let text = "\n" + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let diagnostic = try #require(parseDiagnostic(text))
    #expect(diagnostic.location == at(2, 257))
    #expect(diagnostic.message.contains("deeper than the limit of 256"))
    let objects = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
    #expect(parseDiagnostic(objects)?.location == at(1, 1 + 256 * 5))
  }

  @Test func invalidUTF8IsAPositionedError() throws {
    let bytes = Array("{\n \"é\": \"".utf8) + [0xC0, 0x80] + Array("\"}".utf8)
    let diagnostic = try #require(parseDiagnostic(bytes))
    #expect(diagnostic.location == at(2, 8))
    #expect(diagnostic.message.contains("invalid UTF-8"))
    #expect(parseDiagnostic([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D])?.location == at(1, 3))  // encoded surrogate
  }

  /// Runs of ASCII are checked eight bytes at a time: a bad byte at any offset of such a run, and
  /// well-formed multi-byte characters straddling one, are still found exactly.
  @Test func invalidUTF8IsFoundAtEveryOffsetOfAnASCIIRun() {
    let badSequences: [[UInt8]] = [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ]
    for bad in badSequences {
      for offset in 0..<20 {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + bad + Array("bcdefghijklmnopq".utf8)
        let found = bytes.withUnsafeBufferPointer { TextPosition.firstInvalidUTF8(in: $0) }
        #expect(found == offset, "\(bad) after \(offset) ASCII bytes")
      }
    }
    for offset in 0..<20 {
      let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + Array("é€😀 and more ASCII after".utf8)
      #expect(bytes.withUnsafeBufferPointer { TextPosition.firstInvalidUTF8(in: $0) } == nil)
    }
  }

  @Test func nonScalarKeysCannotOccur() throws {
    #expect(parseDiagnostic("{[1]: 2}")?.message.contains("expected a string key") == true)
  }
}

@Suite struct JSONEdgeCaseTests {
  @Test func escapedAndLiteralKeysAreTheSameKey() throws {
    let diagnostic = try #require(parseDiagnostic(#"{"a": 1, "\u0061": 2}"#))
    #expect(diagnostic.message == "duplicate key 'a' (first at line 1)")
    #expect(diagnostic.location == at(1, 10))
  }

  @Test func crlfLineEndingsCountOnce() throws {
    let node = try parse("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    2\r\n  ]\r\n}\r\n")
    #expect(node["b"]?.sequence?.first?.location == at(4, 5))
    let yaml = try parse("a: 1\r\nb:\r\n  - 2\r\n")
    #expect(yaml["b"]?.sequence?.first?.location == at(3, 5))
  }
}
