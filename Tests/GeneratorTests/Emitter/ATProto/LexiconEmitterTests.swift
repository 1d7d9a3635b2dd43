import SchemaIR
import SwiftEmitter
import Testing

/// Lexicon-shaped IR in, Swift out: NSID namespaces, `$type`, AT types, unions, tokens, empty objects.
@Suite struct LexiconEmitterTests {
  typealias F = EmitterFixture

  static func tagged(
    _ id: String, parent: String? = nil, name: String, _ fields: [Field], tag: String? = nil, record: Bool = false
  ) -> TypeDeclaration {
    var object = ObjectType(fields: fields, additionalProperties: .kept(.any), typeTag: tag)
    object.isRecord = record
    return TypeDeclaration(id: TypeID(id), parent: parent.map(TypeID.init), sourceName: name, kind: .object(object))
  }

  static func string(_ format: LexiconStringFormat) -> TypeReference { .primitive(.lexiconString(format)) }

  /// A small lexicon module: a record with a nested def, an operation body, a namespace that is also a type,
  /// unions, a token and empty objects.
  static let declarations: [TypeDeclaration] = [
    tagged(
      "place.stream.livestream#main", name: "place.stream.livestream",
      [
        Field(jsonName: "title", type: .primitive(.string), isRequired: true),
        Field(jsonName: "tag", type: .primitive(.string)),
        Field(jsonName: "createdAt", type: string(.datetime), isRequired: true),
        Field(jsonName: "streamer", type: string(.did)),
        Field(jsonName: "url", type: string(.uri)),
        Field(jsonName: "thumb", type: .primitive(.blob)),
        Field(jsonName: "sig", type: .primitive(.atBytes)),
        Field(jsonName: "root", type: .primitive(.cidLink)),
        Field(jsonName: "lang", type: string(.language)),
        Field(jsonName: "settings", type: F.named("place.stream.livestream#settings")),
      ], tag: "place.stream.livestream", record: true),
    tagged(
      "place.stream.livestream#settings", parent: "place.stream.livestream#main", name: "settings", [],
      tag: "place.stream.livestream#settings"),
    // A def named like a runtime type, nested in the record: fields of format `language` must still mean
    // the runtime's `Language`.
    tagged(
      "place.stream.livestream#language", parent: "place.stream.livestream#main", name: "language",
      [Field(jsonName: "code", type: string(.language))], tag: "place.stream.livestream#language"),
    // `place.stream.livestream.chat` makes `place.stream.livestream` a namespace too: the record hosts it.
    tagged("place.stream.livestream.chat#main", name: "place.stream.livestream.chat", [], tag: "x"),
    tagged(
      "place.stream.moderation.updateLivestream#main/input/schema",
      name: "place.stream.moderation.updateLivestream.input",
      [Field(jsonName: "streamer", type: string(.did), isRequired: true)]),
    F.declaration(
      "place.stream.defs#event", name: "place.stream.defs.event",
      .union(
        UnionType(
          variants: [
            .init(
              sourceName: "livestream", type: F.named("place.stream.livestream#main"),
              tags: ["place.stream.livestream", "place.stream.livestream#main"]
            ),
            .init(
              sourceName: "settings", type: F.named("place.stream.livestream#settings"),
              tags: ["place.stream.livestream#settings"]),
          ], discriminator: "$type", tagging: .atProtocolType, isOpen: true))),
    F.declaration(
      "place.stream.defs#strictEvent", name: "place.stream.defs.strictEvent",
      .union(
        UnionType(
          variants: [
            .init(
              sourceName: "livestream", type: F.named("place.stream.livestream#main"),
              tags: ["place.stream.livestream", "place.stream.livestream#main"]
            )
          ], discriminator: "$type", tagging: .atProtocolType, isOpen: false))),
    F.declaration(
      "place.stream.defs#listPurpose", name: "place.stream.defs.listPurpose",
      .enumeration(
        EnumerationType(
          rawType: .string,
          cases: [
            .init(value: .string("app.bsky.graph.defs#modlist")), .init(value: .string("place.stream.graph#modlist")),
            .init(value: .string("a#b")), .init(value: .string("plain-value")),
          ], isOpen: true))),
    F.declaration("place.stream.defs#handleAlias", name: "place.stream.defs.handleAlias", .alias(string(.handle))),
  ].map(F.namespaced)

