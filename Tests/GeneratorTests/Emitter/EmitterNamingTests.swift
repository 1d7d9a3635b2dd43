import SchemaIR
import SwiftEmitter
import Testing

/// Names across declarations: collisions, shadowing, nesting rules, keywords; the results compile.
@Suite struct EmitterNamingTests {
  typealias F = EmitterFixture

  static let declarations: [TypeDeclaration] = [
    F.object("#/components/schemas/foo-bar", [Field(jsonName: "a", type: .primitive(.string))]),
    F.object("#/components/schemas/foo_bar", [Field(jsonName: "a", type: .primitive(.string))]),
    F.object("#/components/schemas/multistream", [Field(jsonName: "id", type: .primitive(.string))]),
    F.object(
      "#/components/schemas/stream",
      [
        Field(jsonName: "own", type: F.named("#/components/schemas/stream/properties/multistream")),
        Field(jsonName: "shared", type: F.named("#/components/schemas/multistream")),
        Field(jsonName: "self", type: .primitive(.string)),
        Field(jsonName: "init", type: .primitive(.string)),
        Field(jsonName: "protocol", type: .primitive(.string)),
        Field(jsonName: "Type", type: .primitive(.string)),
        Field(jsonName: "hashValue", type: .primitive(.string)),
        Field(jsonName: "a-b", type: .primitive(.string)),
        Field(jsonName: "a_b", type: .primitive(.string)),
        Field(jsonName: "loop", type: F.named("#/components/schemas/stream"), isNullable: true),
        Field(
          jsonName: "older", type: F.named("#/components/schemas/stream"),
          documentation: Documentation(isDeprecated: true)),
        Field(jsonName: "additionalProperties", type: .primitive(.string)),
        Field(
          jsonName: "we\"ird\\name\n", type: .primitive(.string),
          documentation: Documentation(description: "Bell\u{7} and nul\u{0} \u{7F}are dropped; é and 👍 stay.")),
      ], additional: .kept(.any)),
    F.object(
      "#/components/schemas/stream/properties/multistream", parent: "#/components/schemas/stream", name: "multistream",
      [Field(jsonName: "x", type: .primitive(.string))]),
    F.object(
      "#/components/schemas/stream/properties/stream", parent: "#/components/schemas/stream", name: "stream",
      [Field(jsonName: "y", type: .primitive(.string))]),
    F.object(
      "#/components/schemas/stream/properties/legacy", parent: "#/components/schemas/stream", name: "legacy",
      [Field(jsonName: "z", type: .primitive(.string))], documentation: Documentation(isDeprecated: true)),
    F.declaration("#/components/schemas/handle", .alias(.primitive(.string))),
    F.object(
      "#/components/schemas/handle/x", parent: "#/components/schemas/handle", name: "part",
      [Field(jsonName: "v", type: .primitive(.string))]),
    F.object(
      "#/orphan", parent: "#/missing", name: "orphan", [Field(jsonName: "v", type: .primitive(.string))]),
    F.declaration(
      "#/components/schemas/state",
      .enumeration(
        EnumerationType(
          rawType: .string,
          cases: [.init(value: .string("unknown")), .init(value: .string("ok")), .init(value: .string("ok"))],
          isOpen: true))),
    F.declaration(
      "#/components/schemas/nothing", .enumeration(EnumerationType(rawType: .string, cases: [], isOpen: false))),
    F.declaration("#/components/schemas/never", .union(UnionType(variants: []))),
    F.declaration(
      "#/components/schemas/choice",
      .union(
        UnionType(
          variants: [
            .init(sourceName: "legacy", type: F.named("#/components/schemas/stream/properties/legacy"), tags: ["a"]),
            .init(sourceName: "stream", type: F.named("#/components/schemas/stream"), tags: ["a", "b"]),
            .init(sourceName: "unknown", type: .any),
          ], discriminator: "kind", isOpen: true))),
    F.object("#/components/schemas/task", []),
    F.object("#/components/schemas/Models", []),
    F.object("#/components/schemas/FOO-BAR", []),
  ]

  static let files = F.emit(declarations)
  static func file(_ path: String) -> String { F.file(path, in: files) }

