import FrontEndSupport
import SpecReader
import SpecgenDiagnostics
import Testing

/// The shared located node: children carry their pointers, and a wrong kind is an error at the node.
@Suite struct LocatedNodeTests {
  @Test func childrenCarryTheirDocumentAndPointer() throws {
    let root = try FrontEndSupportFixture.document("a:\n  b/c: [x, y]\n")
    let list = try #require(root["a"]?["b/c"])
    #expect(list.location == NodeLocation(file: "spec.yaml", pointer: JSONPointer(["a", "b/c"])))
    #expect(list.location.description == "spec.yaml#/a/b~1c")
    let items = try list.items("a list")
    #expect(items.map(\.pointer.description) == ["#/a/b~1c/0", "#/a/b~1c/1"])
    #expect(try list.strings("a list of strings") == ["x", "y"])
    let entries = try root.entries("a mapping")
    #expect(entries.map(\.key) == ["a"])
    #expect(entries.first?.value.pointer == JSONPointer(["a"]))
    #expect(root["missing"] == nil)
  }

  @Test func aWrongKindIsAnErrorAtTheNodeNamingItsPointer() throws {
    let root = try FrontEndSupportFixture.document("name: 12\nlist: {}\n")
    let number = try #require(FrontEndSupportFixture.diagnostic { _ = try root.optionalString("name") })
    #expect(number.description == "spec.yaml:1:7: error: expected a string, found a number (at #/name)")
    let mapping = try #require(FrontEndSupportFixture.diagnostic { _ = try root["list"]?.items("a list of tags") })
    #expect(mapping.description == "spec.yaml:2:7: error: expected a list of tags, found a mapping (at #/list)")
  }

  @Test func scalarsReadAsTheirKind() throws {
    let root = try FrontEndSupportFixture.document("flag: true\ncount: 3\nnegative: -1\n")
    #expect(try root.optionalBool("flag") == true)
    #expect(try root.optionalCount("count") == 3)
    #expect(try root["negative"]?.integer() == -1)
    #expect(try root.optionalBool("absent") == nil)
    let negative = try #require(FrontEndSupportFixture.diagnostic { _ = try root.optionalCount("negative") })
    #expect(negative.message == "expected a non-negative integer, found a number")
  }

  @Test func warningsArePositionedLikeErrors() throws {
    let root = try FrontEndSupportFixture.document("a:\n  b: 1\n")
    let node = try #require(root["a"]?["b"])
    let warning = node.warning("b is odd")
    #expect(warning.description == "spec.yaml:2:6: warning: b is odd (at #/a/b)")
    #expect(node.error("b is wrong").description == "spec.yaml:2:6: error: b is wrong (at #/a/b)")
  }
}
