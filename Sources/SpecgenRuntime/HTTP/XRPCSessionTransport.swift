import Foundation
import HTTPTypes

/// A labeler whose labels the client asks for (`atproto-accept-labelers`).
public struct XRPCLabeler: Sendable, Hashable {
  /// The labeler service's DID.
  public var did: DID
  /// Whether the app honours the labeler's `!takedown`-style labels by removing content (`;redact`).
  public var redact: Bool

  public init(did: DID, redact: Bool = false) {
    self.did = did
    self.redact = redact
  }
}

/// Wraps any transport with what an AT Protocol session adds to each XRPC request: a bearer token
/// (refreshed and retried once when the server answers `ExpiredToken`), the `atproto-proxy` header
/// that routes a call to another service through the user's PDS, and `atproto-accept-labelers`.
///
/// ```swift
/// let transport = XRPCSessionTransport(
///   URLSessionTransport(), tokens: XRPCTokens(current: { await session.accessJwt }, refresh: { try await session.refresh() }),
///   serviceProxy: "did:web:api.bsky.chat#bsky_chat")
/// let client = PlaceStreamClient(serverURL: pds, transport: transport)
/// ```
///
/// Being a `Transport`, it composes with any other (logging, retries, a test double).
public struct XRPCSessionTransport: Transport {
  /// The transport requests finally go through.
  public var base: any Transport
  /// The session's tokens, asked for a refreshed one after `ExpiredToken`; nil sends no `Authorization`.
  public var tokens: (any XRPCTokenProvider)? {
    // A refresh belongs to the provider it came from: new tokens start with none in flight.
    didSet { refresh = SharedTokenRefresh() }
  }
  /// Shared by copies of this transport, so calls rejected together refresh once: an AT Protocol
  /// refresh JWT is single-use, so a second concurrent `refreshSession` would fail.
  private var refresh = SharedTokenRefresh()
  /// `atproto-proxy`: the service a PDS forwards the call to, as `did#service_id`.
  public var serviceProxy: String?
  /// `atproto-accept-labelers`, in order; empty sends no header.
  public var acceptLabelers: [XRPCLabeler]

  public init(
    _ base: any Transport, tokens: (any XRPCTokenProvider)? = nil, serviceProxy: String? = nil,
    acceptLabelers: [XRPCLabeler] = []
  ) {
    self.base = base
    self.tokens = tokens
    self.serviceProxy = serviceProxy
    self.acceptLabelers = acceptLabelers
  }

  public func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    var request = withServiceHeaders(request)
    guard let tokens else { return try await base.send(request, to: baseURL) }
    let token = try await tokens.accessToken()
    if let token { request.setHeader(.authorization, "Bearer " + token) }
    let response = try await base.send(request, to: baseURL)
    guard Self.isExpiredToken(response), let fresh = try await refresh.token(replacing: token, from: tokens) else {
      return response
    }
    request.setHeader(.authorization, "Bearer " + fresh)
    return try await base.send(request, to: baseURL)
  }

  /// The upgrade request of a subscription's WebSocket: the service headers and the current token.
  /// A token the server rejects fails the upgrade; it is not refreshed here, as the upgrade's answer
  /// body (which names `ExpiredToken`) does not reach the caller through a WebSocket transport.
  public func prepared(_ request: APIRequest) async throws -> APIRequest {
    var request = withServiceHeaders(request)
    if let token = try await tokens?.accessToken() { request.setHeader(.authorization, "Bearer " + token) }
    return try await base.prepared(request)
  }

  /// `request` with `atproto-proxy` and `atproto-accept-labelers`, when set.
  private func withServiceHeaders(_ request: APIRequest) -> APIRequest {
    var request = request
    if let serviceProxy { request.setHeader(.atprotoProxy, serviceProxy) }
    if !acceptLabelers.isEmpty {
      let value = acceptLabelers.map { $0.did.rawValue + ($0.redact ? ";redact" : "") }.joined(separator: ", ")
      request.setHeader(.atprotoAcceptLabelers, value)
    }
    return request
  }

  /// Whether `response` is the XRPC `ExpiredToken` error (PDSes answer it with 400, some with 401).
  static func isExpiredToken(_ response: APIResponse) -> Bool {
    (response.status == 400 || response.status == 401) && XRPCError(response: response).error == "ExpiredToken"
  }
}

extension HTTPField.Name {
  /// `atproto-proxy`: the service a PDS forwards an XRPC call to.
  static let atprotoProxy = HTTPField.Name("atproto-proxy")!
  /// `atproto-accept-labelers`: the labelers whose labels the client asks for.
  static let atprotoAcceptLabelers = HTTPField.Name("atproto-accept-labelers")!
}
