import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// The `updateStream` contract: a patch can say "set to null" and "leave unchanged", and both
/// survive a decode.
@Suite struct ExplicitNullTests {
  private func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test func explicitNullIsSent() throws {
    #expect(try json(StreamPatchPayload(playbackPolicy: .null)) == #"{"playbackPolicy":null}"#)
  }

  @Test func absentMembersAreNotSent() throws {
    #expect(try json(StreamPatchPayload()) == "{}")
  }

  @Test func aValueIsSent() throws {
    let payload = StreamPatchPayload(
      record: true, playbackPolicy: .value(PlaybackPolicy(type: .jwt)), name: "studio")
    #expect(try json(payload) == #"{"name":"studio","playbackPolicy":{"type":"jwt"},"record":true}"#)
  }

  @Test func decodingKeepsNullApartFromAbsent() throws {
    let decoder = JSONDecoder()
    let null = try decoder.decode(StreamPatchPayload.self, from: Data(#"{"playbackPolicy":null}"#.utf8))
    let absent = try decoder.decode(StreamPatchPayload.self, from: Data("{}".utf8))
    let value = try decoder.decode(StreamPatchPayload.self, from: Data(#"{"playbackPolicy":{"type":"public"}}"#.utf8))
    #expect(null.playbackPolicy == .null)
    #expect(absent.playbackPolicy == nil)
    #expect(value.playbackPolicy == .value(PlaybackPolicy(type: .public)))
    #expect(null != absent)
    #expect(try json(null) == #"{"playbackPolicy":null}"#)
    #expect(try json(absent) == "{}")
  }

  @Test func nullableArraysToo() throws {
    #expect(try json(StreamPatchPayload(profiles: .null)) == #"{"profiles":null}"#)
    let decoded = try JSONDecoder().decode(StreamPatchPayload.self, from: Data(#"{"profiles":null}"#.utf8))
    #expect(decoded.profiles == .null)
  }

  @Test func unknownEnumValuesAreKept() throws {
    let policy = try JSONDecoder().decode(PlaybackPolicy.self, from: Data(#"{"type":"geo-fenced"}"#.utf8))
    #expect(policy.type == .init(rawValue: "geo-fenced"))
    #expect(try json(policy) == #"{"type":"geo-fenced"}"#)
  }

  @Test func forbiddenExtraMembersDoNotLeakIntoTheModel() throws {
    // `additionalProperties: false`: decoding ignores them, re-encoding does not invent them.
    let payload = try JSONDecoder().decode(StreamPatchPayload.self, from: Data(#"{"name":"a","bogus":1}"#.utf8))
    #expect(try json(payload) == #"{"name":"a"}"#)
  }
}