  static let operation = Operation(
    name: "place.stream.moderation.updateLivestream", method: "POST",
    path: "/xrpc/place.stream.moderation.updateLivestream", documentation: Documentation(description: "Update it."),
    resourcePath: ["place", "stream", "moderation"],
    callProtocol: .xrpc(nsid: "place.stream.moderation.updateLivestream"),
    namespace: ["place", "stream", "moderation", "updateLivestream"])

  /// Tokens: in a namespace, in a record (beside a field of the same name), in an XRPC namespace (where
  /// `request` is taken), and alone in a lexicon, whose namespace they bring.
  static let constants = [
    ConstantDeclaration(
      id: TypeID("place.stream.defs#featured"), sourceName: "featured",
      value: "place.stream.defs#featured", documentation: Documentation(description: "Streams picked by the editors."),
      namespace: ["place", "stream", "defs"]),
    ConstantDeclaration(
      id: TypeID("place.stream.livestream#title"), parent: TypeID("place.stream.livestream#main"), sourceName: "title",
      value: "place.stream.livestream#title"),
    ConstantDeclaration(
      id: TypeID("place.stream.moderation.updateLivestream#request"), sourceName: "request",
      value: "place.stream.moderation.updateLivestream#request",
      namespace: ["place", "stream", "moderation", "updateLivestream"]),
    ConstantDeclaration(
      id: TypeID("place.stream.marker#live"), sourceName: "live", value: "place.stream.marker#live",
      namespace: ["place", "stream", "marker"]),
  ]

  static let files: [EmittedFile] = {
    var module = SchemaModule(declarations: declarations, operations: [operation])
    module.constants = constants
    return SwiftEmitter(options: EmitterOptions(moduleName: "PlaceStream")).emit(module)
  }()

  static func file(_ path: String) -> String { F.file(path, in: files) }

