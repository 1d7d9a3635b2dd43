import Foundation
import HTTPTypes

/// Wraps any transport with a bearer token from an `AccessTokenProvider`: each request is sent with
/// `Authorization: Bearer <token>`, and when the server answers `401 Unauthorized` the provider is asked
/// for a refreshed token once and the request is sent again with it.
///
/// ```swift
/// let tokens = AccessTokens(current: { await oauth.accessToken }, refresh: { try await oauth.refresh() })
/// let client = try LivepeerClient(transport: URLSessionTransport().authorized(by: tokens))
/// ```
///
/// The token replaces any `Authorization` the request already has (a client's static credentials), so
/// the provider is the one source of truth. Concurrent calls rejected with the same token share one
/// refresh (see `AccessTokenProvider`). A second `401`, or a refresh that gives up (nil), is returned
/// to the caller as the answer it is, so the operation throws its documented `401` error.
///
/// Streaming answers pass through: `stream(_:to:)` forwards to the base's, and a `401` head is retried
/// before any of its body is read.
public struct BearerTokenTransport: StreamingTransport {
  /// The transport requests go through.
  public var base: any Transport
  /// Where tokens come from.
  public let tokens: any AccessTokenProvider
  /// Shared by copies of this transport, so they share refreshes too.
  private let refresh = SharedTokenRefresh()

  /// Sends through `base` with tokens from `tokens`.
  public init(_ base: any Transport, tokens: any AccessTokenProvider) {
    self.base = base
    self.tokens = tokens
  }

  /// Sends `request` with the current token; after a `401`, once more with a refreshed one.
  public func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    try await authorized(request, status: \.status) { try await base.send($0, to: baseURL) }
  }

  /// Streams `request` with the current token; after a `401` head, once more with a refreshed one.
  public func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    try await authorized(request, status: \.status) { try await base.streamIfPossible($0, to: baseURL) }
  }

  /// `request` with the current token, for a WebSocket upgrade (not refreshed: see
  /// `XRPCSessionTransport.prepared`).
  public func prepared(_ request: APIRequest) async throws -> APIRequest {
    var request = request
    if let token = try await tokens.accessToken() { request.setHeader(.authorization, "Bearer " + token) }
    return try await base.prepared(request)
  }

  /// The one flow behind `send` and `stream`: they differ only in the kind of answer.
  private func authorized<Answer>(
    _ request: APIRequest, status: (Answer) -> Int, send: (APIRequest) async throws -> Answer
  ) async throws -> Answer {
    var request = request
    let token = try await tokens.accessToken()
    if let token { request.setHeader(.authorization, "Bearer " + token) }
    let answer = try await send(request)
    guard status(answer) == 401, let fresh = try await refresh.token(replacing: token, from: tokens) else {
      return answer
    }
    request.setHeader(.authorization, "Bearer " + fresh)
    return try await send(request)
  }
}
