import Foundation

/// Middleware as transports: each wrapper takes the transport it wraps and is a `Transport` itself, so
/// any of them composes around any transport (`URLSessionTransport`, `OpenAPIClientTransport`, a test
/// double, another wrapper) and a generated client takes the result as its `transport:`.
///
/// ```swift
/// let transport = URLSessionTransport()
///   .retrying()
///   .authorized(by: tokens)
///   .logging { print($0) }
/// ```
///
/// Each call wraps what it is called on, so the chain reads from the network outwards: the last
/// wrapper is the outermost, which sees the request first and the answer last. Above, logging sees the
/// call as the client made it and reports one entry per call; authorization adds the token, and after a
/// `401` refreshes and resends through the retrying transport; retries repeat only what reaches them,
/// token included. Swapping `.retrying()` and `.logging { … }` logs every attempt instead; putting
/// `.retrying()` outermost asks for the token again on every attempt.
///
/// Every wrapper is also a `StreamingTransport` that forwards streamed answers to its base (through
/// `streamIfPossible`), so event streams keep streaming through any stack.
extension Transport {
  /// This transport, retrying what `policy` allows (see `RetryingTransport`).
  public func retrying(_ policy: RetryPolicy = RetryPolicy()) -> RetryingTransport {
    RetryingTransport(self, policy: policy)
  }

  /// This transport, sending `tokens`' bearer token and refreshing it once after a `401` (see
  /// `BearerTokenTransport`).
  public func authorized(by tokens: any AccessTokenProvider) -> BearerTokenTransport {
    BearerTokenTransport(self, tokens: tokens)
  }

  /// This transport, reporting each exchange to `log` (see `LoggingTransport`).
  public func logging(_ log: @escaping @Sendable (TransportLogEntry) -> Void) -> LoggingTransport {
    LoggingTransport(self, log: log)
  }
}
