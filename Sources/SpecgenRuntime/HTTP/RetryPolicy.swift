import Foundation
import HTTPTypes

/// When `RetryingTransport` sends a request again, and how long it waits first.
///
/// A request is repeated only when repeating it is safe: its method is idempotent (RFC 9110 §9.2.2:
/// sending it twice has the effect of sending it once), or it carries an `Idempotency-Key`, with which
/// the client asks the server to apply it once however often it arrives (the IETF httpapi draft that
/// Stripe, Adyen and others follow). A plain `POST` or `PATCH` is never repeated by default: a timeout
/// does not say whether the server already acted on it.
///
/// A repeatable request is sent again after a transport error `isRetryableError` accepts (a dropped
/// connection, a timeout) and after an answer whose status is in `retryableStatuses` (the server's own
/// "try again": 408, 429, 502, 503, 504). The wait is the answer's `Retry-After` when it has one (as
/// seconds or a date), else exponential backoff from `initialDelay`, doubling per attempt, with jitter;
/// either is capped by `maxDelay`.
public struct RetryPolicy: Sendable {
  /// How many times a request is sent at most, the first included (1, or less, never retries).
  public var maxAttempts: Int
  /// The answers that mean "try again".
  public var retryableStatuses: Set<Int>
  /// The methods whose requests are repeated, upper-case.
  public var repeatableMethods: Set<String>
  /// Whether a request of any other method is repeated when it carries an `Idempotency-Key` header.
  public var repeatsRequestsWithIdempotencyKey: Bool
  /// The backoff before the first retry (before jitter); it doubles for each later one.
  public var initialDelay: Duration
  /// The longest wait before a retry, whether from backoff or from `Retry-After`.
  public var maxDelay: Duration
  /// Whether a thrown error is worth another attempt (`isTransientNetworkError` by default). A
  /// `CancellationError` never is.
  public var isRetryableError: @Sendable (any Error) -> Bool

  /// 408 Request Timeout, 429 Too Many Requests, 502 Bad Gateway, 503 Service Unavailable and 504
  /// Gateway Timeout: the statuses whose meaning is that the same request may succeed later. (500 is
  /// left out: it usually reports a bug the next attempt meets again.)
  public static let defaultRetryableStatuses: Set<Int> = [408, 429, 502, 503, 504]

  /// The idempotent methods of RFC 9110: `GET`, `HEAD`, `OPTIONS`, `TRACE`, `PUT`, `DELETE`.
  public static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]

  /// A policy; every parameter has the default described on its property (3 attempts, 0.5 s initial
  /// backoff, 60 s at most).
  public init(
    maxAttempts: Int = 3,
    retryableStatuses: Set<Int> = RetryPolicy.defaultRetryableStatuses,
    repeatableMethods: Set<String> = RetryPolicy.idempotentMethods,
    repeatsRequestsWithIdempotencyKey: Bool = true,
    initialDelay: Duration = .milliseconds(500),
    maxDelay: Duration = .seconds(60),
    isRetryableError: @escaping @Sendable (any Error) -> Bool = RetryPolicy.isTransientNetworkError
  ) {
    self.maxAttempts = maxAttempts
    self.retryableStatuses = retryableStatuses
    self.repeatableMethods = repeatableMethods
    self.repeatsRequestsWithIdempotencyKey = repeatsRequestsWithIdempotencyKey
    self.initialDelay = initialDelay
    self.maxDelay = maxDelay
    self.isRetryableError = isRetryableError
  }

  /// Whether `request` may be sent more than once.
  public func canRepeat(_ request: APIRequest) -> Bool {
    repeatableMethods.contains(request.method.uppercased())
      || (repeatsRequestsWithIdempotencyKey && request.headers[.idempotencyKey] != nil)
  }

  /// Whether `error` is a network failure a later attempt may not meet: a `URLError` timeout, lost
  /// connection, unreachable or unresolvable host, or no connection at all. Anything else (a bad URL, a
  /// TLS failure, cancellation, an error of the transport's own) would fail the same way again.
  @Sendable public static func isTransientNetworkError(_ error: any Error) -> Bool {
    guard let error = error as? URLError else { return false }
    return transientCodes.contains(error.code)
  }

  private static let transientCodes: Set<URLError.Code> = [
    .timedOut, .networkConnectionLost, .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed,
    .notConnectedToInternet,
  ]

  /// The wait before attempt `attempt + 1`: the `Retry-After` value when it is readable, else backoff.
  func delay(afterAttempt attempt: Int, retryAfter: String?, now: Date, random: Double) -> Duration {
    if let retryAfter, let seconds = RetryAfter.seconds(retryAfter, now: now) {
      return .seconds(min(seconds, maxDelay.seconds))
    }
    return backoff(afterAttempt: attempt, random: random)
  }

  /// `initialDelay · 2^(attempt-1)`, capped by `maxDelay`, then scaled into its upper half by `random`
  /// (in `0..<1`): "equal jitter", which keeps a floor under the wait while spreading clients that
  /// failed together so they do not all come back at the same instant.
  func backoff(afterAttempt attempt: Int, random: Double) -> Duration {
    // In Double seconds, where a large attempt count saturates instead of overflowing a Duration.
    let nominal = min(initialDelay.seconds * pow(2, Double(max(attempt, 1) - 1)), maxDelay.seconds)
    return .seconds(nominal * (0.5 + 0.5 * min(max(random, 0), 1)))
  }
}

extension Duration {
  /// This duration in seconds, as a `Double`.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}

extension HTTPField.Name {
  /// `Idempotency-Key`: the client's promise that repeating the request is safe.
  static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}
