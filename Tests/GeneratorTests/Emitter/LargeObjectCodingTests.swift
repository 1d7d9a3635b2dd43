import Foundation
import SchemaIR
import Testing

@testable import SwiftEmitter

/// An object with more members than `literalKeyThreshold` writes its coding out with literal keys and
/// no `CodingKeys` enumeration (synthesized coding of 2,000 members took 123 s to compile), and still
/// reads and writes every member, keeping unlisted ones.
@Suite struct LargeObjectCodingTests {
  typealias F = EmitterFixture

  static let count = DeclarationEmitter.literalKeyThreshold + 1
  static let files = F.emit([
    F.object(
      "#/components/schemas/Wide",
      [Field(jsonName: "the-id", type: .primitive(.string), isRequired: true)]
        + (1..<count).map { Field(jsonName: "f\($0)", type: .primitive(.integer(format: nil))) },
      additional: .kept(.primitive(.string)))
  ])

  @Test func keysAreLiteralsAndUnlistedMembersAreReadApart() {
    let wide = F.file("Wide.swift", in: Self.files)
    #expect(!wide.contains("CodingKeys"))
    #expect(
      wide.snippet("  public init(from decoder: any Decoder) throws {").hasPrefix(
        """
          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            self.theId = try container.decode(String.self, forKey: "the-id")
            self.f1 = try container.decodeIfPresent(Int.self, forKey: "f1")
        """))
    #expect(
      wide.contains(
        """
            self.additionalProperties = try decoder.decodeAdditionalProperties(
              String.self, excluding: Self.listedMembers)
        """))
    #expect(wide.contains("  private static let listedMembers: Set<String> = [\n    \"the-id\",\n    \"f1\",\n"))
    #expect(wide.contains("    try container.encode(theId, forKey: \"the-id\")\n"))
  }

  @Test func everyMemberRoundTrips() throws {
    let main = """
      import Foundation
      let text = #"{"the-id":"i","f1":1,"f\(Self.count - 1)":2,"extra":"x"}"#
      let wide = try JSONDecoder().decode(Wide.self, from: Data(text.utf8))
      print(wide.theId, wide.f1 ?? 0, wide.f\(Self.count - 1) ?? 0, wide.f2 == nil, wide.additionalProperties)
      let encoder = JSONEncoder()
      encoder.outputFormatting = .sortedKeys
      print(String(decoding: try encoder.encode(wide), as: UTF8.self))
      """
    let result = try F.compileAndRun(Self.files, main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output
        == "i 1 2 true [\"extra\": \"x\"]\n{\"extra\":\"x\",\"f1\":1,\"f\(Self.count - 1)\":2,\"the-id\":\"i\"}\n")
  }
}
