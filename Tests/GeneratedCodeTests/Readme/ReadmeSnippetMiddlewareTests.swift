import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// The README's middleware stack: nested as written, and working when its network end is replaced.
@Suite struct ReadmeSnippetMiddlewareTests {
  @Test func middlewareSnippetStacksAsWrittenAndSends() async throws {
    let output = SnippetOutput()
    let client = try ReadmeSnippets.middlewareStack(
      accessToken: { "old" }, refreshToken: { "new" }, output: output)
    var logging = try #require(client.transport as? LoggingTransport)
    var authorized = try #require(logging.base as? BearerTokenTransport)
    var retrying = try #require(authorized.base as? RetryingTransport)
    #expect(retrying.base is URLSessionTransport)
    #expect(retrying.policy.maxAttempts == 4)

    // The same stack over a recording transport instead of the network.
    let recording = RecordingTransport(answers: [
      .json(401, #"{"errors":["expired"]}"#), .json(200, #"{"id":"abc","name":"studio"}"#),
    ])
    retrying.base = recording
    authorized.base = retrying
    logging.base = authorized
    let livepeer = LivepeerClient(serverURL: client.serverURL, transport: logging)
    #expect(try await livepeer.getStream(id: "abc").name == "studio")
    #expect(recording.requests.map { $0.request.header("Authorization") } == ["Bearer old", "Bearer new"])
    #expect(output.printed.count == 1)
    #expect(output.printed.first?.hasPrefix("GET /stream/abc [getStream] → 200 in ") == true)
  }
}
