import Foundation
import PlaceStream
import SpecgenRuntime
import Testing

/// The committed `Generated/PlaceStream` XRPC client for the seed `place.stream.moderation.updateLivestream`.
@Suite struct UpdateLivestreamClientTests {
  private let server = URL(fileURLWithPath: "/").deletingLastPathComponent()

  private func input() throws -> PlaceStream.Moderation.UpdateLivestream.Input {
    try JSONDecoder().decode(
      PlaceStream.Moderation.UpdateLivestream.Input.self,
      from: Data(
        #"{"streamer":"did:plc:abc123","livestreamUri":"at://did:plc:abc123/place.stream.livestream/3k","title":"Live"}"#
          .utf8))
  }

  @Test func buildsPostWithJSONBody() throws {
    let request = try PlaceStream.Moderation.UpdateLivestream.request(body: try input())
    #expect(request.method == "POST")
    #expect(request.path == "/xrpc/place.stream.moderation.updateLivestream")
    #expect(request.header("Content-Type") == "application/json")
    let sent = try JSONDecoder().decode(JSONValue.self, from: request.body ?? Data())
    #expect(
      sent == [
        "streamer": "did:plc:abc123", "livestreamUri": "at://did:plc:abc123/place.stream.livestream/3k",
        "title": "Live",
      ])
  }

  @Test func decodesOutputThroughTheClient() async throws {
    let body = #"{"uri":"at://did:plc:abc123/place.stream.livestream/3k","cid":"bafyreib2rxk3rh6kzwq"}"#
    let transport = RecordingTransport(answer: APIResponse(status: 200, body: Data(body.utf8)))
    let client = PlaceStreamClient(
      serverURL: try #require(URL(string: "https://stream.place")), transport: transport)
    let output = try await client.place.stream.moderation.updateLivestream(body: try input())
    let encoded = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(output))
    #expect(
      encoded == ["uri": "at://did:plc:abc123/place.stream.livestream/3k", "cid": "bafyreib2rxk3rh6kzwq"])
    #expect(transport.requests.first?.request.path == "/xrpc/place.stream.moderation.updateLivestream")
    #expect(transport.requests.first?.baseURL.absoluteString == "https://stream.place")
  }

  @Test func declaredErrorMapsToTypedCase() throws {
    let response = APIResponse(
      status: 400, body: Data(#"{"error":"RecordNotFound","message":"no such livestream"}"#.utf8))
    do {
      _ = try PlaceStream.Moderation.UpdateLivestream.response(response)
      Issue.record("an error answer must throw")
    } catch PlaceStream.Moderation.UpdateLivestream.Error.recordNotFound(let body) {
      #expect(body == XRPCError(status: 400, error: "RecordNotFound", message: "no such livestream"))
    }
  }

  @Test func undeclaredErrorIsKept() throws {
    let response = APIResponse(status: 500, body: Data(#"{"error":"InternalServerError"}"#.utf8))
    #expect(
      throws: PlaceStream.Moderation.UpdateLivestream.Error.unknown(
        XRPCError(status: 500, error: "InternalServerError", message: nil))
    ) {
      try PlaceStream.Moderation.UpdateLivestream.response(response)
    }
  }
}
