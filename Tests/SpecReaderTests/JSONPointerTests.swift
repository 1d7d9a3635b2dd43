import Testing

@testable import SpecReader

/// RFC 6901 array indexes: `0` or digits without a leading zero; nothing else names an item.
@Suite struct JSONPointerTests {
  @Test func arrayIndexesFollowRFC6901() throws {
    let root = try parse("list: [a, b, c]\n")
    func item(_ token: String) -> String? {
      JSONPointer(fragment: "#/list/" + token)?.resolve(in: root)?.scalar?.text
    }
    #expect(item("0") == "a")
    #expect(item("2") == "c")
    for token in ["01", "00", "+1", "-0", " 1", "1 ", "3", "", "1e0"] {
      #expect(item(token) == nil, "'\(token)' is not an index")
    }
  }
}