  @Test func topLevelNamesAreUniqueIgnoringCase() {
    #expect(
      Self.files.map(\.path) == [
        "Choice.swift", "FooBar.swift", "FooBar2.swift", "FooBar3.swift", "Handle.swift", "HandlePart.swift",
        "ModelsModel.swift", "Multistream.swift", "NeverModel.swift", "Nothing.swift", "Orphan.swift", "State.swift",
        "Stream.swift", "TaskModel.swift",
      ])
  }

  @Test func nestedNamesAvoidTheParentAndShadowedNamesAreQualified() {
    let stream = Self.file("Stream.swift")
    #expect(stream.snippet("  public var own") == "  public var own: Stream.Multistream?")
    #expect(stream.snippet("  public var shared") == "  public var shared: Models.Multistream?")
    #expect(
      stream.snippet("  public struct Stream2") == """
          public struct Stream2: Codable, Hashable, Sendable {
            public var y: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(y: String? = nil) {
              self.y = y
            }
          }
        """)
    #expect(
      stream.snippet("  public struct _Legacy", documented: true) == """
          /// - Warning: Deprecated.
          public struct _Legacy: Codable, Hashable, Sendable {
            public var z: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(z: String? = nil) {
              self.z = z
            }
          }
        """)
    #expect(
      stream.snippet("  public typealias Legacy", documented: true) == """
          /// Deprecated: use of this type is discouraged by the API.
          @available(*, deprecated)
          public typealias Legacy = _Legacy
        """)
    #expect(Self.file("Choice.swift").snippet("  case legacy") == "  case legacy(Stream._Legacy)")
  }

  @Test func memberNamesAreEscapedOrRenamed() {
    #expect(
      Self.file("Stream.swift") == #"""
        import SpecgenRuntime

        public struct Stream: Codable, Hashable, Sendable {
          public var own: Stream.Multistream?
          public var shared: Models.Multistream?
          public var selfValue: String?
          public var init2: String?
          public var `protocol`: String?
          public var type: String?
          public var hashValue2: String?
          public var aB: String?
          public var aB2: String?
          @Indirect public var loop: Nullable<Stream>?

          /// - Warning: Deprecated.
          @available(*, deprecated)
          public var older: Stream? {
            get { _older }
            set { _older = newValue }
          }
          @Indirect private var _older: Stream?
          public var additionalProperties2: String?

          /// Bell and nul are dropped; é and 👍 stay.
          public var weIrdName: String?

          /// Members the schema does not list, by JSON name.
          public var additionalProperties: [String: JSONValue]

          /// Creates a value; optional members default to absent (`nil`).
          public init(
            own: Stream.Multistream? = nil,
            shared: Models.Multistream? = nil,
            selfValue: String? = nil,
            init2: String? = nil,
            `protocol`: String? = nil,
            type: String? = nil,
            hashValue2: String? = nil,
            aB: String? = nil,
            aB2: String? = nil,
            loop: Nullable<Stream>? = nil,
            older: Stream? = nil,
            additionalProperties2: String? = nil,
            weIrdName: String? = nil,
            additionalProperties: [String: JSONValue] = [:]
          ) {
            self.own = own
            self.shared = shared
            self.selfValue = selfValue
            self.init2 = init2
            self.`protocol` = `protocol`
            self.type = type
            self.hashValue2 = hashValue2
            self.aB = aB
            self.aB2 = aB2
            self.loop = loop
            self._older = older
            self.additionalProperties2 = additionalProperties2
            self.weIrdName = weIrdName
            self.additionalProperties = additionalProperties
          }

          private enum CodingKeys: String, CodingKey, CaseIterable {
            case own
            case shared
            case selfValue = "self"
            case init2 = "init"
            case `protocol`
            case type = "Type"
            case hashValue2 = "hashValue"
            case aB = "a-b"
            case aB2 = "a_b"
            case loop
            case _older = "older"
            case additionalProperties2 = "additionalProperties"
            case weIrdName = "we\"ird\\name\n"
          }

          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.own = try container.decodeIfPresent(Stream.Multistream.self, forKey: .own)
            self.shared = try container.decodeIfPresent(Models.Multistream.self, forKey: .shared)
            self.selfValue = try container.decodeIfPresent(String.self, forKey: .selfValue)
            self.init2 = try container.decodeIfPresent(String.self, forKey: .init2)
            self.`protocol` = try container.decodeIfPresent(String.self, forKey: .`protocol`)
            self.type = try container.decodeIfPresent(String.self, forKey: .type)
            self.hashValue2 = try container.decodeIfPresent(String.self, forKey: .hashValue2)
            self.aB = try container.decodeIfPresent(String.self, forKey: .aB)
            self.aB2 = try container.decodeIfPresent(String.self, forKey: .aB2)
            self.loop = try container.decodeIfPresent(Nullable<Stream>.self, forKey: .loop)
            self._older = try container.decodeIfPresent(Stream.self, forKey: ._older)
            self.additionalProperties2 = try container.decodeIfPresent(String.self, forKey: .additionalProperties2)
            self.weIrdName = try container.decodeIfPresent(String.self, forKey: .weIrdName)
            self.additionalProperties = try decoder.decodeAdditionalProperties(
              JSONValue.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)))
          }

          public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(own, forKey: .own)
            try container.encodeIfPresent(shared, forKey: .shared)
            try container.encodeIfPresent(selfValue, forKey: .selfValue)
            try container.encodeIfPresent(init2, forKey: .init2)
            try container.encodeIfPresent(`protocol`, forKey: .`protocol`)
            try container.encodeIfPresent(type, forKey: .type)
            try container.encodeIfPresent(hashValue2, forKey: .hashValue2)
            try container.encodeIfPresent(aB, forKey: .aB)
            try container.encodeIfPresent(aB2, forKey: .aB2)
            try container.encodeIfPresent(loop, forKey: .loop)
            try container.encodeIfPresent(_older, forKey: ._older)
            try container.encodeIfPresent(additionalProperties2, forKey: .additionalProperties2)
            try container.encodeIfPresent(weIrdName, forKey: .weIrdName)
            try encoder.encodeAdditionalProperties(additionalProperties)
          }

          public struct Multistream: Codable, Hashable, Sendable {
            public var x: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(x: String? = nil) {
              self.x = x
            }
          }

          public struct Stream2: Codable, Hashable, Sendable {
            public var y: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(y: String? = nil) {
              self.y = y
            }
          }

          /// - Warning: Deprecated.
          public struct _Legacy: Codable, Hashable, Sendable {
            public var z: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(z: String? = nil) {
              self.z = z
            }
          }

          /// Deprecated: use of this type is discouraged by the API.
          @available(*, deprecated)
          public typealias Legacy = _Legacy
        }

        """#)
  }

  @Test func enumAndUnionCasesAvoidTheUnknownCase() {
    // An open enumeration has no catch-all case: a value spelled `unknown` is `.unknown`.
    #expect(
      Self.file("State.swift") == """
        import SpecgenRuntime

        public struct State: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          public static var unknown: Self { Self(rawValue: "unknown") }
          public static var ok: Self { Self(rawValue: "ok") }

          /// The values the API lists.
          public static let allCases: [State] = [.unknown, .ok]
        }

        """)
    #expect(
      Self.file("Nothing.swift") == """
        import SpecgenRuntime

        public struct Nothing: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          /// The values the API lists.
          public static let allCases: [Nothing] = []
        }

        extension Nothing: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.checkListed(self, at: path)
          }
        }

        """)
    #expect(
      Self.file("Choice.swift") == """
        import SpecgenRuntime

        public enum Choice: Codable, Hashable, Sendable {
          case legacy(Stream._Legacy)
          case stream(Stream)
          case unknown2(JSONValue)
          /// A value none of the known variants describes, kept as JSON.
          case unknown(JSONValue)

          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            guard let tag = try? container.decode(String.self, forKey: AnyCodingKey("kind")) else {
              self = .unknown(try JSONValue(from: decoder))
              return
            }
            switch tag {
            case "a":
              self = .legacy(try Stream._Legacy(from: decoder))
            case "b":
              self = .stream(try Stream(from: decoder))
            case "unknown":
              self = .unknown2(try JSONValue(from: decoder))
            default:
              self = .unknown(try JSONValue(from: decoder))
            }
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {
            case .legacy(let value):
              try value.encode(to: encoder)
            case .stream(let value):
              try value.encode(to: encoder)
            case .unknown2(let value):
              try value.encode(to: encoder)
            case .unknown(let value):
              try value.encode(to: encoder)
            }
          }
        }

        """)
    #expect(
      Self.file("NeverModel.swift") == """
        import SpecgenRuntime

        public enum NeverModel: Codable, Hashable, Sendable {
          /// Decodes the first variant, in the order the API lists them, that accepts the value.
          public init(from decoder: any Decoder) throws {
            throw UntaggedUnion.noVariantAccepted(decoder, tried: "")
          }

          public func encode(to encoder: any Encoder) throws {
            switch self {}
          }
        }

        """)
  }

  @Test func hoistedDeclarationsKeepTheirParentsName() {
    #expect(
      Self.file("HandlePart.swift") == """
        public struct HandlePart: Codable, Hashable, Sendable {
          public var v: String?

          /// Creates a value; optional members default to absent (`nil`).
          public init(v: String? = nil) {
            self.v = v
          }
        }

        """)
    #expect(
      Self.file("Orphan.swift") == """
        public struct Orphan: Codable, Hashable, Sendable {
          public var v: String?

          /// Creates a value; optional members default to absent (`nil`).
          public init(v: String? = nil) {
            self.v = v
          }
        }

        """)
  }

  @Test func edgeCasesTypecheck() throws {
    let result = try F.typecheck(Self.files)
    #expect(result.status == 0, "\(result.output)")
  }
}
