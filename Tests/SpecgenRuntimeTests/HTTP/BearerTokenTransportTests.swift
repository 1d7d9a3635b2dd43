import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// `BearerTokenTransport`: the token sent, one refresh and one retry after `401`, and refreshes shared
/// between concurrent calls (its own and `XRPCSessionTransport`'s).
@Suite struct BearerTokenTransportTests {
  static let get = APIRequest(method: "GET", path: "/streams", operationID: "getStreams")

  /// `401` for every token but `valid`, `200` for it.
  static func accepting(_ valid: String) -> ScriptedTransport {
    ScriptedTransport { request, _ in
      APIResponse(status: request.header("Authorization") == "Bearer " + valid ? 200 : 401, body: Data("{}".utf8))
    }
  }

  @Test func sendsTheCurrentTokenInPlaceOfAnyOther() async throws {
    let script = ScriptedTransport(statuses: [200])
    var request = Self.get
    request.setHeader(.authorization, "Bearer static-key")
    _ = try await BearerTokenTransport(script, tokens: AccessTokens.fixed("abc")).send(request, to: exampleURL)
    #expect(script.sent.first?.headers[values: .authorization] == ["Bearer abc"])

    // No token: the request goes as it is.
    _ = try await script.authorized(by: AccessTokens(current: { nil })).send(Self.get, to: exampleURL)
    #expect(script.sent.last?.header("Authorization") == nil)
  }

  @Test func unauthorizedRefreshesOnceAndRetriesWithTheNewToken() async throws {
    let script = Self.accepting("token-1")
    let tokens = CountingTokens()
    let response = try await script.authorized(by: tokens).send(Self.get, to: exampleURL)
    #expect(response.status == 200)
    #expect(script.sent.map { $0.header("Authorization") } == ["Bearer token-0", "Bearer token-1"])
    #expect(script.sent.allSatisfy { $0.path == "/streams" && $0.operationID == "getStreams" })
    #expect(tokens.refreshes == 1)
  }

  @Test func aSecondUnauthorizedIsReturnedNotLooped() async throws {
    let script = Self.accepting("never")
    let tokens = CountingTokens()
    let response = try await script.authorized(by: tokens).send(Self.get, to: exampleURL)
    #expect(response.status == 401)
    #expect(script.sent.count == 2)
    #expect(tokens.refreshes == 1)
  }

  @Test func aRefreshThatGivesUpReturnsThe401() async throws {
    let script = ScriptedTransport { _, _ in APIResponse(status: 401, body: Data(#"{"error":"expired"}"#.utf8)) }
    let tokens = CountingTokens([.giveUp])
    let response = try await script.authorized(by: tokens).send(Self.get, to: exampleURL)
    #expect(response.status == 401)
    #expect(response.body == Data(#"{"error":"expired"}"#.utf8))
    #expect(script.sent.count == 1)
    #expect(tokens.refreshes == 1)

    // Giving up is not remembered: the next 401 asks again.
    #expect(try await script.authorized(by: tokens).send(Self.get, to: exampleURL).status == 401)
    #expect(tokens.refreshes == 2)
  }

  @Test func aFailedRefreshIsThrownThenAskedAgain() async throws {
    let script = Self.accepting("token-1")
    let tokens = CountingTokens([.fail])
    let transport = script.authorized(by: tokens)
    await #expect(throws: URLError(.notConnectedToInternet)) { try await transport.send(Self.get, to: exampleURL) }
    #expect(try await transport.send(Self.get, to: exampleURL).status == 200)
    #expect(tokens.refreshes == 2)
  }

  @Test func otherStatusesPassThroughWithoutRefresh() async throws {
    for status in [200, 400, 403, 404, 500] {
      let script = ScriptedTransport(statuses: [status])
      let tokens = CountingTokens()
      #expect(try await script.authorized(by: tokens).send(Self.get, to: exampleURL).status == status)
      #expect(script.sent.count == 1)
      #expect(tokens.refreshes == 0)
    }
  }

  @Test func concurrentUnauthorizedCallsShareOneRefresh() async throws {
    let valid = Locked("token-1")
    let script = ScriptedTransport { request, _ in
      APIResponse(status: request.header("Authorization") == "Bearer " + valid.current ? 200 : 401)
    }
    let tokens = CountingTokens()
    // All eight are sent with token-0 before any is answered, so all eight are rejected with it.
    let transport = Gated(script, holding: "Bearer token-0", until: 8).authorized(by: tokens)
    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<8 { group.addTask { try await transport.send(Self.get, to: exampleURL).status } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses == Array(repeating: 200, count: 8))
    #expect(tokens.refreshes == 1)
    #expect(script.sent.count == 16)
    #expect(script.sent.filter { $0.header("Authorization") == "Bearer token-1" }.count == 8)

    // Once the new token is rejected too, the next refresh happens.
    valid.withLock { $0 = "token-2" }
    #expect(try await transport.send(Self.get, to: exampleURL).status == 200)
    #expect(tokens.refreshes == 2)
    #expect(script.sent.suffix(2).map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
  }

  @Test func xrpcSessionsShareOneRefreshToo() async throws {
    let expired = APIResponse(status: 400, body: Data(#"{"error":"ExpiredToken","message":"Token has expired"}"#.utf8))
    let script = ScriptedTransport { request, _ in
      request.header("Authorization") == "Bearer token-1" ? APIResponse(status: 200) : expired
    }
    let tokens = CountingTokens()
    let transport = XRPCSessionTransport(Gated(script, holding: "Bearer token-0", until: 8), tokens: tokens)
    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask {
          try await transport.send(APIRequest(method: "GET", path: "/xrpc/a.b.c"), to: exampleURL).status
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses == Array(repeating: 200, count: 8))
    #expect(tokens.refreshes == 1)
    #expect(script.sent.count == 16)
  }

  @Test func aStreamed401IsRefreshedBeforeItsBodyIsRead() async throws {
    let chunked = ChunkedTransport(statuses: [401, 200], firstChunks: [Data("data: hello\n\n".utf8)])
    let tokens = CountingTokens()
    let response = try await chunked.authorized(by: tokens).stream(Self.get, to: exampleURL)
    #expect(response.status == 200)
    #expect(chunked.streamed.map { $0.header("Authorization") } == ["Bearer token-0", "Bearer token-1"])
    #expect(chunked.sends == 0)
    var chunks = response.body.makeAsyncIterator()
    #expect(try await chunks.next() == Data("data: hello\n\n".utf8))
  }
}