  @Test func dottedNamesBecomeNamespacesDeclaredOnceEach() {
    #expect(
      Self.files.map(\.path) == [
        "PlaceStream.Defs+Tokens.swift", "PlaceStream.Defs.Event.swift", "PlaceStream.Defs.HandleAlias.swift",
        "PlaceStream.Defs.ListPurpose.swift", "PlaceStream.Defs.StrictEvent.swift", "PlaceStream.Defs.swift",
        "PlaceStream.Livestream+Tokens.swift", "PlaceStream.Livestream.Chat.swift", "PlaceStream.Livestream.swift",
        "PlaceStream.Marker+Tokens.swift", "PlaceStream.Marker.swift",
        "PlaceStream.Moderation.UpdateLivestream+Tokens.swift", "PlaceStream.Moderation.UpdateLivestream.Input.swift",
        "PlaceStream.Moderation.UpdateLivestream.swift", "PlaceStream.Moderation.swift", "PlaceStream.swift",
        // The XRPC client, its NSID namespaces, and the method with its request builder (see
        // Tests/GeneratorTests/Operations).
        "PlaceStreamClient+Resources.swift", "PlaceStreamClient.Place.Stream.Moderation+UpdateLivestream.swift",
        "PlaceStreamClient.swift",
      ])
    #expect(
      Self.file("PlaceStream.swift").hasSuffix("/// Lexicons under `place.stream`.\npublic enum PlaceStream {}\n"))
    #expect(
      Self.file("PlaceStream.Moderation.UpdateLivestream.swift")
        == "extension PlaceStream.Moderation {\n  /// Update it.\n  public enum UpdateLivestream {}\n}\n")
    #expect(
      Self.file("PlaceStream.Moderation.UpdateLivestream.Input.swift").contains(
        "extension PlaceStream.Moderation.UpdateLivestream {\n  public struct Input: Codable, Hashable, Sendable {\n"))
  }

  @Test func aTypeThatIsAlsoANamespaceHoldsItsMembers() {
    #expect(
      Self.file("PlaceStream.Livestream.Chat.swift").contains(
        "extension PlaceStream.Livestream {\n  public struct Chat:"))
    #expect(!Self.files.contains { $0.contents.contains("enum Livestream {}") })
  }

  @Test func atFormatsAndPrimitivesUseRuntimeTypes() {
    let record = Self.file("PlaceStream.Livestream.swift")
    #expect(record.contains("    public var createdAt: ATDatetime\n"))
    #expect(record.contains("    public var streamer: DID?\n"))
    #expect(record.contains("    public var url: URI?\n"))
    #expect(record.contains("    public var thumb: Blob?\n"))
    #expect(record.contains("    public var sig: ATBytes?\n"))
    #expect(record.contains("    public var root: CIDLink?\n"))
    // A nested `Language` shadows the runtime type inside the record, so the field spells it out.
    #expect(record.contains("    public var lang: SpecgenRuntime.Language?\n"))
    #expect(record.contains("      public var code: SpecgenRuntime.Language?\n"))
    #expect(Self.file("PlaceStream.Defs.HandleAlias.swift").contains("  public typealias HandleAlias = Handle\n"))
  }

  /// A record always writes its `$type` and does not keep the one it reads; another tagged object writes
  /// none of its own and keeps a `$type` it read with its unlisted members, so it re-encodes as read.
  @Test func recordsWriteTheirTypeOtherObjectsKeepWhatTheyRead() {
    let record = Self.file("PlaceStream.Livestream.swift")
    #expect(record.contains("      try encoder.encodeLexiconType(\"place.stream.livestream\")\n"))
    #expect(record.contains("excluding: Set(CodingKeys.allCases.map(\\.rawValue)).union([\"$type\"]))"))
    #expect(!record.contains("encodeLexiconType(\"place.stream.livestream#settings\")"))
  }

  @Test func emptyObjectsHaveNoCodingKeys() {
    let record = Self.file("PlaceStream.Livestream.swift")
    let settings = record.components(separatedBy: "public struct Settings").last ?? ""
    let body = settings.components(separatedBy: "public struct Language").first ?? ""
    #expect(!body.contains("CodingKeys"))
    #expect(body.contains("JSONValue.self, excluding: [])"))
  }

  @Test func unionsDispatchOnTypeAcceptingMainLongForm() {
    let event = Self.file("PlaceStream.Defs.Event.swift")
    #expect(event.contains("      case \"place.stream.livestream\", \"place.stream.livestream#main\":\n"))
    #expect(event.contains("        self = .unknown(try JSONValue(from: decoder))\n"))
    let strict = Self.file("PlaceStream.Defs.StrictEvent.swift")
    #expect(strict.contains("debugDescription: \"unknown $type: \" + tag)"))
    #expect(!strict.contains("case unknown"))
  }

  @Test func tokensAreStaticConstantsOfTheirReference() {
    #expect(
      Self.file("PlaceStream.Defs+Tokens.swift") == """
        extension PlaceStream.Defs {
          /// Streams picked by the editors.
          ///
          /// The token `place.stream.defs#featured`.
          public static let featured = "place.stream.defs#featured"
        }

        """)
    // In the record, beside its `title` field (an instance member, so the names do not clash).
    #expect(
      Self.file("PlaceStream.Livestream+Tokens.swift") == """
        extension PlaceStream.Livestream {
          /// The token `place.stream.livestream#title`.
          public static let title = "place.stream.livestream#title"
        }

        """)
    // The XRPC namespace's request builder keeps its name.
    #expect(
      Self.file("PlaceStream.Moderation.UpdateLivestream+Tokens.swift").contains(
        "  public static let request2 = \"place.stream.moderation.updateLivestream#request\"\n"))
    #expect(
      Self.file("PlaceStream.Marker.swift")
        == "extension PlaceStream {\n  /// Lexicons under `place.stream.marker`.\n  public enum Marker {}\n}\n")
  }

  @Test func knownValuesNamingLexiconReferencesAreNamedAfterTheirDefinition() {
    let purpose = Self.file("PlaceStream.Defs.ListPurpose.swift")
    #expect(
      purpose.contains(
        """
            public static let modlist = Self(rawValue: "app.bsky.graph.defs#modlist")
            public static let modlist2 = Self(rawValue: "place.stream.graph#modlist")
            public static let aB = Self(rawValue: "a#b")
            public static let plainValue = Self(rawValue: "plain-value")

        """))
  }

  @Test func moduleTypechecksAndLints() throws {
    let typecheck = try F.typecheck(Self.files, moduleName: "PlaceStream")
    #expect(typecheck.status == 0, "\(typecheck.output)")
    let lint = try F.lint(Self.files)
    #expect(lint.status == 0, "\(lint.output)")
  }

  @Test func openAPINamesWithoutDotsAreUntouched() {
    let files = F.emit([F.object("#/components/schemas/a.b", name: "a.b", [])])
    #expect(files.map(\.path) == ["AB.swift"])
  }
}
