import SchemaIR
import Testing

/// References in their three forms, across files, and unions tagged by `$type`.
@Suite struct LexiconReferenceTests {
  static let defs = LexiconFixture.lexicon(
    "com.example.defs",
    """
    "view": {"type": "object", "properties": {"id": {"type": "string"}}},
    "other": {"type": "object", "properties": {}}
    """)
  static let record = LexiconFixture.lexicon(
    "com.example.post",
    #""main": {"type": "record", "key": "tid", "record": {"type": "object", "properties": {}}}"#)
  static let user = LexiconFixture.lexicon(
    "com.example.feed",
    """
    "main": {"type": "object", "properties": {
      "local": {"type": "ref", "ref": "#item"},
      "post": {"type": "ref", "ref": "com.example.post"},
      "view": {"type": "ref", "ref": "com.example.defs#view"},
      "open": {"type": "union", "refs": ["com.example.post", "com.example.defs#view", "#item"]},
      "closed": {"type": "union", "closed": true, "refs": ["com.example.post#main", "com.example.defs#other"]}}},
    "item": {"type": "object", "properties": {}}
    """)

  private func translateAll(input: String = "") throws -> SchemaModule {
    try LexiconFixture.translate(
      [
        "com/example/defs.json": Self.defs, "com/example/post.json": Self.record,
        "com/example/feed.json": Self.user,
      ], input: input
    ).module
  }

  @Test func resolvesTheThreeReferenceFormsAcrossFiles() throws {
    let feed = try #require(try translateAll().object("com.example.feed#main"))
    #expect(feed.field("local")?.type == .named(TypeID("com.example.feed#item")))
    #expect(feed.field("post")?.type == .named(TypeID("com.example.post#main")))
    #expect(feed.field("view")?.type == .named(TypeID("com.example.defs#view")))
  }

  @Test func openUnionIsTaggedWithFullReferencesAndBareNSIDForMain() throws {
    let module = try translateAll()
    let union = try #require(module.union("com.example.feed#main/properties/open"))
    #expect(union.discriminator == "$type")
    #expect(union.tagging == .atProtocolType)
    #expect(union.isOpen)
    // A main definition answers to its bare NSID (written) and to `nsid#main`.
    #expect(
      union.variants.map(\.tags) == [
        ["com.example.post", "com.example.post#main"], ["com.example.defs#view"], ["com.example.feed#item"],
      ])
    #expect(union.variants.map(\.sourceName) == ["post", "view", "item"])
    #expect(
      union.variants.map(\.type) == [
        .named(TypeID("com.example.post#main")), .named(TypeID("com.example.defs#view")),
        .named(TypeID("com.example.feed#item")),
      ])
    let declaration = try #require(module.declaration(named: "com.example.feed#main/properties/open"))
    #expect(declaration.parent == TypeID("com.example.feed#main"))
    #expect(declaration.sourceName == "open")
  }

  @Test func closedUnionAcceptsHashMainAndTagsItWithoutIt() throws {
    let union = try #require(try translateAll().union("com.example.feed#main/properties/closed"))
    #expect(union.isOpen == false)
    #expect(union.variants.map(\.tags) == [["com.example.post", "com.example.post#main"], ["com.example.defs#other"]])
  }

  @Test func unionVariantsWithTheSameDefinitionNameAreNamedByTheirTag() throws {
    let module = try LexiconFixture.translate([
      "a/b/one.json": LexiconFixture.lexicon("a.b.one", #""view": {"type": "object", "properties": {}}"#),
      "a/b/two.json": LexiconFixture.lexicon(
        "a.b.two",
        """
        "view": {"type": "object", "properties": {}},
        "either": {"type": "union", "refs": ["a.b.one#view", "#view", "a.b.two#view"]}
        """),
    ]).module
    let union = try #require(module.union("a.b.two#either"))
    #expect(union.variants.map(\.sourceName) == ["a.b.one#view", "a.b.two#view"])
  }

  @Test func oneFileInputReadsReferencedLexiconsFromTheLayout() throws {
    let module = try translateAll(input: "com/example/feed.json")
    #expect(module.declaration(named: "com.example.defs#view") != nil)
    #expect(module.declaration(named: "com.example.post#main") != nil)
    #expect(module.declarations.first?.id == TypeID("com.example.defs#view"))
  }

  @Test func folderInputReadsEveryJSONFileBelowIt() throws {
    let module = try LexiconFixture.translate(
      [
        "lexicons/com/example/defs.json": Self.defs, "lexicons/com/example/post.json": Self.record,
        "notes.txt": "not a lexicon",
      ], input: "lexicons"
    ).module
    #expect(
      module.declarations.map(\.id.rawValue) == [
        "com.example.defs#view", "com.example.defs#other", "com.example.post#main", "lexicon:AnyRecord",
      ])
  }

  @Test func declarationOrderIsByNSIDThenDefinitionOrderWhateverTheFileNames() throws {
    let files = [
      "z.json": LexiconFixture.lexicon("com.example.alpha", #""b": {"type": "token"}, "a": {"type": "token"}"#),
      "a.json": LexiconFixture.lexicon("com.example.beta", #""main": {"type": "token"}"#),
    ]
    let results = try LexiconFixture.translate(files, times: 2)
    let (first, second) = (results[0], results[1])
    // Tokens are constants, which keep the same order as declarations.
    #expect(
      first.module.constants.map(\.id.rawValue) == [
        "com.example.alpha#b", "com.example.alpha#a", "com.example.beta#main",
      ])
    #expect(first.module == second.module)
    #expect(first.warnings.map(\.message) == second.warnings.map(\.message))
  }
}
