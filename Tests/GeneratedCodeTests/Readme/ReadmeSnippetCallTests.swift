import APIVideo
import Foundation
import HTTPTypes
import Mux
import PlaceStream
import SpecgenRuntime
import Testing
import YouTube

/// The Mux, api.video and place.stream README snippets, run against a recording transport.
@Suite struct ReadmeSnippetCallTests {
  @Test func muxSnippetSendsWhatItSays() async throws {
    let client = try ReadmeSnippets.muxClient(tokenId: "id", tokenSecret: "secret")
    #expect(client.serverURL.absoluteString == "https://api.mux.com")
    let transport = RecordingTransport(answers: [
      .json(201, #"{"data":{"id":"ls1","stream_key":"key-1","status":"idle"}}"#),
      .json(404, #"{"error":{"type":"not_found","messages":["Live stream not found"]}}"#),
    ])
    let output = SnippetOutput()
    try await ReadmeSnippets.muxCalls(
      MuxClient(serverURL: client.serverURL, transport: transport, credentials: client.credentials), output: output)
    let sent = transport.requests.map(\.request)
    #expect(
      sent.map { "\($0.method) \($0.path)" } == [
        "POST /video/v1/live-streams", "GET /video/v1/live-streams/no-such-stream",
      ])
    // HTTP basic: base64("id:secret").
    #expect(sent.allSatisfy { $0.header("Authorization") == "Basic aWQ6c2VjcmV0" })
    #expect(
      try JSONValue(jsonData: try #require(sent[0].body))
        == ["playback_policy": ["public"], "new_asset_settings": ["playback_policy": ["public"]]])
    #expect(output.printed == ["ls1 key-1", #"404 ["Live stream not found"]"#])
  }

  @Test func apiVideoSnippetSendsWhatItSays() async throws {
    let client = try ReadmeSnippets.apiVideoClient(apiKey: "key")
    #expect(client.serverURL.absoluteString == "https://ws.api.video")
    let transport = RecordingTransport(answers: [
      .json(
        200,
        #"{"liveStreamId":"li1","name":"studio","streamKey":"sk-1","public":true,"broadcasting":false,"restreams":[]}"#),
      .json(
        404,
        #"{"type":"https://docs.api.video/reference/resource-not-found","title":"The requested resource was not found.","status":404}"#
      ),
    ])
    let output = SnippetOutput()
    try await ReadmeSnippets.apiVideoCalls(
      APIVideoClient(serverURL: client.serverURL, transport: transport, credentials: client.credentials), output: output
    )
    let sent = transport.requests.map(\.request)
    #expect(sent.map { "\($0.method) \($0.path)" } == ["POST /live-streams", "GET /live-streams/no-such-stream"])
    #expect(sent.allSatisfy { $0.header("Authorization") == "Basic a2V5Og==" })
    #expect(try JSONValue(jsonData: try #require(sent[0].body)) == ["name": "studio", "public": true])
    #expect(output.printed == ["li1 sk-1", "404 false 123"])
  }

  @Test func apiVideoHeadersSnippetReadsTheRateLimit() async throws {
    var answer = APIResponse.json(200, #"{"data":[],"pagination":{"itemsTotal":0,"pagesTotal":0,"links":[]}}"#)
    answer.headers[HTTPField.Name("X-RateLimit-Remaining")!] = "42"
    answer.headers[HTTPField.Name("x-ratelimit-retry-after")!] = "7"
    let transport = RecordingTransport(answer: answer)
    let output = SnippetOutput()
    try await ReadmeSnippets.apiVideoHeaders(
      APIVideoClient(transport: transport, credentials: .init(apiKey: BasicCredentials(username: "k", password: ""))),
      output: output)
    #expect(transport.requests.first?.request.queryString == "pageSize=10")
    #expect(output.printed == ["0 42 7"])
  }

  @Test func apiVideoUploadSnippetSendsTheFile() async throws {
    let movieURL = FileManager.default.temporaryDirectory.appendingPathComponent("talk-\(UUID().uuidString).mp4")
    let bytes = Data([0, 1, 2, 0xFF, 0x0D, 0x0A]) + Data("moov".utf8)
    try bytes.write(to: movieURL)
    defer { try? FileManager.default.removeItem(at: movieURL) }
    let transport = RecordingTransport(answers: [
      .json(201, #"{"videoId":"vi4k0jvEUuaTdRAEjQ4Jfrgz","title":"Talk","public":true}"#)
    ])
    let output = SnippetOutput()
    try await ReadmeSnippets.apiVideoUpload(
      APIVideoClient(
        transport: transport, credentials: .init(apiKey: BasicCredentials(username: "k", password: ""))),
      movieURL: movieURL, output: output)
    let sent = try #require(transport.requests.first?.request)
    #expect("\(sent.method) \(sent.path)" == "POST /videos/vi4k0jvEUuaTdRAEjQ4Jfrgz/source")
    let contentType = try #require(sent.header("Content-Type"))
    let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
    let head = Data(
      ("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(movieURL.lastPathComponent)\"\r\n"
        + "Content-Type: video/mp4\r\n\r\n").utf8)
    #expect(try sent.bodyData() == head + bytes + Data("\r\n--\(boundary)--\r\n".utf8))
    #expect(sent.bodyFile != nil)  // a file given by URL is uploaded from a temporary file
    #expect(output.printed == ["vi4k0jvEUuaTdRAEjQ4Jfrgz Talk"])
  }

  @Test func streamedEventsSnippetReadsEventsInOrder() async throws {
    let (bytes, input) = AsyncStream<UInt8>.makeStream()
    for byte in Data("id: 1\ndata: first\n\n: ping\n\nevent: done\ndata: a\ndata: b\n\n".utf8) { input.yield(byte) }
    input.finish()
    let output = SnippetOutput()
    try await ReadmeSnippets.streamedEvents(bytes, output: output)
    #expect(output.printed == ["message 1 first", "done 1 a\nb"])
  }

  @Test func placeStreamSnippetSendsWhatItSays() async throws {
    let client = ReadmeSnippets.placeStreamClient()
    let transport = RecordingTransport(answers: [
      .json(400, #"{"error":"RecordNotFound","message":"no livestream at that URI"}"#)
    ])
    let output = SnippetOutput()
    try await ReadmeSnippets.placeStreamCalls(
      PlaceStreamClient(serverURL: client.serverURL, transport: transport), output: output)
    let sent = try #require(transport.requests.first?.request)
    #expect("\(sent.method) \(sent.path)" == "POST /xrpc/place.stream.moderation.updateLivestream")
    #expect(
      try JSONValue(jsonData: try #require(sent.body)) == [
        "streamer": "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
        "livestreamUri": "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/place.stream.livestream/3jzfcijpj2z2a",
        "title": "Late night coding",
      ])
    #expect(output.printed == ["no such livestream: no livestream at that URI"])
  }

  @Test func placeStreamSessionSnippetBuildsAnAuthorizingClient() throws {
    let client = ReadmeSnippets.placeStreamSession(accessJwt: { "jwt" }, refreshSession: { "fresh" })
    let session = try #require(client.transport as? XRPCSessionTransport)
    #expect(session.serviceProxy == "did:web:stream.place#streamplace")
    #expect(session.acceptLabelers.map(\.did.rawValue) == ["did:plc:ar7c4by46qjdydhdevvrndac"])
    #expect(session.base is URLSessionTransport)
    #expect(client.serverURL.absoluteString == "https://bsky.social")
  }

  @Test func placeStreamSubscriptionSnippetReadsFrames() async throws {
    let segment = try XRPCFrame(op: 1, type: "#segment", body: ["$bytes": "AAEC"]).encoded()
    let other = try XRPCFrame(op: 1, type: "#raid", body: ["viewers": 3]).encoded()
    let server = InMemoryWebSockets([.binary(segment), .binary(other)])
    let output = SnippetOutput()
    try await ReadmeSnippets.placeStreamSubscription(webSockets: server, output: output)
    #expect(output.printed == ["segment: 3 bytes", "a message type this SDK does not know yet"])
    #expect(
      await server.upgrades.map(\.url.absoluteString) == [
        "wss://stream.place/xrpc/place.stream.live.subscribeSegments?streamer=did%3Aplc%3Aewvi7nxzyoun6zhxrhs64oiz"
      ])
  }

  @Test func youTubeSnippetSendsTheSeedCall() async throws {
    let client = try ReadmeSnippets.youTubeClient(accessToken: "ya29.token")
    let transport = RecordingTransport(
      answer: .json(200, #"{"id":"b1","kind":"youtube#liveBroadcast","status":{"privacyStatus":"unlisted"}}"#))
    let output = SnippetOutput()
    try await ReadmeSnippets.youTubeCalls(
      YouTubeClient(serverURL: client.serverURL, transport: transport, credentials: client.credentials), output: output)
    let (sent, baseURL) = try #require(transport.requests.first)
    #expect(sent.method == "PUT")
    #expect(
      try sent.url(relativeTo: baseURL).absoluteString
        == "https://youtube.googleapis.com/youtube/v3/liveBroadcasts?part=snippet&part=status")
    #expect(sent.header("Authorization") == "Bearer ya29.token")
    #expect(output.printed == ["b1 unlisted"])
  }
}
