import Foundation
import SchemaIR
import Testing

@testable import SwiftEmitter

/// An object with more optional members than `copyAssignmentThreshold` sets them on a copy of `self`
/// (the compiler's definite-initialization analysis of `self.x = x` is superlinear in their count).
@Suite struct LargeObjectInitTests {
  typealias F = EmitterFixture

  static let optionalCount = DeclarationEmitter.copyAssignmentThreshold + 1
  static let files = F.emit([
    F.object(
      "#/components/schemas/Wide",
      [Field(jsonName: "id", type: .primitive(.string), isRequired: true)]
        + (0..<optionalCount).map { Field(jsonName: "f\($0)", type: .primitive(.string)) }
        + [Field(jsonName: "copy", type: .primitive(.string))],
      additional: .kept(.primitive(.string)))
  ])

  @Test func optionalMembersAreSetOnACopy() {
    let wide = F.file("Wide.swift", in: Self.files)
    let initializer =
      ["  public init(", "    id: String,"]
      + (0..<Self.optionalCount).map { "    f\($0): String? = nil," }
      + ["    copy: String? = nil,", "    additionalProperties: [String: String] = [:]"]
      + ["  ) {", "    self.id = id", "    self.additionalProperties = additionalProperties", "    var copy_ = self"]
      + (0..<Self.optionalCount).map { "    copy_.f\($0) = f\($0)" }
      + ["    copy_.copy = copy", "    self = copy_", "  }"]
    #expect(wide.snippet("  public init(") == initializer.joined(separator: "\n"))
  }

  @Test func theCopyKeepsEveryArgument() throws {
    let main = """
      let wide = Wide(id: "i", f0: "a", f64: "z", copy: "c", additionalProperties: ["x": "y"])
      print(wide.id, wide.f0 ?? "-", wide.f64 ?? "-", wide.copy ?? "-", wide.f1 == nil, wide.additionalProperties)
      """
    let result = try F.compileAndRun(Self.files, main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output == "i a z c true [\"x\": \"y\"]\n")
  }
}
