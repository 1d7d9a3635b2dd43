import Foundation
import HTTPTypes

/// Supplies the bearer token an AT Protocol client sends: the session's access token, and a fresh one
/// when the server answers `ExpiredToken` (typically from `com.atproto.server.refreshSession`).
public protocol XRPCTokenProvider: Sendable {
  /// The access token to send now; nil sends the request without `Authorization`.
  func accessToken() async throws -> String?
  /// A new access token after the server said the current one expired; nil gives up (the expired
  /// answer is returned to the caller).
  func refreshedAccessToken() async throws -> String?
}

/// A token provider made of two closures.
public struct XRPCTokens: XRPCTokenProvider {
  private let current: @Sendable () async throws -> String?
  private let refreshed: @Sendable () async throws -> String?

  /// `current` gives the token to send; `refresh` a new one after `ExpiredToken` (nil: no refresh).
  public init(
    current: @escaping @Sendable () async throws -> String?,
    refresh: @escaping @Sendable () async throws -> String? = { nil }
  ) {
    self.current = current
    self.refreshed = refresh
  }

  /// A fixed token, never refreshed (an app password session used for a short script, a test).
  public static func fixed(_ token: String) -> XRPCTokens { XRPCTokens(current: { token }) }

  public func accessToken() async throws -> String? { try await current() }
  public func refreshedAccessToken() async throws -> String? { try await refreshed() }
}

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
  public var tokens: (any XRPCTokenProvider)?
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
    var request = request
    if let serviceProxy { request.setHeader(.atprotoProxy, serviceProxy) }
    if !acceptLabelers.isEmpty {
      let value = acceptLabelers.map { $0.did.rawValue + ($0.redact ? ";redact" : "") }.joined(separator: ", ")
      request.setHeader(.atprotoAcceptLabelers, value)
    }
    guard let tokens else { return try await base.send(request, to: baseURL) }
    if let token = try await tokens.accessToken() { request.setHeader(.authorization, "Bearer " + token) }
    let response = try await base.send(request, to: baseURL)
    guard Self.isExpiredToken(response), let fresh = try await tokens.refreshedAccessToken() else { return response }
    request.setHeader(.authorization, "Bearer " + fresh)
    return try await base.send(request, to: baseURL)
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
