import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// The wrappers stacked: the last one applied sees the request first, and streams pass through all.
@Suite struct TransportCompositionTests {
  static let get = APIRequest(method: "GET", path: "/streams")

  /// token-0 is rejected; with token-1 the server is briefly unavailable, then answers.
  static func server() -> ScriptedTransport {
    let unavailable = Locked(1)
    return ScriptedTransport { request, _ in
      guard request.header("Authorization") == "Bearer token-1" else { return APIResponse(status: 401) }
      return unavailable.withLock { remaining in
        defer { remaining -= 1 }
        return APIResponse(status: remaining > 0 ? 503 : 200)
      }
    }
  }

  @Test func theHelpersNestInTheOrderWritten() throws {
    let stack = URLSessionTransport().retrying().authorized(by: AccessTokens.fixed("t")).logging { _ in }
    let auth = try #require(stack.base as? BearerTokenTransport)
    let retrying = try #require(auth.base as? RetryingTransport)
    #expect(retrying.base is URLSessionTransport)
    #expect(retrying.policy.maxAttempts == RetryPolicy().maxAttempts)
  }

  @Test func theOutermostSeesTheRequestFirstAndTheAnswerLast() async throws {
    let server = Self.server()
    let sleeps = SleepRecorder()
    let entries = Locked<[TransportLogEntry]>([])
    let tokens = CountingTokens()
    let stack = RetryingTransport(server, sleep: sleeps.sleep)
      .authorized(by: tokens)
      .logging { entry in entries.withLock { $0.append(entry) } }

    #expect(try await stack.send(Self.get, to: exampleURL).status == 200)
    // Auth sent token-0, refreshed after the 401, and the retrying transport repeated the 503 with token-1.
    #expect(server.sent.map { $0.header("Authorization") } == ["Bearer token-0", "Bearer token-1", "Bearer token-1"])
    #expect(tokens.refreshes == 1)
    #expect(sleeps.waits.count == 1)
    // Logging, outermost, saw one call, as the client made it (before the token was added).
    #expect(entries.current.map(\.status) == [200])
    #expect(entries.current.first?.request.header("Authorization") == nil)
  }

  @Test func loggingInnermostSeesEveryAttempt() async throws {
    let server = Self.server()
    let entries = Locked<[TransportLogEntry]>([])
    let logged = server.logging { entry in entries.withLock { $0.append(entry) } }
    let stack = RetryingTransport(logged, sleep: SleepRecorder().sleep).authorized(by: CountingTokens())

    #expect(try await stack.send(Self.get, to: exampleURL).status == 200)
    #expect(entries.current.map(\.status) == [401, 503, 200])
    #expect(
      entries.current.map { $0.request.header("Authorization") } == [
        "Bearer token-0", "Bearer token-1", "Bearer token-1",
      ])
  }

  @Test(.timeLimit(.minutes(1))) func aStreamPassesThroughEveryWrapperChunkByChunk() async throws {
    let chunked = ChunkedTransport(statuses: [200], firstChunks: [Data("event: a\ndata: 1\n\n".utf8)])
    let entries = Locked<[TransportLogEntry]>([])
    let stack: any Transport = RetryingTransport(chunked, sleep: SleepRecorder().sleep)
      .authorized(by: AccessTokens.fixed("abc"))
      .logging { entry in entries.withLock { $0.append(entry) } }

    // As a generated event-stream operation calls it: through `streamIfPossible` on `any Transport`.
    // The body is still open here, so a wrapper that read it whole would never return.
    let response = try await stack.streamIfPossible(Self.get, to: exampleURL)
    #expect(response.status == 200)
    #expect(chunked.sends == 0)
    #expect(chunked.streamed.map { $0.header("Authorization") } == ["Bearer abc"])
    #expect(entries.current.map(\.status) == [200])

    var events = StreamingResponse.events(response).makeAsyncIterator()
    #expect(try await events.next()?.data == "1")
    chunked.bodies[0].yield(Data("event: b\ndata: 2\n\n".utf8))
    let second = try await events.next()
    #expect(second?.event == "b" && second?.data == "2")
    chunked.bodies[0].finish()
    #expect(try await events.next() == nil)
  }

  @Test func aTransportThatCannotStreamIsReadWholeBeneathTheWrappers() async throws {
    let script = ScriptedTransport([.success(APIResponse(status: 200, body: Data("data: whole\n\n".utf8)))])
    let stack = script.retrying().authorized(by: AccessTokens.fixed("abc")).logging { _ in }
    let response = try await stack.stream(Self.get, to: exampleURL)
    #expect(try await response.collected().body == Data("data: whole\n\n".utf8))
    #expect(script.sent.count == 1)
  }
}
