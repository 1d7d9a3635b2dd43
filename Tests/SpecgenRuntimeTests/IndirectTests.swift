import Foundation
import SpecgenRuntime
import Testing

/// A recursive struct shaped like generated code; it must compile under Swift 6 strict concurrency.
struct TreeNode: Codable, Hashable, Sendable {
  var name: String
  @Indirect var parent: TreeNode?
}

/// A recursive field that is both optional and nullable.
struct Comment: Codable, Equatable, Sendable {
  var text: String
  @Indirect var reply: Nullable<Comment>?
}

/// A required recursive field inside an array (arrays already box; `Indirect` must still be transparent).
struct Folder: Codable, Equatable, Sendable {
  @Indirect var children: [Folder]
}

@Suite("Indirect")
struct IndirectTests {
  let chain = TreeNode(name: "leaf", parent: TreeNode(name: "mid", parent: TreeNode(name: "root", parent: nil)))

  @Test func encodesTransparentlyAndOmitsNil() throws {
    #expect(
      try encodeToJSON(chain) == #"{"name":"leaf","parent":{"name":"mid","parent":{"name":"root"}}}"#)
  }

  @Test func recursionRoundTrips() throws {
    #expect(try decodeFromJSON(TreeNode.self, try encodeToJSON(chain)) == chain)
  }

  @Test func absentAndNullDecodeAsNil() throws {
    #expect(try decodeFromJSON(TreeNode.self, #"{"name":"r"}"#) == TreeNode(name: "r", parent: nil))
    #expect(try decodeFromJSON(TreeNode.self, #"{"name":"r","parent":null}"#) == TreeNode(name: "r", parent: nil))
  }

  @Test func wrongNestedTypeThrows() {
    #expect(throws: DecodingError.self) { try decodeFromJSON(TreeNode.self, #"{"name":"r","parent":5}"#) }
  }

  @Test func equalityAndHashingFollowValues() {
    let copy = TreeNode(name: "leaf", parent: TreeNode(name: "mid", parent: TreeNode(name: "root", parent: nil)))
    #expect(copy == chain)
    #expect(copy.hashValue == chain.hashValue)
    #expect(Set([chain, copy]).count == 1)
    #expect(TreeNode(name: "leaf", parent: nil) != chain)
  }

  @Test func settingACopyDoesNotAffectTheOriginal() {
    var copy = chain
    copy.parent?.name = "changed"
    #expect(chain.parent?.name == "mid")
    #expect(copy.parent?.name == "changed")
    #expect(copy.parent?.parent == chain.parent?.parent)
  }

  @Test func crossesConcurrencyDomains() async {
    let node = chain
    let name = await Task.detached { node.parent?.parent?.name }.value
    #expect(name == "root")
  }

  @Test func nullableIndirectKeepsAbsentNullAndValueApart() throws {
    let absent = Comment(text: "a", reply: nil)
    let null = Comment(text: "a", reply: .null)
    let value = Comment(text: "a", reply: .value(Comment(text: "b", reply: nil)))
    #expect(try encodeToJSON(absent) == #"{"text":"a"}"#)
    #expect(try encodeToJSON(null) == #"{"reply":null,"text":"a"}"#)
    #expect(try encodeToJSON(value) == #"{"reply":{"text":"b"},"text":"a"}"#)
    for comment in [absent, null, value] {
      #expect(try decodeFromJSON(Comment.self, try encodeToJSON(comment)) == comment)
    }
  }

  @Test func requiredIndirectStaysRequired() throws {
    let folder = Folder(children: [Folder(children: [])])
    #expect(try encodeToJSON(folder) == #"{"children":[{"children":[]}]}"#)
    #expect(try decodeFromJSON(Folder.self, #"{"children":[{"children":[]}]}"#) == folder)
    #expect(throws: DecodingError.self) { try decodeFromJSON(Folder.self, "{}") }
  }

  @Test func wrapperIsUsableDirectly() throws {
    var boxed = Indirect(wrappedValue: 1)
    boxed.wrappedValue += 1
    #expect(boxed.wrappedValue == 2)
    #expect(boxed == Indirect(wrappedValue: 2))
    #expect(try encodeToJSON([boxed]) == "[2]")
  }
}
