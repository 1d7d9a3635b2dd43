import SchemaIR
import SwiftEmitter
import Testing

/// Edge cases of the namespace rule: aliases yielding, reserved and case-variant segments.
@Suite struct NamespaceNamingTests {
  typealias F = EmitterFixture

  static let declarations: [TypeDeclaration] = [
    // `com.example.thing` is an alias and a namespace prefix: the namespace keeps the name.
    F.declaration("com.example.thing#main", name: "com.example.thing", .alias(.primitive(.string))),
    F.object("com.example.thing.part#main", name: "com.example.thing.part", []),
    // A reserved word as a segment, and two spellings of one segment.
    F.object("com.example.type.x#main", name: "com.example.type.x", []),
    F.object("com.example.Widget.a#main", name: "com.example.Widget.a", []),
    F.object("com.example.widget.b#main", name: "com.example.widget.b", []),
    // A union whose decoding line would pass 120 columns wraps it.
    F.object(
      "com.example.long.recommendationsForTheViewer#livestreamRecommendationWithDetails",
      parent:
        "com.example.long.recommendationsForTheViewer#main", name: "livestreamRecommendationWithDetails", []),
    F.declaration(
      "com.example.long.recommendationsForTheViewer#main", name: "com.example.long.recommendationsForTheViewer",
      .union(
        UnionType(
          variants: [
            .init(
              sourceName: "livestreamRecommendationWithDetails",
              type: F.named("com.example.long.recommendationsForTheViewer#livestreamRecommendationWithDetails"),
              tags: ["com.example.long.recommendationsForTheViewer#livestreamRecommendationWithDetails"])
          ], discriminator: "$type", tagging: .atProtocolType, isOpen: true))),
    // A one-segment namespace (no authority): a plain top-level name.
    F.object("two.parts#main", name: "two.parts", []),
  ].map(F.namespaced)

  static let files = SwiftEmitter(options: EmitterOptions(moduleName: "Example")).emit(
    SchemaModule(declarations: declarations))

  @Test func pathsFollowTheRule() {
    #expect(
      Self.files.map(\.path) == [
        "ComExample.Long.RecommendationsForTheViewer.swift", "ComExample.Long.swift", "ComExample.Thing.Part.swift",
        "ComExample.Thing.swift", "ComExample.Thing2.swift",
        "ComExample.TypeModel.X.swift", "ComExample.TypeModel.swift", "ComExample.Widget.A.swift",
        "ComExample.Widget.B.swift", "ComExample.Widget.swift", "ComExample.swift", "TwoParts.swift",
      ])
    #expect(
      F.file("ComExample.Thing2.swift", in: Self.files) == """
        extension ComExample {
          public typealias Thing2 = String
        }

        """)
    #expect(
      F.file("ComExample.Thing.swift", in: Self.files)
        == "extension ComExample {\n  /// Lexicons under `com.example.thing`.\n  public enum Thing {}\n}\n")
  }

  @Test func longUnionDecodingLinesWrap() throws {
    let union = F.file("ComExample.Long.RecommendationsForTheViewer.swift", in: Self.files)
    #expect(
      union == """
        import SpecgenRuntime

        extension ComExample.Long {
          public enum RecommendationsForTheViewer: Codable, Hashable, Sendable {
            case livestreamRecommendationWithDetails(
              ComExample.Long.RecommendationsForTheViewer.LivestreamRecommendationWithDetails)
            /// A value none of the known variants describes, kept as JSON.
            case unknown(JSONValue)

            public init(from decoder: any Decoder) throws {
              let container = try decoder.container(keyedBy: AnyCodingKey.self)
              let tag = try container.decode(String.self, forKey: AnyCodingKey("$type"))
              switch tag {
              case "com.example.long.recommendationsForTheViewer#livestreamRecommendationWithDetails":
                self = .livestreamRecommendationWithDetails(
                  try ComExample.Long.RecommendationsForTheViewer.LivestreamRecommendationWithDetails(from: decoder))
              default:
                self = .unknown(try JSONValue(from: decoder))
              }
            }

            public func encode(to encoder: any Encoder) throws {
              switch self {
              case .livestreamRecommendationWithDetails(let value):
                try value.encode(to: encoder)
                try encoder.encodeLexiconType(
                  "com.example.long.recommendationsForTheViewer#livestreamRecommendationWithDetails")
              case .unknown(let value):
                try value.encode(to: encoder)
              }
            }

            public struct LivestreamRecommendationWithDetails: Codable, Hashable, Sendable {
              /// Creates a value; optional members default to absent (`nil`).
              public init() {}
            }
          }
        }

        """)
    let lint = try F.lint(Self.files)
    #expect(lint.status == 0, "\(lint.output)")
  }

  /// Dots in a name without a namespace are characters (an OpenAPI schema `com.example.models.Pet`).
  @Test func dottedNamesWithoutANamespaceStayFlat() {
    let files = F.emit([F.object("#/components/schemas/com.example.models.Pet", name: "com.example.models.Pet", [])])
    #expect(files.map(\.path) == ["ComExampleModelsPet.swift"])
    let deep = (0..<5000).map { "s\($0)" }.joined(separator: ".")
    let flat = F.emit([F.object("#/components/schemas/deep", name: deep, [])])
    #expect(flat.count == 1)
    #expect(flat.first?.path.hasPrefix("S0S1S2") == true)
  }

  /// A namespace of fifteen segments nests (fourteen namespaces and the type); a deeper one stays one flat
  /// name, so output stays linear in hostile input.
  @Test func veryDeepNamespacesStayFlat() {
    func declaration(depth: Int) -> TypeDeclaration {
      var object = F.object("a#main", name: "leaf", [])
      object.namespace = (0..<depth).map { "s\($0)" }
      return object
    }
    #expect(F.emit([declaration(depth: 15)]).count == 15)
    let deep = F.emit([declaration(depth: 16)])
    #expect(deep.map(\.path) == ["S0S1S2S3S4S5S6S7S8S9S10S11S12S13S14S15Leaf.swift"])
  }

  @Test func edgeCasesTypecheck() throws {
    let result = try F.typecheck(Self.files, moduleName: "Example")
    #expect(result.status == 0, "\(result.output)")
  }
}
