import Foundation
import HTTPTypes
import Livepeer
import SpecgenRuntime
import Testing

/// The generated `LivepeerClient.updateStream`, through a transport that records what it is asked to send.
@Suite struct UpdateStreamClientTests {
  private func client(answer: APIResponse) throws -> (LivepeerClient, RecordingTransport) {
    let transport = RecordingTransport(answer: answer)
    let client = LivepeerClient(transport: transport, credentials: .init(apiKey: "secret-token"))
    return (client, transport)
  }

  @Test func explicitNullIsSentWithBearerToken() async throws {
    let (client, transport) = try client(answer: APIResponse(status: 204))
    try await client.updateStream(id: "de7a-3c/x y", body: StreamPatchPayload(playbackPolicy: .null))
    let sent = try #require(transport.requests.first)
    #expect(transport.requests.count == 1)
    #expect(sent.request.method == "PATCH")
    #expect(sent.request.path == "/stream/de7a-3c%2Fx%20y")
    #expect(String(decoding: sent.request.body ?? Data(), as: UTF8.self) == #"{"playbackPolicy":null}"#)
    #expect(sent.request.header("authorization") == "Bearer secret-token")
    #expect(sent.request.header("Content-Type") == "application/json")
    #expect(sent.baseURL.absoluteString == "https://livepeer.studio/api")
    #expect(
      try sent.request.url(relativeTo: sent.baseURL).absoluteString
        == "https://livepeer.studio/api/stream/de7a-3c%2Fx%20y")
  }

  @Test func emptyPatchSendsEmptyObject() async throws {
    let (client, transport) = try client(answer: APIResponse(status: 204))
    try await client.updateStream(id: "abc", body: StreamPatchPayload())
    let sent = try #require(transport.requests.first)
    #expect(sent.request.path == "/stream/abc")
    #expect(String(decoding: sent.request.body ?? Data(), as: UTF8.self) == "{}")
  }

  @Test func noCredentialsSendsNoAuthorization() async throws {
    let transport = RecordingTransport(answer: APIResponse(status: 204))
    let client = LivepeerClient(transport: transport)
    try await client.updateStream(id: "abc", body: StreamPatchPayload())
    #expect(transport.requests.first?.request.header("Authorization") == nil)
  }

  @Test func errorStatusSurfacesTypedErrorWithItsErrorsArray() async throws {
    let body = Data(#"{"errors":["stream not found","try again"]}"#.utf8)
    let (client, _) = try client(
      answer: APIResponse(status: 404, headers: [.contentType: "application/json"], body: body))
    do {
      try await client.updateStream(id: "missing", body: StreamPatchPayload(record: true))
      Issue.record("a 404 must throw")
    } catch LivepeerClient.UpdateStreamError.default(let model, let response) {
      #expect(response.status == 404)
      #expect(model.errors == ["stream not found", "try again"])
      #expect(response.body == body)
    }
  }

  @Test func errorBodyThatIsNotTheSchemaKeepsRawBytes() async throws {
    let body = Data("upstream timeout".utf8)
    let (client, _) = try client(answer: APIResponse(status: 502, body: body))
    await #expect(throws: LivepeerClient.UpdateStreamError.self) {
      try await client.updateStream(id: "x", body: StreamPatchPayload())
    }
    do {
      try await client.updateStream(id: "x", body: StreamPatchPayload())
    } catch let error as any HTTPErrorResponse {
      // Any operation's error, read through the one protocol; the decoding error is kept.
      #expect(error.status == 502)
      #expect(!error.isDocumented)
      #expect(error.body == body)
      guard case .unexpected(let unexpected) = error as? LivepeerClient.UpdateStreamError else {
        Issue.record("expected .unexpected, got \(error)")
        return
      }
      let decoding = try #require(unexpected.underlying as? ResponseDecodingError)
      #expect(decoding.underlying is DecodingError)
    }
  }

  @Test func undeclaredSuccessStatusIsAnError() async throws {
    let (client, _) = try client(answer: APIResponse(status: 200, body: Data("{}".utf8)))
    await #expect(throws: LivepeerClient.UpdateStreamError.self) {
      try await client.updateStream(id: "x", body: StreamPatchPayload())
    }
  }

  @Test func builderNeedsNoNetwork() throws {
    let request = try LivepeerClient.updateStreamRequest(id: "a", body: StreamPatchPayload(suspended: false))
    #expect(request.method == "PATCH")
    #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == #"{"suspended":false}"#)
    #expect(request.header("Authorization") == nil)
  }
}
