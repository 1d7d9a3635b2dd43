import SchemaIR
import SwiftEmitter
import Testing

/// IR in, Swift out: one case per kind of declaration, checked on the exact lines that matter.
@Suite struct EmitterSnippetTests {
  typealias F = EmitterFixture
  static let files = F.emit(F.everyKind)

  static func file(_ path: String) -> String { F.file(path, in: files) }

  @Test func objectGetsCodingKeysOnlyWhenNamesDiffer() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(payload.contains("public struct StreamPatchPayload: Codable, Hashable, Sendable {"))
    #expect(payload.contains("  public var fpsDen: Int32\n"))
    #expect(payload.contains("  private enum CodingKeys: String, CodingKey {\n    case name\n"))
    #expect(payload.contains("    case fpsDen = \"fps_den\"\n"))
    #expect(payload.contains("    case `default`\n"))
    #expect(payload.contains("  public var `default`: Bool?\n"))
    #expect(payload.contains("  /// The name.\n  public var name: String?\n"))
    #expect(payload.contains("  public var created: DateTime?\n"))
    #expect(payload.contains("  public var tags: [String: [Double]]?\n"))
    #expect(payload.contains("  public var anything: JSONValue?\n"))
    #expect(!Self.file("Cat.swift").contains("CodingKeys"))
  }

  @Test func memberwiseInitDefaultsOnlyOptionalMembers() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(payload.contains("    name: String? = nil,\n"))
    #expect(payload.contains("    fpsDen: Int32,\n"))
    #expect(payload.contains("    requiredNull: Nullable<String>,\n"))
    #expect(payload.contains("    self.fpsDen = fpsDen\n"))
    #expect(Self.file("Cat.swift").contains("  public init(petType: String) {\n    self.petType = petType\n  }\n"))
    #expect(Self.file("Empty.swift").contains("  public init() {}\n"))
  }

  @Test func nullableFieldsDistinguishNullFromAbsent() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(payload.contains("  public var playbackPolicy: Nullable<PlaybackPolicy>?\n"))
    #expect(payload.contains("  public var requiredNull: Nullable<String>\n"))
    #expect(payload.contains("    case requiredNull = \"required-null\"\n"))
  }

  @Test func openEnumIsAStructOverItsRawValue() {
    #expect(
      Self.file("PlaybackPolicy.swift").hasSuffix(
        """
        import SpecgenRuntime

        public struct PlaybackPolicy: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          public static let `public` = Self(rawValue: "public")
          public static let mp4 = Self(rawValue: "MP4")
          public static let jwt = Self(rawValue: "jwt")

          /// The values the API lists.
          public static let allCases: [PlaybackPolicy] = [.`public`, .mp4, .jwt]
        }

        """))
    #expect(Self.file("OpenLevel.swift").contains("  public let rawValue: Int\n  public init(rawValue: Int) {"))
  }

  @Test func closedEnumsUseRawValues() {
    #expect(
      Self.file("Level.swift") == """
        public enum Level: Int, Codable, Hashable, Sendable, CaseIterable {
          case _1 = 1
          case _minus2 = -2
        }

        """)
    #expect(Self.file("Resolution.swift").contains("  case _1080p = \"1080p\"\n  case _720p = \"720p\"\n"))
  }

  @Test func discriminatedUnionDispatchesOnTags() {
    let pet = Self.file("Pet.swift")
    #expect(pet.hasPrefix("import SpecgenRuntime\n\npublic enum Pet: Codable, Hashable, Sendable {\n"))
    #expect(pet.contains("  case cat(Cat)\n  case dog(Dog)\n"))
    #expect(pet.contains("  case unknown(JSONValue)\n"))
    // Open: a value without its tag is kept too, like one with an unknown tag.
    #expect(
      pet.contains(
        """
            guard let tag = try? container.decode(String.self, forKey: AnyCodingKey("petType")) else {
              self = .unknown(try JSONValue(from: decoder))
              return
            }
        """))
    #expect(pet.contains("    case \"Cat\", \"kitty\":\n      self = .cat(try Cat(from: decoder))\n"))
    #expect(pet.contains("    case \"dog\":\n      self = .dog(try Dog(from: decoder))\n"))
    #expect(pet.contains("    default:\n      self = .unknown(try JSONValue(from: decoder))\n"))
    let strict = Self.file("StrictPet.swift")
    #expect(!strict.contains("unknown("))
    #expect(strict.contains("throw DecodingError.dataCorruptedError("))
  }

  @Test func undiscriminatedUnionTriesVariantsInOrder() {
    let creator = Self.file("CreatorId.swift")
    let string = creator.range(of: "if let value = try? String(from: decoder) {")
    let cat = creator.range(of: "if let value = try? Cat(from: decoder) {")
    #expect(string != nil && cat != nil)
    if let string, let cat { #expect(string.lowerBound < cat.lowerBound) }
    #expect(creator.contains("throw DecodingError.dataCorrupted(context)"))
    #expect(creator.contains("    case .string(let value):\n      try value.encode(to: encoder)\n"))
    #expect(!creator.contains("import SpecgenRuntime"))
  }

  @Test func aliasIsATypealias() {
    #expect(Self.file("UserId.swift") == "public typealias UserId = String\n")
  }

  @Test func nestedDeclarationsLiveInTheirParent() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(payload.contains("  public var multistream: StreamPatchPayload.Multistream?\n"))
    #expect(
      payload.contains(
        "\n  public struct Multistream: Codable, Hashable, Sendable {\n    public var targets: [String]?\n"))
    #expect(!Self.files.contains { $0.path.contains("Multistream") })
  }

  @Test func recursiveStructFieldsAreIndirect() {
    let node = Self.file("Node.swift")
    #expect(node.contains("  @Indirect public var parent: Node?\n"))
    #expect(node.contains("  public var children: [Node]?\n"))
    #expect(node.contains("  @Indirect public var partner: Partner?\n"))
    #expect(Self.file("Partner.swift").contains("  @Indirect public var node: Node?\n"))
    #expect(Self.file("Expression.swift").contains("public indirect enum Expression: Codable, Hashable, Sendable {"))
    #expect(Self.file("Sum.swift").contains("  public var left: Expression\n"))
    #expect(!Self.file("Pet.swift").contains("indirect"))
  }

  @Test func deprecatedFieldsHideBehindADeprecatedAccessor() {
    let payload = Self.file("StreamPatchPayload.swift")
    #expect(
      payload.contains(
        """
          /// - Warning: Deprecated.
          @available(*, deprecated)
          public var kind: String? {
            get { _kind }
            set { _kind = newValue }
          }
          private var _kind: String?

        """))
    #expect(payload.contains("    case _kind = \"kind\"\n"))
    #expect(payload.contains("    self._kind = kind\n"))
  }

  @Test func deprecatedTypesArePublishedThroughADeprecatedTypealias() {
    let old = Self.file("OldThing.swift")
    #expect(old.contains("public struct _OldThing: Codable, Hashable, Sendable {"))
    #expect(old.contains("@available(*, deprecated)\npublic typealias OldThing = _OldThing\n"))
    #expect(Self.file("StreamPatchPayload.swift").contains("  public var old: _OldThing?\n"))
  }

  @Test func additionalPropertiesAreKeptWithHandWrittenCoding() {
    let labels = Self.file("Labels.swift")
    #expect(labels.contains("  public var additionalProperties: [String: String]\n"))
    #expect(labels.contains("  public init(id: String, additionalProperties: [String: String] = [:]) {\n"))
    #expect(labels.contains("  private enum CodingKeys: String, CodingKey, CaseIterable {\n    case id\n  }\n"))
    #expect(
      labels.contains(
        "decoder.decodeAdditionalProperties(\n      String.self, excluding: Set(CodingKeys.allCases.map(\\.rawValue)))")
    )
    #expect(labels.contains("    try encoder.encodeAdditionalProperties(additionalProperties)\n"))
  }

  @Test func reservedNamesGetAModelSuffix() {
    #expect(Self.file("ErrorModel.swift").contains("public struct ErrorModel: Codable, Hashable, Sendable {"))
  }

  @Test func accessLevelAppliesToEveryDeclaration() throws {
    let internalFiles = F.emit(F.everyKind, access: .internal)
    #expect(internalFiles.map(\.path) == Self.files.map(\.path))
    for file in internalFiles {
      #expect(!file.contents.contains("public "), "\(file.path)")
      #expect(!file.contents.contains("package "), "\(file.path)")
    }
    #expect(
      F.file("Cat.swift", in: internalFiles).hasPrefix(
        "struct Cat: Codable, Hashable, Sendable {\n  var petType: String\n"))
    let packageFiles = F.emit(F.everyKind, access: .package)
    #expect(F.file("Cat.swift", in: packageFiles).contains("package struct Cat: Codable, Hashable, Sendable {"))
    #expect(F.file("Cat.swift", in: packageFiles).contains("  package init(petType: String) {"))
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
      F.file("Live.swift", in: files).contains(
        """
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

        """))
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
    #expect(
      F.file("Level0.swift", in: files).contains("Level0.Level1.Level2.Level3.Level4.Level5.Level6.Level7.Level8?"))
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }
}
