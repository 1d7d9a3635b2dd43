import Foundation

/// Supplies the bearer token a client sends, and a fresh one when the server rejects it.
///
/// One protocol serves every transport that signs requests with a token: `BearerTokenTransport`
/// (an OpenAPI client's OAuth 2 or OpenID Connect access token, refreshed after `401`) and
/// `XRPCSessionTransport` (an AT Protocol session's access JWT, refreshed after `ExpiredToken`,
/// typically through `com.atproto.server.refreshSession`). The transports decide when a token was
/// rejected; the provider only knows how to get one.
///
/// The transports share one refresh between requests rejected with the same token, so a provider
/// is asked once even when many calls fail at the same moment. It need not guard against that itself.
public protocol AccessTokenProvider: Sendable {
  /// The access token to send now; nil sends the request without `Authorization`.
  func accessToken() async throws -> String?
  /// A new access token after the server rejected the current one; nil gives up (the rejecting
  /// answer is returned to the caller). A thrown error is thrown from the call that was rejected.
  func refreshedAccessToken() async throws -> String?
}

/// An access token provider made of two closures.
public struct AccessTokens: AccessTokenProvider {
  private let current: @Sendable () async throws -> String?
  private let refreshed: @Sendable () async throws -> String?

  /// `current` gives the token to send; `refresh` a new one after the server rejected it (the
  /// default, nil, never refreshes).
  public init(
    current: @escaping @Sendable () async throws -> String?,
    refresh: @escaping @Sendable () async throws -> String? = { nil }
  ) {
    self.current = current
    self.refreshed = refresh
  }

  /// A fixed token, never refreshed (a personal access token, a short script, a test).
  public static func fixed(_ token: String) -> AccessTokens { AccessTokens(current: { token }) }

  /// Calls the `current` closure.
  public func accessToken() async throws -> String? { try await current() }
  /// Calls the `refresh` closure.
  public func refreshedAccessToken() async throws -> String? { try await refreshed() }
}

/// The AT Protocol name of `AccessTokenProvider`, kept so code written against it still compiles.
public typealias XRPCTokenProvider = AccessTokenProvider

/// The AT Protocol name of `AccessTokens`, kept so code written against it still compiles.
public typealias XRPCTokens = AccessTokens
