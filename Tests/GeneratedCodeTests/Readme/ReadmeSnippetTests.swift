import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// The README's example, with a recording transport in place of the network, so the first code a
/// reader copies keeps compiling and doing what the README says.
@Suite struct ReadmeExampleTests {
  @Test func readmeExampleSendsWhatItSays() async throws {
    let transport = RecordingTransport(answer: HTTPResponse(status: 204, headers: [:], body: Data()))
    let token = "secret"
    let id = "abc"
    let client = try LivepeerClient(transport: transport, credentials: .init(apiKey: token))
    try await client.updateStream(id: id, body: StreamPatchPayload(playbackPolicy: .null, name: "studio"))
    let sent = try #require(transport.requests.first?.request)
    #expect(sent.method == "PATCH")
    #expect(sent.path == "/stream/abc")
    #expect(sent.header("Authorization") == "Bearer secret")
    let body = try JSONValue(jsonData: try #require(sent.body))
    #expect(body == ["playbackPolicy": nil, "name": "studio"])

    let profile = FfmpegProfile(width: 64, name: "tiny", height: 64, bitrate: 1, fps: 0)
    #expect(profile.violations.map(\.path) == ["width", "height", "bitrate"])
  }
}
