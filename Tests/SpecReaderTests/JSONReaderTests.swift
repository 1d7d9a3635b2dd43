import SpecgenDiagnostics
import Testing

@testable import SpecReader

@Suite struct JSONReaderTests {
  @Test func positionsOfKeysValuesAndItems() throws {
    let node = try parse("{\n  \"a\": 1,\n  \"list\": [true, {\"b\": null}],\n  \"é\": \"x\"\n}")
    #expect(node.location == at(1, 1))
    #expect(node.mapping?.entry("a")?.keyLocation == at(2, 3))
    #expect(node["a"]?.location == at(2, 8))
    let list = try #require(node["list"]?.sequence)
    #expect(list.map(\.location) == [at(3, 12), at(3, 18)])
    #expect(list[1].mapping?.entry("b")?.keyLocation == at(3, 19))
    #expect(list[1]["b"]?.location == at(3, 24))
    #expect(node["é"]?.location == at(4, 8))
  }

  @Test func columnsStayRightOnALongSingleLine() throws {
    let items = (0..<200).map { "\"v\($0)\"" }.joined(separator: ",")
    let node = try parse("[" + items + "]")
    let sequence = try #require(node.sequence)
    // Each item `"vN",` is 5, 6 or 7 characters; item 150 follows `[` and 150 such items.
    #expect(sequence[150].location == at(1, 2 + 10 * 5 + 90 * 6 + 50 * 7))
    #expect(sequence[150].scalar?.text == "v150")
  }

  @Test func tokensBecomeScalarsWithTheRightStyles() throws {
    let node = try parse(#"{"s": "true", "t": true, "f": false, "n": null, "i": -12, "d": 1.5E+3}"#)
    #expect(node["s"]?.scalar == Scalar("true", style: .doubleQuoted))
    #expect(node["s"]?.scalar?.resolved == .string("true"))
    #expect(node["t"]?.scalar?.resolved == .bool(true))
    #expect(node["f"]?.scalar?.resolved == .bool(false))
    #expect(node["n"]?.scalar?.resolved == .null)
    #expect(node["i"]?.scalar?.resolved == .integer(-12))
    #expect(node["d"]?.scalar == Scalar("1.5E+3", style: .plain))
    #expect(node["d"]?.scalar?.resolved == .number("1.5E+3"))
  }

  @Test func bigNumbersKeepTheirText() throws {
    let node = try parse("[9223372036854776000, 1e400, -0, 0.1e-999, 9223372036854775807]")
    let values = try #require(node.sequence).compactMap { $0.scalar?.resolved }
    #expect(
      values == [
        .number("9223372036854776000"), .number("1e400"), .integer(0), .number("0.1e-999"),
        .integer(Int64.max),
      ])
  }

  @Test func escapesDecodeIncludingSurrogatePairs() throws {
    let node = try parse(#"["\ud83d\udc4d", "a\"b\\c\/d\b\f\n\r\t", "\u00e9\u0041", "x\u0000y"]"#)
    let texts = try #require(node.sequence).compactMap { $0.scalar?.text }
    #expect(texts == ["👍", "a\"b\\c/d\u{8}\u{c}\n\r\t", "éA", "x\u{0}y"])
  }

  @Test func unicodeTextIsKeptAsWritten() throws {
    let node = try parse("{\"ключ\": \"値 👍\"}")
    #expect(node["ключ"]?.scalar?.text == "値 👍")
  }

  @Test func emptyCollectionsAndNesting() throws {
    let node = try parse(#" { "o": {}, "a": [], "n": [[{}]] } "#)
    #expect(node["o"]?.mapping?.isEmpty == true)
    #expect(node["a"]?.sequence?.isEmpty == true)
    #expect(node["n"]?.sequence?.first?.sequence?.first?.mapping?.count == 0)
    #expect(node.location == at(1, 2))
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let node = try DocumentParser.parse([0xEF, 0xBB, 0xBF] + Array("\n {\"a\": 1}".utf8), file: "t")
    #expect(node.location == at(2, 2))
    #expect(node["a"]?.scalar?.resolved == .integer(1))
  }

  @Test func jsonAndYAMLBuildTheSameTree() throws {
    let json = try parse(#"{"a": [1, "x"], "b": {"c": null}}"#)
    let yaml = try parse("a: [1, \"x\"]\nb:\n  c: null\n")
    #expect(json.mapping?.keys == yaml.mapping?.keys)
    #expect(json["a"]?.sequence?.map(\.scalar) == yaml["a"]?.sequence?.map(\.scalar))
    #expect(json["b"]?["c"]?.scalar?.resolved == yaml["b"]?["c"]?.scalar?.resolved)
  }

  @Test func largeObjectsLookUpEveryKey() throws {
    let body = (0..<30).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let mapping = try #require(try parse("{" + body + "}").mapping)
    #expect(mapping.count == 30)
    for index in 0..<30 {
      #expect(mapping["k\(index)"]?.scalar?.resolved == .integer(Int64(index)))
    }
  }
}
