import Foundation
import HTTPTypes
import SwiftEmitter
import Testing

/// XRPC request builders generated from lexicons (the seed `updateLivestream` and a few more), compiled
/// with the runtime and run against a transport that answers from memory.
@Suite struct XRPCRequestBuilderTests {
  static let main = #"""
    import Foundation
    import SpecgenRuntime

    final class Answering: Transport, @unchecked Sendable {
      let lock = NSLock()
      var sent: [APIRequest] = []
      let status: Int
      let body: String
      init(status: Int, body: String) {
        self.status = status
        self.body = body
      }
      func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
        lock.withLock { sent.append(request) }
        return APIResponse(status: status, headers: [.contentType: "application/json"], body: Data(body.utf8))
      }
    }

    let server = URL(string: "https://stream.place")!
    let input = try JSONDecoder().decode(
      PlaceStream.Moderation.UpdateLivestream.Input.self,
      from: Data(#"{"streamer":"did:plc:abc123","livestreamUri":"at://did:plc:abc123/place.stream.livestream/3k","title":"Live now"}"#.utf8))
    let ok = Answering(status: 200, body: #"{"uri":"at://did:plc:abc123/place.stream.livestream/3k","cid":"bafyreib2"}"#)
    let output = try await ModelsClient(serverURL: server, transport: ok).place.stream.moderation.updateLivestream(body: input)
    let request = ok.sent[0]
    print(request.method, request.path, request.header("Content-Type") ?? "-")
    print(String(decoding: request.body ?? Data(), as: UTF8.self))
    print(output.uri, output.cid)

    for body in [#"{"error":"RecordNotFound","message":"no such livestream"}"#, #"{"error":"Teapot"}"#, "<html>"] {
      do {
        _ = try await ModelsClient(serverURL: server, transport: Answering(status: 400, body: body))
          .place.stream.moderation.updateLivestream(body: input)
        print("no error")
      } catch let error as PlaceStream.Moderation.UpdateLivestream.Error {
        switch error {
        case .recordNotFound(let xrpc): print("recordNotFound", xrpc.status, xrpc.message ?? "-")
        case .unknown(let xrpc): print("unknown", xrpc.error ?? "-")
        default: print("other", error)
        }
      }
    }

    let query = try PlaceStream.Live.GetSegments.request(user: "did:plc:x", tags: ["a b", "c"], limit: 5)
    print(query.method, query.path + "?" + query.queryString, query.body == nil)
    let raw = try PlaceStream.Live.UploadThumbnail.request(body: Data([0x89, 0x50]))
    print(raw.method, raw.header("Content-Type") ?? "-", raw.body?.count ?? 0)
    print(try PlaceStream.Live.SubscribeSegments.webSocketURL(serverURL: server, cursor: 42).absoluteString)
    """#

  @Test func updateLivestreamAndFriendsBehave() throws {
    var lexicons = XRPCFixture.others
    lexicons[LexiconFixture.path("place.stream.moderation.updateLivestream")] = XRPCFixture.updateLivestream
    let result = try EmitterFixture.compileAndRun(try XRPCFixture.emit(lexicons), main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "POST /xrpc/place.stream.moderation.updateLivestream application/json",
        #"{"livestreamUri":"at://did:plc:abc123/place.stream.livestream/3k","streamer":"did:plc:abc123","title":"Live now"}"#,
        "at://did:plc:abc123/place.stream.livestream/3k bafyreib2",
        "recordNotFound 400 no such livestream",
        "unknown Teapot",
        "unknown -",
        "GET /xrpc/place.stream.live.getSegments?user=did%3Aplc%3Ax&tags=a%20b&tags=c&limit=5 true",
        "POST image/png 2",
        "wss://stream.place/xrpc/place.stream.live.subscribeSegments?cursor=42",
      ])
  }

  @Test func emittedXRPCCodeTypechecksWithWarningsAsErrors() throws {
    var lexicons = XRPCFixture.others
    lexicons[LexiconFixture.path("place.stream.moderation.updateLivestream")] = XRPCFixture.updateLivestream
    let result = try EmitterFixture.typecheck(try XRPCFixture.emit(lexicons))
    #expect(result.status == 0, "\(result.output)")
  }
}
