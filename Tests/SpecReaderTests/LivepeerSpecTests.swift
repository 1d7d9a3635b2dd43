import Foundation
import Testing

@testable import SpecReader

/// The real Livepeer spec in this package's `specs/livepeer`.
private let livepeerRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("specs/livepeer").path

@Suite struct LivepeerSpecTests {
  @Test func parsesTheFullSpecWithCorrectPositions() throws {
    let text = try String(contentsOfFile: livepeerRoot + "/openapi.yaml", encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Where `patch:` under `"/stream/{id}":` is, found independently of the reader.
    let pathLine = try #require(lines.firstIndex { $0 == "  \"/stream/{id}\":" })
    let patchLine = try #require(lines[pathLine...].firstIndex { $0 == "    patch:" })

    let node = try DocumentLoader(root: livepeerRoot).load("openapi.yaml")
    let stream = try #require(node["paths"]?["/stream/{id}"])
    let patch = try #require(stream.mapping?.entry("patch"))
    #expect(patch.keyLocation.line == patchLine + 1)
    #expect(patch.keyLocation.column == 5)
    #expect(patch.value.location.line == patchLine + 2)
    #expect(patch.value["operationId"]?.scalar?.text == "updateStream")
    #expect(node["openapi"]?.scalar?.text.hasPrefix("3.") == true)
    #expect((node["paths"]?.mapping?.count ?? 0) > 10)
  }
}
