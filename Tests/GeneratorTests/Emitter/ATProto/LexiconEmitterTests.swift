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
      Self.file("PlaceStream.Moderation.UpdateLivestream.Input.swift") == #"""
        import SpecgenRuntime

        extension PlaceStream.Moderation.UpdateLivestream {
          public struct Input: Codable, Hashable, Sendable {
            public var streamer: DID

            /// Members the schema does not list, by JSON name.
            public var additionalProperties: [String: JSONValue]

            /// Creates a value; optional members default to absent (`nil`).
            public init(streamer: DID, additionalProperties: [String: JSONValue] = [:]) {
              self.streamer = streamer
              self.additionalProperties = additionalProperties
            }

            private enum CodingKeys: String, CodingKey, CaseIterable {
              case streamer
            }

            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: CodingKeys.self)
              self.streamer = try container.decode(DID.self, forKey: .streamer)
              self.additionalProperties = try decoder.decodeAdditionalProperties(
                JSONValue.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)))
            }

            public func encode(to encoder: any Encoder) throws {
              var container = encoder.container(keyedBy: CodingKeys.self)
              try container.encode(streamer, forKey: .streamer)
              try encoder.encodeAdditionalProperties(additionalProperties)
            }
          }
        }

        extension PlaceStream.Moderation.UpdateLivestream.Input: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            streamer.validate(at: path.member("streamer"), into: &report)
          }
        }

        """#)
  }

  @Test func aTypeThatIsAlsoANamespaceHoldsItsMembers() {
    #expect(
      Self.file("PlaceStream.Livestream.Chat.swift") == """
        import SpecgenRuntime

        extension PlaceStream.Livestream {
          public struct Chat: Codable, Hashable, Sendable {
            /// Members the schema does not list, by JSON name.
            public var additionalProperties: [String: JSONValue]

            /// Creates a value; optional members default to absent (`nil`).
            public init(additionalProperties: [String: JSONValue] = [:]) {
              self.additionalProperties = additionalProperties
            }

            public init(from decoder: any Decoder) throws {
              self.additionalProperties = try decoder.decodeAdditionalProperties(
                JSONValue.self, excluding: [])
            }

            public func encode(to encoder: any Encoder) throws {
              try encoder.encodeAdditionalProperties(additionalProperties)
            }
          }
        }

        """)
    #expect(!Self.files.contains { $0.contents.contains("enum Livestream {}") })
  }

  @Test func atFormatsAndPrimitivesUseRuntimeTypes() {
    // A nested `Language` shadows the runtime type inside the record, so the fields spell it out.
    #expect(
      Self.file("PlaceStream.Livestream.swift") == #"""
        import SpecgenRuntime

        extension PlaceStream {
          public struct Livestream: Codable, Hashable, Sendable {
            /// The record's collection: the NSID it is stored under and writes as `$type`.
            public static let nsid = "place.stream.livestream"
            public var title: String
            public var tag: String?
            public var createdAt: ATDatetime
            public var streamer: DID?
            public var url: URI?
            public var thumb: Blob?
            public var sig: ATBytes?
            public var root: CIDLink?
            public var lang: SpecgenRuntime.Language?
            public var settings: PlaceStream.Livestream.Settings?

            /// Members the schema does not list, by JSON name.
            public var additionalProperties: [String: JSONValue]

            /// Creates a value; optional members default to absent (`nil`).
            public init(
              title: String,
              tag: String? = nil,
              createdAt: ATDatetime,
              streamer: DID? = nil,
              url: URI? = nil,
              thumb: Blob? = nil,
              sig: ATBytes? = nil,
              root: CIDLink? = nil,
              lang: SpecgenRuntime.Language? = nil,
              settings: PlaceStream.Livestream.Settings? = nil,
              additionalProperties: [String: JSONValue] = [:]
            ) {
              self.title = title
              self.tag = tag
              self.createdAt = createdAt
              self.streamer = streamer
              self.url = url
              self.thumb = thumb
              self.sig = sig
              self.root = root
              self.lang = lang
              self.settings = settings
              self.additionalProperties = additionalProperties
            }

            private enum CodingKeys: String, CodingKey, CaseIterable {
              case title
              case tag
              case createdAt
              case streamer
              case url
              case thumb
              case sig
              case root
              case lang
              case settings
            }

            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: CodingKeys.self)
              self.title = try container.decode(String.self, forKey: .title)
              self.tag = try container.decodeIfPresent(String.self, forKey: .tag)
              self.createdAt = try container.decode(ATDatetime.self, forKey: .createdAt)
              self.streamer = try container.decodeIfPresent(DID.self, forKey: .streamer)
              self.url = try container.decodeIfPresent(URI.self, forKey: .url)
              self.thumb = try container.decodeIfPresent(Blob.self, forKey: .thumb)
              self.sig = try container.decodeIfPresent(ATBytes.self, forKey: .sig)
              self.root = try container.decodeIfPresent(CIDLink.self, forKey: .root)
              self.lang = try container.decodeIfPresent(SpecgenRuntime.Language.self, forKey: .lang)
              self.settings = try container.decodeIfPresent(PlaceStream.Livestream.Settings.self, forKey: .settings)
              self.additionalProperties = try decoder.decodeAdditionalProperties(
                JSONValue.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)).union(["$type"]))
            }

            public func encode(to encoder: any Encoder) throws {
              try encoder.encodeLexiconType("place.stream.livestream")
              var container = encoder.container(keyedBy: CodingKeys.self)
              try container.encode(title, forKey: .title)
              try container.encodeIfPresent(tag, forKey: .tag)
              try container.encode(createdAt, forKey: .createdAt)
              try container.encodeIfPresent(streamer, forKey: .streamer)
              try container.encodeIfPresent(url, forKey: .url)
              try container.encodeIfPresent(thumb, forKey: .thumb)
              try container.encodeIfPresent(sig, forKey: .sig)
              try container.encodeIfPresent(root, forKey: .root)
              try container.encodeIfPresent(lang, forKey: .lang)
              try container.encodeIfPresent(settings, forKey: .settings)
              try encoder.encodeAdditionalProperties(additionalProperties)
            }

            public struct Settings: Codable, Hashable, Sendable {
              /// Members the schema does not list, by JSON name.
              public var additionalProperties: [String: JSONValue]

              /// Creates a value; optional members default to absent (`nil`).
              public init(additionalProperties: [String: JSONValue] = [:]) {
                self.additionalProperties = additionalProperties
              }

              public init(from decoder: any Decoder) throws {
                self.additionalProperties = try decoder.decodeAdditionalProperties(
                  JSONValue.self, excluding: [])
              }

              public func encode(to encoder: any Encoder) throws {
                try encoder.encodeAdditionalProperties(additionalProperties)
              }
            }

            public struct Language: Codable, Hashable, Sendable {
              public var code: SpecgenRuntime.Language?

              /// Members the schema does not list, by JSON name.
              public var additionalProperties: [String: JSONValue]

              /// Creates a value; optional members default to absent (`nil`).
              public init(code: SpecgenRuntime.Language? = nil, additionalProperties: [String: JSONValue] = [:]) {
                self.code = code
                self.additionalProperties = additionalProperties
              }

              private enum CodingKeys: String, CodingKey, CaseIterable {
                case code
              }

              public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                self.code = try container.decodeIfPresent(SpecgenRuntime.Language.self, forKey: .code)
                self.additionalProperties = try decoder.decodeAdditionalProperties(
                  JSONValue.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)))
              }

              public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(code, forKey: .code)
                try encoder.encodeAdditionalProperties(additionalProperties)
              }
            }
          }
        }

        extension PlaceStream.Livestream: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            createdAt.validate(at: path.member("createdAt"), into: &report)
            streamer.validate(at: path.member("streamer"), into: &report)
            url.validate(at: path.member("url"), into: &report)
            lang.validate(at: path.member("lang"), into: &report)
          }
        }

        extension PlaceStream.Livestream.Language: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            code.validate(at: path.member("code"), into: &report)
          }
        }

        """#)
    #expect(
      Self.file("PlaceStream.Defs.HandleAlias.swift") == """
        import SpecgenRuntime

        extension PlaceStream.Defs {
          public typealias HandleAlias = Handle
        }

        """)
  }

  /// A record always writes its `$type` and does not keep the one it reads; another tagged object writes
  /// none of its own and keeps a `$type` it read with its unlisted members, so it re-encodes as read.
  @Test func recordsWriteTheirTypeOtherObjectsKeepWhatTheyRead() {
    let record = Self.file("PlaceStream.Livestream.swift")
    #expect(
      record.snippet("    public init(from decoder") == #"""
            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: CodingKeys.self)
              self.title = try container.decode(String.self, forKey: .title)
              self.tag = try container.decodeIfPresent(String.self, forKey: .tag)
              self.createdAt = try container.decode(ATDatetime.self, forKey: .createdAt)
              self.streamer = try container.decodeIfPresent(DID.self, forKey: .streamer)
              self.url = try container.decodeIfPresent(URI.self, forKey: .url)
              self.thumb = try container.decodeIfPresent(Blob.self, forKey: .thumb)
              self.sig = try container.decodeIfPresent(ATBytes.self, forKey: .sig)
              self.root = try container.decodeIfPresent(CIDLink.self, forKey: .root)
              self.lang = try container.decodeIfPresent(SpecgenRuntime.Language.self, forKey: .lang)
              self.settings = try container.decodeIfPresent(PlaceStream.Livestream.Settings.self, forKey: .settings)
              self.additionalProperties = try decoder.decodeAdditionalProperties(
                JSONValue.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)).union(["$type"]))
            }
        """#)
    #expect(
      record.snippet("    public func encode(to") == """
            public func encode(to encoder: any Encoder) throws {
              try encoder.encodeLexiconType("place.stream.livestream")
              var container = encoder.container(keyedBy: CodingKeys.self)
              try container.encode(title, forKey: .title)
              try container.encodeIfPresent(tag, forKey: .tag)
              try container.encode(createdAt, forKey: .createdAt)
              try container.encodeIfPresent(streamer, forKey: .streamer)
              try container.encodeIfPresent(url, forKey: .url)
              try container.encodeIfPresent(thumb, forKey: .thumb)
              try container.encodeIfPresent(sig, forKey: .sig)
              try container.encodeIfPresent(root, forKey: .root)
              try container.encodeIfPresent(lang, forKey: .lang)
              try container.encodeIfPresent(settings, forKey: .settings)
              try encoder.encodeAdditionalProperties(additionalProperties)
            }
        """)
    #expect(
      record.snippet("    public struct Settings").snippet("      public func encode(to") == """
              public func encode(to encoder: any Encoder) throws {
                try encoder.encodeAdditionalProperties(additionalProperties)
              }
        """)
  }

  @Test func emptyObjectsHaveNoCodingKeys() {
    #expect(
      Self.file("PlaceStream.Livestream.swift").snippet("    public struct Settings") == """
            public struct Settings: Codable, Hashable, Sendable {
              /// Members the schema does not list, by JSON name.
              public var additionalProperties: [String: JSONValue]

              /// Creates a value; optional members default to absent (`nil`).
              public init(additionalProperties: [String: JSONValue] = [:]) {
                self.additionalProperties = additionalProperties
              }

              public init(from decoder: any Decoder) throws {
                self.additionalProperties = try decoder.decodeAdditionalProperties(
                  JSONValue.self, excluding: [])
              }

              public func encode(to encoder: any Encoder) throws {
                try encoder.encodeAdditionalProperties(additionalProperties)
              }
            }
        """)
  }

  @Test func unionsDispatchOnTypeAcceptingMainLongForm() {
    #expect(
      Self.file("PlaceStream.Defs.Event.swift") == """
        import SpecgenRuntime

        extension PlaceStream.Defs {
          public enum Event: Codable, Hashable, Sendable {
            case livestream(PlaceStream.Livestream)
            case settings(PlaceStream.Livestream.Settings)
            /// A value none of the known variants describes, kept as JSON.
            case unknown(JSONValue)

            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: AnyCodingKey.self)
              let tag = try container.decode(String.self, forKey: AnyCodingKey("$type"))
              switch tag {
              case "place.stream.livestream", "place.stream.livestream#main":
                var value = try PlaceStream.Livestream(from: decoder)
                value.additionalProperties["$type"] = nil
                self = .livestream(value)
              case "place.stream.livestream#settings":
                var value = try PlaceStream.Livestream.Settings(from: decoder)
                value.additionalProperties["$type"] = nil
                self = .settings(value)
              default:
                self = .unknown(try JSONValue(from: decoder))
              }
            }

            public func encode(to encoder: any Encoder) throws {
              switch self {
              case .livestream(let value):
                try value.encode(to: encoder)
                try encoder.encodeLexiconType("place.stream.livestream")
              case .settings(let value):
                try value.encode(to: encoder)
                try encoder.encodeLexiconType("place.stream.livestream#settings")
              case .unknown(let value):
                try value.encode(to: encoder)
              }
            }
          }
        }

        extension PlaceStream.Defs.Event: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            switch self {
            case .livestream(let value):
              value.validate(at: path, into: &report)
            default:
              break
            }
          }
        }

        """)
    #expect(
      Self.file("PlaceStream.Defs.StrictEvent.swift") == """
        import SpecgenRuntime

        extension PlaceStream.Defs {
          public enum StrictEvent: Codable, Hashable, Sendable {
            case livestream(PlaceStream.Livestream)

            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: AnyCodingKey.self)
              let tag = try container.decode(String.self, forKey: AnyCodingKey("$type"))
              switch tag {
              case "place.stream.livestream", "place.stream.livestream#main":
                var value = try PlaceStream.Livestream(from: decoder)
                value.additionalProperties["$type"] = nil
                self = .livestream(value)
              default:
                throw DecodingError.dataCorruptedError(
                  forKey: AnyCodingKey("$type"), in: container, debugDescription: "unknown $type: " + tag)
              }
            }

            public func encode(to encoder: any Encoder) throws {
              switch self {
              case .livestream(let value):
                try value.encode(to: encoder)
                try encoder.encodeLexiconType("place.stream.livestream")
              }
            }
          }
        }

        extension PlaceStream.Defs.StrictEvent: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            switch self {
            case .livestream(let value):
              value.validate(at: path, into: &report)
            }
          }
        }

        """)
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
      Self.file("PlaceStream.Moderation.UpdateLivestream+Tokens.swift") == """
        extension PlaceStream.Moderation.UpdateLivestream {
          /// The token `place.stream.moderation.updateLivestream#request`.
          public static let request2 = "place.stream.moderation.updateLivestream#request"
        }

        """)
    #expect(
      Self.file("PlaceStream.Marker.swift")
        == "extension PlaceStream {\n  /// Lexicons under `place.stream.marker`.\n  public enum Marker {}\n}\n")
  }

  @Test func knownValuesNamingLexiconReferencesAreNamedAfterTheirDefinition() {
    #expect(
      Self.file("PlaceStream.Defs.ListPurpose.swift") == """
        import SpecgenRuntime

        extension PlaceStream.Defs {
          public struct ListPurpose: OpenEnumeration {
            public let rawValue: String
            public init(rawValue: String) { self.rawValue = rawValue }

            public static var modlist: Self { Self(rawValue: "app.bsky.graph.defs#modlist") }
            public static var modlist2: Self { Self(rawValue: "place.stream.graph#modlist") }
            public static var aB: Self { Self(rawValue: "a#b") }
            public static var plainValue: Self { Self(rawValue: "plain-value") }

            /// The values the API lists.
            public static let allCases: [ListPurpose] = [.modlist, .modlist2, .aB, .plainValue]
          }
        }

        """)
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
