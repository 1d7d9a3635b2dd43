import Foundation
import PlaceStream
import SpecgenRuntime
import Testing

/// place.stream subscriptions read from event-stream frames that libipld encoded
/// (`Tests/Fixtures/atproto-frames.json`): the frame's `t` selects the generated message case.
@Suite struct PlaceStreamSubscriptionTests {
  struct File: Decodable {
    struct Fixture: Decodable {
      var name: String
      var frame: String
    }
    var frames: [Fixture]
  }

  /// The bytes of the fixture frame named `name`, as libipld wrote them.
  static func data(_ name: String) throws -> Data {
    let url = PackageLayout.root.appendingPathComponent("Tests/Fixtures/atproto-frames.json")
    let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    let fixture = try #require(file.frames.first { $0.name == name })
    return try #require(Data(base64Encoded: fixture.frame))
  }

  static func frame(_ name: String) throws -> XRPCFrame {
    try XRPCFrame(try data(name))
  }

  static let nsid = "place.stream.live.subscribeSegments"

  @Test func aSegmentFrameIsTheSegmentCase() throws {
    let message = try Self.frame("place.stream segment (a bytes message)")
      .message(PlaceStream.Live.SubscribeSegments.Message.self, nsid: Self.nsid)
    #expect(message == .segment(ATBytes(Data(stride(from: 0, to: 256, by: 7).map { UInt8($0) }))))
    let full = try Self.frame("full type name").message(
      PlaceStream.Live.SubscribeSegments.Message.self, nsid: Self.nsid)
    #expect(full == .segment(ATBytes(Data())))
  }

  @Test func anUnknownMessageTypeIsKept() throws {
    var frame = try Self.frame("commit-shaped message with a CID link, bytes and nesting")
    let message = try frame.message(PlaceStream.Live.SubscribeSegments.Message.self, nsid: Self.nsid)
    guard case .unknown(let raw) = message else {
      Issue.record("expected .unknown, got \(message)")
      return
    }
    #expect(raw["$type"] == "place.stream.live.subscribeSegments#commit")
    #expect(raw["ops"]?[0]?["cid"] == ["$link": "bafyreiclp443lavogvhj3d2ob2cxbfuscni2k5jk7bebjzg7khl3esabwq"])
    frame.type = nil
    #expect(throws: DAGCBORError.self) { _ = try frame.message(JSONValue.self, nsid: Self.nsid) }
  }
}
