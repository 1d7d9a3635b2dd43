import Foundation
import HTTPTypes
import Livepeer
import SpecgenRuntime
import Testing

/// Generated untagged unions read through the client's response path (`StrictJSONDecoder`, which tells
/// each union the kind of its value) and through `JSONDecoder` (which cannot, so each variant is tried
/// in turn): both give the same values.
@Suite struct UntaggedUnionDecodingTests {
  /// A stream whose `userTags` hold each variant of `UserTagsValue` (string, number, array of string or
  /// number) and whose `pull.isMobile` is the integer variant of `IsMobile` (listed before the boolean).
  let streamJSON = Data(
    #"""
    {"name": "studio", "userTags": {"a": "text", "b": 2.5, "c": 7, "d": ["x", 1, 2.5]},
     "pull": {"source": "rtmp://in", "isMobile": 2}}
    """#.utf8)

  @Test func theClientReadsEveryVariantByItsKind() async throws {
    let transport = RecordingTransport(
      answer: APIResponse(status: 200, headers: [.contentType: "application/json"], body: streamJSON))
    let stream = try await LivepeerClient(transport: transport).getStream(id: "s")
    #expect(stream.userTags?["a"] == .string("text"))
    #expect(stream.userTags?["b"] == .number(2.5))
    #expect(stream.userTags?["c"] == .number(7))
    #expect(stream.userTags?["d"] == .array([.string("x"), .number(1), .number(2.5)]))
    #expect(stream.pull?.isMobile == .integer(._2))
    // JSONDecoder, trying each variant in turn, reads the same.
    #expect(try JSONDecoder().decode(Stream.self, from: streamJSON) == stream)
  }

  @Test func theSecondVariantIsReadWithEitherDecoder() throws {
    let json = Data(#"[1700000000000, "2024-05-01T12:00:00Z"]"#.utf8)
    let strict = try StrictJSONDecoder().decode([StringOrInteger].self, from: json)
    #expect(strict == [.integer(1_700_000_000_000), .string(DateTime(rawValue: "2024-05-01T12:00:00Z")!)])
    #expect(try JSONDecoder().decode([StringOrInteger].self, from: json) == strict)
    let records = try StrictJSONDecoder().decode([GetRecordedSessionsRecord].self, from: Data("[true, 0]".utf8))
    #expect(records == [.boolean(true), .integer(0)])
    #expect(try JSONDecoder().decode([GetRecordedSessionsRecord].self, from: Data("[true, 0]".utf8)) == records)
  }

  @Test func aValueOfNoVariantsKindNamesItsPath() {
    let json = Data(#"{"name": "studio", "userTags": {"a": {"nested": true}}}"#.utf8)
    for decode in [
      { try StrictJSONDecoder().decode(Stream.self, from: json) },
      { try JSONDecoder().decode(Stream.self, from: json) },
    ] {
      let error = #expect(throws: DecodingError.self) { try decode() }
      guard case .dataCorrupted(let context)? = error else { continue }
      #expect(context.codingPath.map(\.stringValue) == ["userTags", "a"])
      #expect(context.debugDescription == "no variant accepted the value; tried string, number, array")
    }
  }

  @Test func anErrorBodyUnionIsRankedAndRead() {
    func answer(_ json: String) -> LivepeerClient.GenError {
      LivepeerClient.GenError(
        APIResponse(status: 400, headers: [.contentType: "application/json"], body: Data(json.utf8)))
    }
    guard case .badRequest(.httpError(let error), _) = answer(#"{"detail": {"msg": "bad input"}}"#) else {
      Issue.record("expected the HTTPError variant")
      return
    }
    #expect(error.detail.msg == "bad input")
    guard case .badRequest(.studioApiError(let studio), _) = answer(#"{"errors": ["no"]}"#) else {
      Issue.record("expected the StudioApiError variant")
      return
    }
    #expect(studio.errors == ["no"])
  }
}
