import SchemaIR
import SpecgenDiagnostics
import Testing

@testable import LexiconFrontEnd

/// With namespaces named, their lexicons are translated in full and every other lexicon only as far as
/// they reach it (`NamespaceSelection`).
@Suite struct LexiconNamespaceSelectionTests {
  /// The application's own lexicons: a record, a query, and one under a longer name.
  static let application: [String: String] = [
    "com/example/app/thing.json": LexiconFixture.lexicon(
      "com.example.app.thing",
      """
      "main": {"type": "record", "key": "tid", "record": {"type": "object", "properties": {
        "shared": {"type": "ref", "ref": "org.other.defs#used"},
        "reason": {"type": "string", "knownValues": ["org.other.defs#chosenToken"]},
        "nestedOnly": {"type": "ref", "ref": "org.other.shape#inner"}}}},
      "unused": {"type": "object", "properties": {}}
      """),
    "com/example/app/getThing.json": LexiconFixture.lexicon(
      "com.example.app.getThing",
      """
      "main": {"type": "query", "output": {"encoding": "application/json",
        "schema": {"type": "ref", "ref": "org.other.defs#answer"}}}
      """),
    "com/example/app/sub/deep.json": LexiconFixture.lexicon(
      "com.example.app.sub.deep", #""main": {"type": "token"}"#),
  ]

  /// Lexicons the application references, each with more than it needs.
  static let others: [String: String] = [
    "org/other/defs.json": LexiconFixture.lexicon(
      "org.other.defs",
      """
      "used": {"type": "object", "properties": {"next": {"type": "ref", "ref": "org.other.chain"}}},
      "answer": {"type": "object", "properties": {"items": {"type": "array",
        "items": {"type": "union", "refs": ["#used"]}}}},
      "unused": {"type": "object", "properties": {"next": {"type": "ref", "ref": "org.other.never"}}},
      "chosenToken": {"type": "token"},
      "otherToken": {"type": "token"}
      """),
    "org/other/chain.json": LexiconFixture.lexicon(
      "org.other.chain", #""main": {"type": "object", "properties": {"label": {"type": "string"}}}"#),
    "org/other/never.json": LexiconFixture.lexicon(
      "org.other.never", #""main": {"type": "object", "properties": {}}"#),
    "org/other/shape.json": LexiconFixture.lexicon(
      "org.other.shape",
      """
      "main": {"type": "object", "properties": {"size": {"type": "ref", "ref": "#size"}}},
      "inner": {"type": "object", "properties": {}},
      "size": {"type": "object", "properties": {}},
      "notReached": {"type": "object", "properties": {}}
      """),
    "org/other/record.json": LexiconFixture.lexicon(
      "org.other.record", #""main": {"type": "record", "key": "tid", "record": {"type": "object", "properties": {}}}"#),
    "org/other/call.json": LexiconFixture.lexicon(
      "org.other.call", #""main": {"type": "query", "output": {"encoding": "application/json"}}"#),
    "com/example/apple.json": LexiconFixture.lexicon(
      "com.example.apple", #""main": {"type": "object", "properties": {}}"#),
  ]

  private func translate(namespaces: [String]) throws -> SchemaModule {
    try LexiconFixture.translate(Self.application.merging(Self.others) { first, _ in first }, namespaces: namespaces)
      .module
  }

  @Test func keepsTheNamespacesInFullAndOtherLexiconsAsFarAsReferenced() throws {
    let module = try translate(namespaces: ["com.example.app"])
    #expect(
      module.declarations.map(\.id.rawValue) == [
        "com.example.app.thing#main", "com.example.app.thing#main/record/properties/reason",
        "com.example.app.thing#unused", "org.other.chain#main", "org.other.defs#used", "org.other.defs#answer",
        "org.other.defs#answer/properties/items/items", "org.other.shape#main", "org.other.shape#inner",
        "org.other.shape#size", "lexicon:AnyRecord",
      ])
    // The token the kept enumeration lists stays; the other token of its file, and none of the
    // application's own, is lost.
    #expect(module.constants.map(\.id.rawValue) == ["com.example.app.sub.deep#main", "org.other.defs#chosenToken"])
    #expect(module.operations.map(\.name) == ["com.example.app.getThing"])
  }

  @Test func anyRecordListsOnlyTheRecordsKept() throws {
    let module = try translate(namespaces: ["com.example.app"])
    guard case .union(let records)? = module.declarations.last?.kind else {
      Issue.record("expected AnyRecord last")
      return
    }
    #expect(records.variants.map(\.type) == [.named(TypeID("com.example.app.thing#main"))])
  }

  @Test func withoutNamespacesEveryLexiconIsTranslated() throws {
    let module = try translate(namespaces: [])
    #expect(module.declarations.contains { $0.id == TypeID("org.other.never#main") })
    #expect(module.declarations.contains { $0.id == TypeID("org.other.shape#notReached") })
    #expect(module.operations.map(\.name) == ["com.example.app.getThing", "org.other.call"])
    #expect(module.constants.count == 3)
  }

  @Test func aNamespaceCoversWholeSegmentsOnly() throws {
    let module = try translate(namespaces: ["com.example.app", "org.other.never"])
    #expect(!module.declarations.contains { $0.id == TypeID("com.example.apple#main") })
    #expect(module.declarations.contains { $0.id == TypeID("org.other.never#main") })
    let apple = try translate(namespaces: ["com.example.apple"])
    #expect(apple.declarations.map(\.id.rawValue) == ["com.example.apple#main"])
  }

  @Test func theDomainAuthorityMatchesInAnyCaseAndTheNameExactly() throws {
    #expect(NamespaceSelection.covers("place.stream.chat.message", "Place.STREAM"))
    #expect(NamespaceSelection.covers("place.stream.chat.message", "place.stream.Chat"))
    #expect(NamespaceSelection.covers("place.stream.chat.message", "PLACE.stream.chat.message"))
    #expect(NamespaceSelection.covers("place.stream.chat.message", "place.stream.chat.Message") == false)
    #expect(NamespaceSelection.covers("place.streamer.chat", "Place.Stream") == false)
    #expect(NamespaceSelection.covers("place.stream", "place.stream.chat") == false)
    let upper = try translate(namespaces: ["COM.Example.apple"])
    #expect(upper.declarations.map(\.id.rawValue) == ["com.example.apple#main"])
    #expect(throws: DiagnosticError.self) { try translate(namespaces: ["com.example.APPLE"]) }
  }

  @Test func aNamespaceThatMatchesNoLexiconIsAnError() throws {
    let error = #expect(throws: DiagnosticError.self) {
      try LexiconFixture.translate(
        Self.application.merging(Self.others) { first, _ in first }, namespaces: ["com.example.app", "com.exampel"])
    }
    #expect(
      error?.diagnostics.map(\.description) == [
        "error: namespace 'com.exampel' matches no lexicon in the input: name an NSID such as"
          + " 'com.example.app.getThing' or a prefix of one"
      ])
  }
}
