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
    #expect(stream.contains("  public var own: Stream.Multistream?\n"))
    #expect(stream.contains("  public var shared: Models.Multistream?\n"))
    #expect(stream.contains("  public struct Stream2: Codable, Hashable, Sendable {"))
    #expect(stream.contains("  public struct _Legacy: Codable, Hashable, Sendable {"))
    #expect(stream.contains("  @available(*, deprecated)\n  public typealias Legacy = _Legacy\n"))
    #expect(Self.file("Choice.swift").contains("  case legacy(Stream._Legacy)\n"))
  }

  @Test func memberNamesAreEscapedOrRenamed() {
    let stream = Self.file("Stream.swift")
    #expect(stream.contains("  public var selfValue: String?\n"))
    #expect(stream.contains("  public var init2: String?\n"))
    #expect(stream.contains("  public var `protocol`: String?\n"))
    #expect(stream.contains("  public var type: String?\n"))
    #expect(stream.contains("  public var hashValue2: String?\n"))
    #expect(stream.contains("  public var aB: String?\n  public var aB2: String?\n"))
    #expect(stream.contains("  public var additionalProperties: [String: JSONValue]\n"))
    #expect(stream.contains("  public var additionalProperties2: String?\n"))
    #expect(stream.contains("    case `protocol`\n"))
    #expect(stream.contains("    case selfValue = \"self\"\n"))
    #expect(stream.contains("  /// Bell and nul are dropped; é and 👍 stay.\n  public var weIrdName: String?\n"))
    #expect(stream.contains("    case weIrdName = \"we\\\"ird\\\\name\\n\"\n"))
    #expect(stream.contains("  @Indirect public var loop: Nullable<Stream>?\n"))
    #expect(stream.contains("  @Indirect private var _older: Stream?\n"))
    #expect(stream.contains("    self._older = try container.decodeIfPresent(Stream.self, forKey: ._older)\n"))
  }

  @Test func enumAndUnionCasesAvoidTheUnknownCase() {
    let state = Self.file("State.swift")
    // An open enumeration has no catch-all case: a value spelled `unknown` is `.unknown`.
    #expect(state.contains("  public static let unknown = Self(rawValue: \"unknown\")\n"))
    #expect(state.contains("  public static let allCases: [State] = [.unknown, .ok]\n"))
    #expect(Self.file("Nothing.swift").contains("  public static let allCases: [Nothing] = []\n"))
    let choice = Self.file("Choice.swift")
    #expect(choice.contains("  case unknown2(JSONValue)\n"))
    #expect(choice.contains("    case \"a\":\n      self = .legacy("))
    #expect(choice.contains("    case \"b\":\n      self = .stream("))
    #expect(Self.file("NeverModel.swift").contains("    switch self {}\n"))
  }

  @Test func hoistedDeclarationsKeepTheirParentsName() {
    #expect(Self.file("HandlePart.swift").contains("public struct HandlePart: Codable, Hashable, Sendable {"))
    #expect(Self.file("Orphan.swift").contains("public struct Orphan: Codable, Hashable, Sendable {"))
  }

  @Test func edgeCasesTypecheck() throws {
    let result = try F.typecheck(Self.files)
    #expect(result.status == 0, "\(result.output)")
  }
}
