import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// `XRPCSubscription` without a generated client: error mapping, connection failures, and the headers
/// a transport stack adds to the upgrade request.
@Suite struct XRPCSubscriptionTests {
  /// Answers every connection with `messages`, then ends; or fails to connect with `failure`.
  struct Replay: WebSocketTransport {
    var messages: [WebSocketMessage] = []
    var failure: WebSocketError?

    func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection {
      if let failure { throw failure }
      let (stream, continuation) = AsyncThrowingStream.makeStream(of: WebSocketMessage.self)
      for message in messages { continuation.yield(message) }
      continuation.finish()
      return WebSocketConnection(messages: stream) {}
    }
  }

  struct Declared: Error, Equatable {
    var name: String?
  }

  static func subscription(_ webSockets: Replay) -> XRPCSubscription<JSONValue> {
    XRPCSubscription(
      nsid: "com.example.subscribe", serverURL: URL(string: "https://example.com")!, transport: URLSessionTransport(),
      webSockets: webSockets, mapError: { Declared(name: $0.error) }
    ) { APIRequest(method: "GET", path: "/xrpc/com.example.subscribe") }
  }

  @Test func anErrorFrameIsThrownAsTheMapperTurnsItAndEndsTheSequence() async throws {
    let message = try XRPCFrame(op: 1, type: "#tick", body: ["n": 1]).encoded()
    let error = try XRPCFrame(op: -1, type: nil, body: ["error": "ConsumerTooSlow"]).encoded()
    var iterator = Self.subscription(Replay(messages: [.binary(message), .binary(error), .binary(message)]))
      .makeAsyncIterator()
    #expect(try await iterator.next() == ["n": 1, "$type": "com.example.subscribe#tick"])
    await #expect(throws: Declared(name: "ConsumerTooSlow")) { _ = try await iterator.next() }
    #expect(try await iterator.next() == nil)
  }

  @Test func aRefusedUpgradeIsThrownByTheFirstNext() async throws {
    var iterator = Self.subscription(Replay(failure: .upgradeRefused(status: 401))).makeAsyncIterator()
    await #expect(throws: WebSocketError.upgradeRefused(status: 401)) { _ = try await iterator.next() }
  }

  @Test func everyWrapperForwardsWhatItsBaseAddsToAnUpgrade() async throws {
    let stack = XRPCSessionTransport(URLSessionTransport(), serviceProxy: "did:web:example.com#svc")
      .retrying()
      .authorized(by: AccessTokens.fixed("token"))
      .logging { _ in }
    let prepared = try await stack.prepared(APIRequest(method: "GET", path: "/xrpc/com.example.subscribe"))
    #expect(prepared.headers[.authorization] == "Bearer token")
    #expect(prepared.headers[HTTPField.Name("atproto-proxy")!] == "did:web:example.com#svc")
    #expect(try await URLSessionTransport().prepared(prepared) == prepared)
  }
}
