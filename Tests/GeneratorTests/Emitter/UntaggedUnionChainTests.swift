import SchemaIR
import SwiftEmitter
import Testing

/// An untagged union's decoder is one `if … else if` chain, a line for each variant's attempt and one
/// setting `self`, ending in what no variant accepted becomes.
@Suite struct UntaggedUnionChainTests {
  typealias F = EmitterFixture

  /// An open untagged union tries its variants in one `if … else if` chain (one whose values may be of
  /// several kinds whatever the value's kind) and keeps a value none of them reads as JSON.
  @Test func anOpenUntaggedUnionKeepsWhatNoVariantReads() throws {
    let files = F.emit([
      F.declaration(
        "#/components/schemas/U",
        .union(
          UnionType(
            variants: [
              .init(sourceName: "text", type: .primitive(.string)),
              .init(sourceName: "count", type: .primitive(.string(format: "int64"))),
            ], isOpen: true)))
    ])
    #expect(
      F.file("U.swift", in: files).snippet("  public init(from decoder") == """
          public init(from decoder: any Decoder) throws {
            let kind = JSONKind(of: decoder)
            if kind.mayBe(.string), let value = try? String(from: decoder) {
              self = .text(value)
            } else if let value = try? Int64String(from: decoder) {
              self = .count(value)
            } else {
              self = .unknown(try JSONValue(from: decoder))
            }
          }
        """)
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }

  /// A closed union's chain ends in the runtime's error, which names the variants tried.
  @Test func aClosedUntaggedUnionThrowsTheRuntimesError() throws {
    let files = F.emit([
      F.declaration(
        "#/components/schemas/U",
        .union(
          UnionType(variants: [
            .init(sourceName: "flag", type: .primitive(.boolean)),
            .init(sourceName: "count", type: .primitive(.string(format: "int64"))),
          ])))
    ])
    #expect(
      F.file("U.swift", in: files).snippet("  public init(from decoder") == """
          public init(from decoder: any Decoder) throws {
            let kind = JSONKind(of: decoder)
            if kind.mayBe(.boolean), let value = try? Bool(from: decoder) {
              self = .flag(value)
            } else if let value = try? Int64String(from: decoder) {
              self = .count(value)
            } else {
              throw UntaggedUnion.noVariantAccepted(decoder, tried: "flag, count")
            }
          }
        """)
    let result = try F.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }
}
