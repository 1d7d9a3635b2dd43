import SchemaIR
import Testing

/// Discovery `schemas` into IR declarations.
@Suite struct DiscoverySchemaTests {
  static let json = DiscoveryFixture.document(
    """
    "schemas": {
      "Broadcast": {
        "id": "Broadcast", "type": "object", "description": "A broadcast.",
        "properties": {
          "id": {"type": "string", "annotations": {"required": ["demo.broadcasts.update"]}},
          "viewers": {"type": "string", "format": "uint64", "readOnly": true},
          "offsetMs": {"type": "string", "format": "int64"},
          "startedAt": {"type": "string", "format": "google-datetime"},
          "thumbnail": {"type": "string", "format": "byte", "deprecated": true},
          "ratio": {"type": "number", "format": "double"},
          "status": {"$ref": "Status"},
          "tags": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}},
          "labels": {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}},
          "privacy": {
            "type": "string", "default": "private", "enum": ["private", "public"],
            "enumDescriptions": ["Only you.", "Everyone."]
          }
        }
      },
      "Status": {"id": "Status", "type": "string", "enum": ["live", "done"], "enumDescriptions": ["", "Over."]},
      "Names": {"id": "Names", "type": "array", "items": {"type": "string"}}
    }
    """)

  @Test func objectsFieldsAndFormats() throws {
    let module = try DiscoveryFixture.translate(Self.json).module
    let broadcast = try #require(module.declaration(TypeID("#/schemas/Broadcast")))
    #expect(broadcast.sourceName == "Broadcast")
    #expect(broadcast.documentation.description == "A broadcast.")
    guard case .object(let object) = broadcast.kind else {
      Issue.record("Broadcast is not an object")
      return
    }
    let types = Dictionary(uniqueKeysWithValues: object.fields.map { ($0.jsonName, $0.type) })
    #expect(types["viewers"] == .primitive(.string(format: "uint64")))
    #expect(types["offsetMs"] == .primitive(.string(format: "int64")))
    #expect(types["startedAt"] == .primitive(.string(format: "date-time")))
    #expect(types["thumbnail"] == .primitive(.string(format: "byte")))
    #expect(types["ratio"] == .primitive(.number(format: "double")))
    #expect(types["status"] == .named(TypeID("#/schemas/Status")))
    #expect(types["tags"] == .array(.named(TypeID("#/schemas/Broadcast/tag"))))
    #expect(types["labels"] == .map(.primitive(.integer(format: "int32"))))
    #expect(types["privacy"] == .named(TypeID("#/schemas/Broadcast/privacy")))
    let fields = Dictionary(uniqueKeysWithValues: object.fields.map { ($0.jsonName, $0) })
    #expect(fields["viewers"]?.isReadOnly == true)
    #expect(fields["thumbnail"]?.documentation.isDeprecated == true)
    #expect(fields["id"]?.documentation.description == "Required by `demo.broadcasts.update`.")
    #expect(fields["privacy"]?.documentation.defaultValue == .string("private"))
    #expect(object.fields.allSatisfy { !$0.isRequired })
  }

  @Test func inlineDeclarationsNestInTheirSchema() throws {
    let module = try DiscoveryFixture.translate(Self.json).module
    let tag = try #require(module.declaration(TypeID("#/schemas/Broadcast/tag")))
    #expect(tag.parent == TypeID("#/schemas/Broadcast"))
    #expect(tag.sourceName == "tag")
    // A schema id is the source's name; an inline schema's is derived from its property.
    #expect(module.declaration(TypeID("#/schemas/Broadcast"))?.naming == .given)
    #expect(tag.naming == .derived)
    let privacy = try #require(module.declaration(TypeID("#/schemas/Broadcast/privacy")))
    #expect(
      privacy.kind
        == .enumeration(
          EnumerationType(
            rawType: .string,
            cases: [
              .init(value: .string("private"), documentation: .init(description: "Only you.")),
              .init(value: .string("public"), documentation: .init(description: "Everyone.")),
            ], isOpen: true)))
    let status = try #require(module.declaration(TypeID("#/schemas/Status")))
    guard case .enumeration(let enumeration) = status.kind else {
      Issue.record("Status is not an enumeration")
      return
    }
    #expect(enumeration.isOpen)
    #expect(enumeration.cases.map(\.documentation.description) == [nil, "Over."])
    #expect(module.declaration(TypeID("#/schemas/Names"))?.kind == .alias(.array(.primitive(.string))))
  }

  @Test func emittedModelUsesStringEncodedIntegers() throws {
    let files = try DiscoveryFixture.emit(Self.json)
    let text = DiscoveryFixture.file("Broadcast.swift", in: files)
    #expect(
      text == """
        import Foundation
        import SpecgenRuntime

        /// A broadcast.
        public struct Broadcast: Codable, Hashable, Sendable {
          /// Required by `demo.broadcasts.update`.
          public var id: String?

          /// - Note: Read-only: sent by the server, ignored in requests.
          public var viewers: UInt64String?
          public var offsetMs: Int64String?
          public var startedAt: DateTime?

          /// - Warning: Deprecated.
          @available(*, deprecated)
          public var thumbnail: Data? {
            get { _thumbnail }
            set { _thumbnail = newValue }
          }
          private var _thumbnail: Data?
          public var ratio: Double?
          public var status: Status?
          public var tags: [Broadcast.Tag]?
          public var labels: [String: Int32]?

          /// - Default: `"private"`
          public var privacy: Broadcast.Privacy?

          /// Creates a value; optional members default to absent (`nil`).
          public init(
            id: String? = nil,
            viewers: UInt64String? = nil,
            offsetMs: Int64String? = nil,
            startedAt: DateTime? = nil,
            thumbnail: Data? = nil,
            ratio: Double? = nil,
            status: Status? = nil,
            tags: [Broadcast.Tag]? = nil,
            labels: [String: Int32]? = nil,
            privacy: Broadcast.Privacy? = nil
          ) {
            self.id = id
            self.viewers = viewers
            self.offsetMs = offsetMs
            self.startedAt = startedAt
            self._thumbnail = thumbnail
            self.ratio = ratio
            self.status = status
            self.tags = tags
            self.labels = labels
            self.privacy = privacy
          }

          private enum CodingKeys: String, CodingKey {
            case id
            case viewers
            case offsetMs
            case startedAt
            case _thumbnail = "thumbnail"
            case ratio
            case status
            case tags
            case labels
            case privacy
          }

          public struct Tag: Codable, Hashable, Sendable {
            public var name: String?

            /// Creates a value; optional members default to absent (`nil`).
            public init(name: String? = nil) {
              self.name = name
            }
          }

          /// - Default: `"private"`
          public struct Privacy: OpenEnumeration {
            public let rawValue: String
            public init(rawValue: String) { self.rawValue = rawValue }

            /// Only you.
            public static var `private`: Self { Self(rawValue: "private") }
            /// Everyone.
            public static var `public`: Self { Self(rawValue: "public") }

            /// The values the API lists.
            public static let allCases: [Privacy] = [.`private`, .`public`]
          }
        }

        """)
  }
}
