import SchemaIR
import SwiftEmitter
import Testing

/// IR in, Swift out: one case per kind of declaration, each compared whole: the emitted file, or the
/// declaration that matters (`String.snippet`).
@Suite struct EmitterSnippetTests {
  typealias F = EmitterFixture
  static let files = F.emit(F.everyKind)

  static func file(_ path: String) -> String { F.file(path, in: files) }

  @Test func objectGetsCodingKeysOnlyWhenNamesDiffer() {
    #expect(
      Self.file("StreamPatchPayload.swift") == """
        import SpecgenRuntime

        public struct StreamPatchPayload: Codable, Hashable, Sendable {
          /// The name.
          public var name: String?
          public var playbackPolicy: Nullable<PlaybackPolicy>?
          public var fpsDen: Int32
          public var `default`: Bool?
          public var created: DateTime?
          public var tags: [String: [Double]]?

          /// - Warning: Deprecated.
          @available(*, deprecated)
          public var kind: String? {
            get { _kind }
            set { _kind = newValue }
          }
          private var _kind: String?
          public var requiredNull: Nullable<String>
          public var multistream: StreamPatchPayload.Multistream?
          public var old: _OldThing?
          public var anything: JSONValue?

          /// Creates a value; optional members default to absent (`nil`).
          public init(
            name: String? = nil,
            playbackPolicy: Nullable<PlaybackPolicy>? = nil,
            fpsDen: Int32,
            `default`: Bool? = nil,
            created: DateTime? = nil,
            tags: [String: [Double]]? = nil,
            kind: String? = nil,
            requiredNull: Nullable<String>,
            multistream: StreamPatchPayload.Multistream? = nil,
            old: _OldThing? = nil,
            anything: JSONValue? = nil
          ) {
            self.name = name
            self.playbackPolicy = playbackPolicy
            self.fpsDen = fpsDen
            self.`default` = `default`
            self.created = created
            self.tags = tags
            self._kind = kind
            self.requiredNull = requiredNull
            self.multistream = multistream
            self.old = old
            self.anything = anything
          }

          private enum CodingKeys: String, CodingKey {
            case name
            case playbackPolicy
            case fpsDen = "fps_den"
            case `default`
            case created
            case tags
            case _kind = "kind"
            case requiredNull = "required-null"
            case multistream
            case old
            case anything
          }

          public struct Multistream: Codable, Hashable, Sendable {
            public var targets: [String]?

            /// Creates a value; optional members default to absent (`nil`).
            public init(targets: [String]? = nil) {
              self.targets = targets
            }
          }
        }

        """)
    #expect(
      Self.file("Cat.swift") == """
        public struct Cat: Codable, Hashable, Sendable {
          public var petType: String

          /// Creates a value; optional members default to absent (`nil`).
          public init(petType: String) {
            self.petType = petType
          }
        }

        """)
  }

  @Test func memberwiseInitDefaultsOnlyOptionalMembers() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(
      payload.snippet("  public init(") == """
          public init(
            name: String? = nil,
            playbackPolicy: Nullable<PlaybackPolicy>? = nil,
            fpsDen: Int32,
            `default`: Bool? = nil,
            created: DateTime? = nil,
            tags: [String: [Double]]? = nil,
            kind: String? = nil,
            requiredNull: Nullable<String>,
            multistream: StreamPatchPayload.Multistream? = nil,
            old: _OldThing? = nil,
            anything: JSONValue? = nil
          ) {
            self.name = name
            self.playbackPolicy = playbackPolicy
            self.fpsDen = fpsDen
            self.`default` = `default`
            self.created = created
            self.tags = tags
            self._kind = kind
            self.requiredNull = requiredNull
            self.multistream = multistream
            self.old = old
            self.anything = anything
          }
        """)
    #expect(
      Self.file("Cat.swift").snippet("  public init(") == """
          public init(petType: String) {
            self.petType = petType
          }
        """)
    #expect(
      Self.file("Empty.swift") == """
        public struct Empty: Codable, Hashable, Sendable {
          /// Creates a value; optional members default to absent (`nil`).
          public init() {}
        }

        """)
  }

  @Test func nullableFieldsDistinguishNullFromAbsent() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(
      payload.snippet("  public var playbackPolicy") == "  public var playbackPolicy: Nullable<PlaybackPolicy>?")
    #expect(payload.snippet("  public var requiredNull") == "  public var requiredNull: Nullable<String>")
    #expect(
      payload.snippet("  private enum CodingKeys") == """
          private enum CodingKeys: String, CodingKey {
            case name
            case playbackPolicy
            case fpsDen = "fps_den"
            case `default`
            case created
            case tags
            case _kind = "kind"
            case requiredNull = "required-null"
            case multistream
            case old
            case anything
          }
        """)
  }

  /// An attempt that does not fit on one line breaks after the kind check, the brace on a line of its
  /// own, as `swift format` lays out a list of conditions.
  @Test func aLongVariantAttemptBreaksAfterItsKindCheck() {
    let name = String(repeating: "VeryLong", count: 10)
    let files = F.emit([
      F.object("#/components/schemas/\(name)", [Field(jsonName: "a", type: .primitive(.string))]),
      F.declaration(
        "#/components/schemas/U",
        .union(
          UnionType(variants: [
            .init(sourceName: "long", type: F.named("#/components/schemas/\(name)")),
            .init(sourceName: "text", type: .primitive(.string)),
          ]))),
    ])
    #expect(
      F.file("U.swift", in: files).snippet("  public init(from decoder") == """
          public init(from decoder: any Decoder) throws {
            let kind = JSONKind(of: decoder)
            if kind.mayBe(.object),
              let value = try? \(name)(from: decoder)
            {
              self = .long(value)
            } else if kind.mayBe(.string), let value = try? String(from: decoder) {
              self = .text(value)
            } else {
              throw UntaggedUnion.noVariantAccepted(decoder, tried: "long, text")
            }
          }
        """)
  }

  /// Past 256 values an open enumeration lists `allCases` as raw literals (an array literal of 10,000
  /// implicit members took 14 s and 5.1 GB to compile); up to it, as members.
  @Test func largeOpenEnumListsRawValues() {
    func emitted(_ count: Int) -> String {
      let cases = (0..<count).map { EnumerationType.Case(value: .string("v\($0)")) }
      let files = EmitterFixture.emit([
        EmitterFixture.declaration(
          "#/components/schemas/Big", name: "Big",
          .enumeration(EnumerationType(rawType: .string, cases: cases, isOpen: true)))
      ])
      return EmitterFixture.file("Big.swift", in: files)
    }
    let large = emitted(257)
    #expect(large.contains("  public static let allCases: [Big] = [\n    \"v0\",\n"))
    #expect(large.hasSuffix("    \"v256\",\n  ].map(Self.init(rawValue:))\n}\n"))
    #expect(large.contains("  public static var v256: Self { Self(rawValue: \"v256\") }\n"))
    let small = emitted(256)
    #expect(small.hasSuffix("    .v255,\n  ]\n}\n"))
  }

  @Test func openEnumIsAStructOverItsRawValue() {
    #expect(
      Self.file("PlaybackPolicy.swift") == """
        import SpecgenRuntime

        public struct PlaybackPolicy: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          public static var `public`: Self { Self(rawValue: "public") }
          public static var mp4: Self { Self(rawValue: "MP4") }
          public static var jwt: Self { Self(rawValue: "jwt") }

          /// The values the API lists.
          public static let allCases: [PlaybackPolicy] = [.`public`, .mp4, .jwt]
        }

        """)
    #expect(
      Self.file("OpenLevel.swift") == """
        import SpecgenRuntime

        public struct OpenLevel: OpenEnumeration {
          public let rawValue: Int
          public init(rawValue: Int) { self.rawValue = rawValue }

          public static var _7: Self { Self(rawValue: 7) }

          /// The values the API lists.
          public static let allCases: [OpenLevel] = [._7]
        }

        """)
  }

  @Test func closedEnumsUseRawValues() {
    #expect(
      Self.file("Level.swift") == """
        public enum Level: Int, Codable, Hashable, Sendable, CaseIterable {
          case _1 = 1
          case _minus2 = -2
        }

        """)
    #expect(
      Self.file("Resolution.swift") == """
        public enum Resolution: String, Codable, Hashable, Sendable, CaseIterable {
          case _1080p = "1080p"
          case _720p = "720p"
        }

        """)
  }

  @Test func discriminatedUnionDispatchesOnTags() {
    // Open: a value without its tag is kept too, like one with an unknown tag.
    #expect(
      Self.file("Pet.swift") == """
        import SpecgenRuntime

        public enum Pet: Codable, Hashable, Sendable {
          case cat(Cat)
          case dog(Dog)
          /// A value none of the known variants describes, kept as JSON.
          case unknown(JSONValue)

          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            guard let tag = try? container.decode(String.self, forKey: AnyCodingKey("petType")) else {
              self = .unknown(try JSONValue(from: decoder))
              return
            }
            switch tag {
            case "Cat", "kitty":
              self = .cat(try Cat(from: decoder))
            case "dog":
              self = .dog(try Dog(from: decoder))
            default:
              self = .unknown(try JSONValue(from: decoder))
            }
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {
            case .cat(let value):
              try value.encode(to: encoder)
            case .dog(let value):
              try value.encode(to: encoder)
            case .unknown(let value):
              try value.encode(to: encoder)
            }
          }
        }

        """)
    // Closed: no `unknown` case; an unknown tag is an error.
    #expect(
      Self.file("StrictPet.swift") == """
        import SpecgenRuntime

        public enum StrictPet: Codable, Hashable, Sendable {
          case cat(Cat)
          case dog(Dog)

          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            let tag = try container.decode(String.self, forKey: AnyCodingKey("petType"))
            switch tag {
            case "cat":
              self = .cat(try Cat(from: decoder))
            case "dog":
              self = .dog(try Dog(from: decoder))
            default:
              throw DecodingError.dataCorruptedError(
                forKey: AnyCodingKey("petType"), in: container, debugDescription: "unknown petType: " + tag)
            }
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {
            case .cat(let value):
              try value.encode(to: encoder)
            case .dog(let value):
              try value.encode(to: encoder)
            }
          }
        }

        """)
  }

  @Test func undiscriminatedUnionTriesVariantsInOrder() {
    // Each variant is tried only when the value may be of its kind (any kind, when the decoder cannot tell).
    #expect(
      Self.file("CreatorId.swift") == """
        import SpecgenRuntime

        public enum CreatorId: Codable, Hashable, Sendable {
          case string(String)
          case cat(Cat)

          /// Decodes the first variant, in the order the API lists them, that accepts the value; when the
          /// decoder tells the value's kind, only the variants of that kind are tried.
          public init(from decoder: any Decoder) throws {
            let kind = JSONKind(of: decoder)
            if kind.mayBe(.string), let value = try? String(from: decoder) {
              self = .string(value)
            } else if kind.mayBe(.object), let value = try? Cat(from: decoder) {
              self = .cat(value)
            } else {
              throw UntaggedUnion.noVariantAccepted(decoder, tried: "string, cat")
            }
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {
            case .string(let value):
              try value.encode(to: encoder)
            case .cat(let value):
              try value.encode(to: encoder)
            }
          }
        }

        """)
  }

  @Test func aliasIsATypealias() {
    #expect(Self.file("UserId.swift") == "public typealias UserId = String\n")
  }

  @Test func nestedDeclarationsLiveInTheirParent() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(payload.snippet("  public var multistream") == "  public var multistream: StreamPatchPayload.Multistream?")
    #expect(
      payload.snippet("  public struct Multistream") == """
          public struct Multistream: Codable, Hashable, Sendable {
            public var targets: [String]?

            /// Creates a value; optional members default to absent (`nil`).
            public init(targets: [String]? = nil) {
              self.targets = targets
            }
          }
        """)
    #expect(!Self.files.contains { $0.path.contains("Multistream") })
  }

  @Test func recursiveStructFieldsAreIndirect() {
    #expect(
      Self.file("Node.swift") == """
        import SpecgenRuntime

        public struct Node: Codable, Hashable, Sendable {
          @Indirect public var parent: Node?
          public var children: [Node]?
          @Indirect public var partner: Partner?

          /// Creates a value; optional members default to absent (`nil`).
          public init(parent: Node? = nil, children: [Node]? = nil, partner: Partner? = nil) {
            self.parent = parent
            self.children = children
            self.partner = partner
          }
        }

        """)
    #expect(
      Self.file("Partner.swift") == """
        import SpecgenRuntime

        public struct Partner: Codable, Hashable, Sendable {
          @Indirect public var node: Node?

          /// Creates a value; optional members default to absent (`nil`).
          public init(node: Node? = nil) {
            self.node = node
          }
        }

        """)
    #expect(
      Self.file("Expression.swift") == """
        import SpecgenRuntime

        public indirect enum Expression: Codable, Hashable, Sendable {
          case number(Double)
          case sum(Sum)

          /// Decodes the first variant, in the order the API lists them, that accepts the value; when the
          /// decoder tells the value's kind, only the variants of that kind are tried.
          public init(from decoder: any Decoder) throws {
            let kind = JSONKind(of: decoder)
            if kind.mayBe(.number), let value = try? Double(from: decoder) {
              self = .number(value)
            } else if kind.mayBe(.object), let value = try? Sum(from: decoder) {
              self = .sum(value)
            } else {
              throw UntaggedUnion.noVariantAccepted(decoder, tried: "number, sum")
            }
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {
            case .number(let value):
              try value.encode(to: encoder)
            case .sum(let value):
              try value.encode(to: encoder)
            }
          }
        }

        """)
    #expect(
      Self.file("Sum.swift") == """
        public struct Sum: Codable, Hashable, Sendable {
          public var left: Expression
          public var right: Expression

          /// Creates a value; optional members default to absent (`nil`).
          public init(left: Expression, right: Expression) {
            self.left = left
            self.right = right
          }
        }

        """)
    #expect(!Self.file("Pet.swift").contains("indirect"))
  }

  @Test func deprecatedFieldsHideBehindADeprecatedAccessor() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(
      payload.snippet("  public var kind", documented: true) == """
          /// - Warning: Deprecated.
          @available(*, deprecated)
          public var kind: String? {
            get { _kind }
            set { _kind = newValue }
          }
        """)
    #expect(payload.snippet("  private var _kind") == "  private var _kind: String?")
    #expect(payload.snippet("    case _kind") == "    case _kind = \"kind\"")
    #expect(payload.snippet("    self._kind") == "    self._kind = kind")
  }

  @Test func deprecatedTypesArePublishedThroughADeprecatedTypealias() {
    #expect(
      Self.file("OldThing.swift") == """
        /// Old.
        ///
        /// - Warning: Deprecated.
        public struct _OldThing: Codable, Hashable, Sendable {
          public var a: String?

          /// Creates a value; optional members default to absent (`nil`).
          public init(a: String? = nil) {
            self.a = a
          }
        }

        /// Deprecated: use of this type is discouraged by the API.
        @available(*, deprecated)
        public typealias OldThing = _OldThing

        """)
    #expect(Self.file("StreamPatchPayload.swift").snippet("  public var old") == "  public var old: _OldThing?")
  }

  @Test func additionalPropertiesAreKeptWithHandWrittenCoding() {
    #expect(
      Self.file("Labels.swift") == #"""
        import SpecgenRuntime

        public struct Labels: Codable, Hashable, Sendable {
          public var id: String

          /// Members the schema does not list, by JSON name.
          public var additionalProperties: [String: String]

          /// Creates a value; optional members default to absent (`nil`).
          public init(id: String, additionalProperties: [String: String] = [:]) {
            self.id = id
            self.additionalProperties = additionalProperties
          }

          private enum CodingKeys: String, CodingKey, CaseIterable {
            case id
          }

          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.id = try container.decode(String.self, forKey: .id)
            self.additionalProperties = try decoder.decodeAdditionalProperties(
              String.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)))
          }

          public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try encoder.encodeAdditionalProperties(additionalProperties)
          }
        }

        """#)
  }

  @Test func reservedNamesGetAModelSuffix() {
    #expect(
      Self.file("ErrorModel.swift") == """
        public struct ErrorModel: Codable, Hashable, Sendable {
          public var errors: [String]?

          /// Creates a value; optional members default to absent (`nil`).
          public init(errors: [String]? = nil) {
            self.errors = errors
          }
        }

        """)
  }

  @Test func accessLevelAppliesToEveryDeclaration() throws {
    let internalFiles = F.emit(F.everyKind, access: .internal)
    #expect(internalFiles.map(\.path) == Self.files.map(\.path))
    for file in internalFiles {
      #expect(!file.contents.contains("public "), "\(file.path)")
      #expect(!file.contents.contains("package "), "\(file.path)")
    }
    #expect(
      F.file("Cat.swift", in: internalFiles) == """
        struct Cat: Codable, Hashable, Sendable {
          var petType: String

          /// Creates a value; optional members default to absent (`nil`).
          init(petType: String) {
            self.petType = petType
          }
        }

        """)
    let packageFiles = F.emit(F.everyKind, access: .package)
    #expect(
      F.file("Cat.swift", in: packageFiles) == """
        package struct Cat: Codable, Hashable, Sendable {
          package var petType: String

          /// Creates a value; optional members default to absent (`nil`).
          package init(petType: String) {
            self.petType = petType
          }
        }

        """)
    let result = try F.typecheck(internalFiles)
    #expect(result.status == 0, "\(result.output)")
    let packageResult = try F.typecheck(packageFiles)
    #expect(packageResult.status == 0, "\(packageResult.output)")
  }

  @Test func emissionIsDeterministic() {
    let first = F.emit(F.everyKind)
    let second = F.emit(F.everyKind)
    #expect(first == second)
    #expect(first.map(\.path) == first.map(\.path).sorted())
    for file in first {
      #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n"), "\(file.path)")
      #expect(!file.contents.contains(" \n"), "\(file.path)")
      #expect(!file.contents.contains("\n\n\n"), "\(file.path)")
    }
  }

  @Test func documentationShowsDefaultsExamplesConstraintsAndAccess() {
    let field = Field(
      jsonName: "reconnect_window", type: .primitive(.number(format: nil)), isReadOnly: true,
      constraints: Constraints(minimum: .init("0"), maximum: .init("1800", isExclusive: true), pattern: "^[0-9]+$"),
      documentation: Documentation(
        title: "Reconnect window", description: "Seconds to wait.\n\n- one\n- two", examples: [.integer(60)],
        defaultValue: .integer(60)))
    let files = F.emit([F.object("#/components/schemas/live", [field])])
    #expect(
      F.file("Live.swift", in: files).snippet("  public var reconnectWindow", documented: true) == """
          /// Reconnect window
          ///
          /// Seconds to wait.
          ///
          /// - one
          /// - two
          ///
          /// - Default: `60`
          /// - Example: `60`
          /// - Constraints: minimum 0, exclusive maximum 1800, pattern `^[0-9]+$`
          /// - Note: Read-only: sent by the server, ignored in requests.
          public var reconnectWindow: Double?
        """)
  }

  @Test func deepNestingIsHoistedToTheTopLevel() throws {
    var declarations = [F.object("#/a", name: "level0", [Field(jsonName: "next", type: F.named("#/a/1"))])]
    for depth in 1...12 {
      let next: [Field] = depth < 12 ? [Field(jsonName: "next", type: F.named("#/a/\(depth + 1)"))] : []
      declarations.append(
        F.object("#/a/\(depth)", parent: depth == 1 ? "#/a" : "#/a/\(depth - 1)", name: "level\(depth)", next))
    }
    let files = F.emit(declarations)
    #expect(files.map(\.path) == ["Level0.swift", "Level8Level9.swift"])
    let level0 = F.file("Level0.swift", in: files)
    #expect(
      level0.snippet("                public var next")
        == "                public var next: Level0.Level1.Level2.Level3.Level4.Level5.Level6.Level7.Level8?")
    #expect(level0.snippet("                  public var next") == "                  public var next: Level8Level9?")
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }
}
