import SpecgenDiagnostics
import Testing

@testable import SpecReader

@Suite struct YAMLPositionTests {
  @Test func mappingKeysAndValuesHaveTheirOwnPositions() throws {
    let node = try parse("openapi: 3.1.0\ninfo:\n  title: Demo\n  version: '1'\n")
    #expect(node.location == at(1, 1))
    let info = try #require(node.mapping?.entry("info"))
    #expect(info.keyLocation == at(2, 1))
    #expect(info.value.location == at(3, 3))
    #expect(info.value.mapping?.entry("version")?.keyLocation == at(4, 3))
    #expect(info.value["version"]?.location == at(4, 12))
    #expect(node["openapi"]?.location == at(1, 10))
  }

  @Test func sequenceItemsAndNestedFlowCollections() throws {
    let node = try parse("tags:\n  - a\n  - {name: b, list: [x, 'y']}\n")
    let items = try #require(node["tags"]?.sequence)
    #expect(items.count == 2)
    #expect(items[0].location == at(2, 5))
    #expect(items[1].location == at(3, 5))
    #expect(items[1].mapping?.entry("list")?.keyLocation == at(3, 15))
    let list = try #require(items[1]["list"]?.sequence)
    #expect(list.map(\.location) == [at(3, 22), at(3, 25)])
  }

  @Test func columnsCountUnicodeScalarsNotBytes() throws {
    let node = try parse("é👍: [ü, z]\n")
    let entry = try #require(node.mapping?.entries.first)
    #expect(entry.key == "é👍")
    #expect(entry.value.location == at(1, 5))
    #expect(entry.value.sequence?.last?.location == at(1, 9))
  }

  @Test func scalarStylesAndExplicitTagsAreKept() throws {
    let node = try parse("p: plain\ns: 'single'\nd: \"double\"\nl: |\n  lit\nf: >\n  fold\nt: !!str 12\nc: !custom x\n")
    #expect(node["p"]?.scalar?.style == .plain)
    #expect(node["s"]?.scalar?.style == .singleQuoted)
    #expect(node["d"]?.scalar?.style == .doubleQuoted)
    #expect(node["l"]?.scalar == Scalar("lit\n", style: .literal))
    #expect(node["f"]?.scalar == Scalar("fold\n", style: .folded))
    #expect(node["t"]?.scalar?.tag == "tag:yaml.org,2002:str")
    #expect(node["t"]?.scalar?.resolved == .string("12"))
    #expect(node["c"]?.scalar?.tag == "!custom")
    #expect(node["p"]?.scalar?.tag == nil)
  }

  @Test func coreSchemaResolutionOfPlainScalars() throws {
    let node = try parse("a: yes\nb: true\nc: ~\nd: 0755\ne: 1.5e3\nf: '1'\ng: 9223372036854775808\n")
    #expect(node["a"]?.scalar?.resolved == .string("yes"))
    #expect(node["b"]?.scalar?.resolved == .bool(true))
    #expect(node["c"]?.scalar?.resolved == .null)
    #expect(node["d"]?.scalar?.resolved == .integer(755))
    #expect(node["e"]?.scalar?.resolved == .number("1.5e3"))
    #expect(node["f"]?.scalar?.resolved == .string("1"))
    #expect(node["g"]?.scalar?.resolved == .number("9223372036854775808"))
  }

  @Test func aliasSharesTheAnchoredNode() throws {
    let node = try parse("base: &b {type: string}\nother: *b\nlist: [*b, *b]\n")
    let base = try #require(node["base"])
    #expect(node["other"] === base)
    #expect(node["list"]?.sequence?.allSatisfy { $0 === base } == true)
  }

  @Test func scalarAliasMayBeAKey() throws {
    let node = try parse("a: &k name\n*k : value\n")
    #expect(node["name"]?.scalar?.text == "value")
  }

  @Test func mergeKeyIsAnOrdinaryKey() throws {
    let node = try parse("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n")
    let derived = try #require(node["derived"]?.mapping)
    #expect(derived.keys == ["<<", "y"])
    #expect(derived["x"] == nil)
  }

  @Test func byteOrderMarkIsAcceptedAndNotAColumn() throws {
    let node = try DocumentParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "t")
    #expect(node.mapping?.entry("a")?.keyLocation == at(1, 1))
    #expect(node["a"]?.scalar?.resolved == .integer(1))
  }

  @Test func keyOrderIsDocumentOrderInLargeMappings() throws {
    let keys = (0..<40).map { "k\(39 - $0)" }
    let node = try parse(keys.map { "\($0): \($0)" }.joined(separator: "\n"))
    let mapping = try #require(node.mapping)
    #expect(mapping.keys == keys)
    #expect(mapping["k7"]?.scalar?.text == "k7")
    #expect(mapping["k7"]?.location == at(33, 5))
    #expect(mapping["missing"] == nil)
  }
}
