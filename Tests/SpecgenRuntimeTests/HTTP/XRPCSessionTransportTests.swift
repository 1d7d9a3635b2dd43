import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// The AT Protocol session transport: bearer token, refresh on `ExpiredToken`, proxy and labeler headers.
@Suite struct XRPCSessionTransportTests {
  /// Answers from a script and records what it was sent.
  final class Script: Transport, @unchecked Sendable {
    let lock = NSLock()
    var sent: [APIRequest] = []
    var answers: [APIResponse]
    init(_ answers: [APIResponse]) { self.answers = answers }
    func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
      lock.withLock {
        sent.append(request)
        return answers.count > 1 ? answers.removeFirst() : answers[0]
      }
    }
  }

  /// Counts refreshes; the token after `n` refreshes is `token-n`.
  final class Session: XRPCTokenProvider, @unchecked Sendable {
    let lock = NSLock()
    var refreshes = 0
    func accessToken() async throws -> String? { lock.withLock { "token-\(refreshes)" } }
    func refreshedAccessToken() async throws -> String? {
      lock.withLock {
        refreshes += 1
        return "token-\(refreshes)"
      }
    }
  }

  static let expired = APIResponse(
    status: 400, headers: [.contentType: "application/json"],
    body: Data(#"{"error":"ExpiredToken","message":"Token has expired"}"#.utf8))
  static let ok = APIResponse(status: 200, headers: [.contentType: "application/json"], body: Data("{}".utf8))
  static let url = URL(string: "https://pds.example")!

  @Test func sendsTheTokenProxyAndLabelers() async throws {
    let script = Script([Self.ok])
    let transport = XRPCSessionTransport(
      script, tokens: XRPCTokens.fixed("abc"), serviceProxy: "did:web:api.bsky.chat#bsky_chat",
      acceptLabelers: [
        XRPCLabeler(did: DID(rawValue: "did:plc:ar7c4by46qjdydhdevvrndac")!, redact: true),
        XRPCLabeler(did: DID(rawValue: "did:plc:labeler2")!),
      ])
    let response = try await transport.send(APIRequest(method: "GET", path: "/xrpc/a.b.c"), to: Self.url)
    #expect(response.status == 200)
    let sent = try #require(script.sent.first)
    #expect(sent.header("Authorization") == "Bearer abc")
    #expect(sent.header("atproto-proxy") == "did:web:api.bsky.chat#bsky_chat")
    #expect(sent.header("atproto-accept-labelers") == "did:plc:ar7c4by46qjdydhdevvrndac;redact, did:plc:labeler2")
  }

  @Test func expiredTokenIsRefreshedAndTheRequestRetriedOnce() async throws {
    let script = Script([Self.expired, Self.ok])
    let session = Session()
    let transport = XRPCSessionTransport(script, tokens: session)
    let response = try await transport.send(APIRequest(method: "POST", path: "/xrpc/a.b.c"), to: Self.url)
    #expect(response.status == 200)
    #expect(script.sent.map { $0.header("Authorization") } == ["Bearer token-0", "Bearer token-1"])
    #expect(session.refreshes == 1)
  }

  @Test func aSecondExpiryIsReturnedNotLooped() async throws {
    let script = Script([Self.expired])
    let session = Session()
    let response = try await XRPCSessionTransport(script, tokens: session)
      .send(APIRequest(method: "GET", path: "/xrpc/a.b.c"), to: Self.url)
    #expect(response.status == 400)
    #expect(script.sent.count == 2)
    #expect(session.refreshes == 1)
  }

  @Test func otherErrorsAndNoTokensPassThrough() async throws {
    let script = Script([APIResponse(status: 400, body: Data(#"{"error":"InvalidRequest"}"#.utf8))])
    let response = try await XRPCSessionTransport(script, tokens: Session())
      .send(APIRequest(method: "GET", path: "/xrpc/a.b.c"), to: Self.url)
    #expect(response.status == 400)
    #expect(script.sent.count == 1)
    _ = try await XRPCSessionTransport(script).send(APIRequest(method: "GET", path: "/x"), to: Self.url)
    #expect(script.sent.last?.header("Authorization") == nil)
    #expect(script.sent.last?.header("atproto-proxy") == nil)
  }
}
