import Foundation
import SpecgenRuntime
import Testing

/// Event-stream frames encoded by an independent implementation (libipld, `Tests/Fixtures/atproto-frames.json`,
/// written by `scripts/atproto/make_frames.py`): read into header and body, and written back byte for byte.
@Suite struct XRPCFrameTests {
  struct Fixture: Decodable, CustomStringConvertible, Sendable {
    var name: String
    var frame: String
    var header: JSONValue
    var body: JSONValue
    var description: String { name }
    var data: Data { Data(base64Encoded: frame) ?? Data() }
  }

  struct File: Decodable { var frames: [Fixture] }

  static let fixtures: [Fixture] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/atproto-frames.json")
    return (try? JSONDecoder().decode(File.self, from: Data(contentsOf: url)).frames) ?? []
  }()

  @Test func thereAreFrames() { #expect(Self.fixtures.count == 4) }

  @Test(arguments: fixtures)
  func readsTheFrameAndWritesItBackByteForByte(_ fixture: Fixture) throws {
    let frame = try XRPCFrame(fixture.data)
    #expect(JSONValue.integer(frame.op) == fixture.header["op"])
    #expect(frame.type.map(JSONValue.string) == fixture.header["t"])
    #expect(frame.body == fixture.body)
    #expect(try frame.encoded() == fixture.data)
  }

  @Test func errorFramesCarryTheirError() throws {
    let frame = try XRPCFrame(try #require(Self.fixtures.first { $0.name == "error frame" }).data)
    #expect(frame.error == XRPCError(status: 0, error: "FutureCursor", message: "Cursor in the future."))
    #expect(throws: XRPCError.self) { _ = try frame.message(JSONValue.self, nsid: "com.example.subscribe") }
  }

  @Test func aTruncatedFrameThrows() throws {
    let data = try #require(Self.fixtures.first).data
    #expect(throws: DAGCBORError.self) { _ = try XRPCFrame(data.prefix(data.count - 3)) }
  }
}
