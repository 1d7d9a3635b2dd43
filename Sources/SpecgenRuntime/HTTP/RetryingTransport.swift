import Foundation
import HTTPTypes

/// Wraps any transport so that a request safe to repeat is sent again after a transient failure, as a
/// `RetryPolicy` says: after a network error, or an answer meaning "try again" (429, 503, ...), waiting
/// for the answer's `Retry-After` or an exponential backoff first.
///
/// ```swift
/// let transport = URLSessionTransport().retrying(RetryPolicy(maxAttempts: 4))
/// ```
///
/// When the attempts run out, the last answer is returned as it is (the operation then throws its
/// documented error for it, a `503` with its body), and the last error is thrown. Cancelling the calling
/// task ends a wait at once with `CancellationError`; no attempt starts after it.
///
/// Streaming: `stream(_:to:)` retries until an answer's status and headers arrive. Once a head that is
/// not retried is handed on, its body is the caller's; an error while reading it is not retried, since
/// part of it has been seen.
///
/// The waiting, the jitter and the clock a `Retry-After` date is read against are parameters, so tests
/// run without sleeping and with fixed delays.
public struct RetryingTransport: StreamingTransport {
  /// The transport each attempt goes through.
  public var base: any Transport
  /// What is retried, how often, and how long to wait.
  public var policy: RetryPolicy
  private let sleep: @Sendable (Duration) async throws -> Void
  private let random: @Sendable () -> Double
  private let now: @Sendable () -> Date

  /// Retries `base`'s requests by `policy`.
  ///
  /// - Parameters:
  ///   - sleep: waits for a duration; must throw when the task is cancelled (`Task.sleep` does).
  ///   - random: a number in `0..<1` for the backoff's jitter.
  ///   - now: the current time, against which an HTTP-date `Retry-After` is read.
  public init(
    _ base: any Transport, policy: RetryPolicy = RetryPolicy(),
    sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
    random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.base = base
    self.policy = policy
    self.sleep = sleep
    self.random = random
    self.now = now
  }

  /// Sends `request`, again after a retryable failure while the policy allows.
  public func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    try await retrying(request, head: { ($0.status, $0.headers) }) { try await base.send(request, to: baseURL) }
  }

  /// Streams `request`, sending it again while the head that arrives is retryable.
  public func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    try await retrying(request, head: { ($0.status, $0.headers) }) {
      try await base.streamIfPossible(request, to: baseURL)
    }
  }

  /// What the base adds to `request`; nothing is sent, so nothing is retried.
  public func prepared(_ request: APIRequest) async throws -> APIRequest { try await base.prepared(request) }

  /// The attempt loop behind `send` and `stream`: they differ only in the kind of answer.
  private func retrying<Answer>(
    _ request: APIRequest, head: (Answer) -> (status: Int, headers: HTTPFields),
    attempt send: () async throws -> Answer
  ) async throws -> Answer {
    guard policy.maxAttempts > 1, policy.canRepeat(request) else { return try await send() }
    var attempt = 1
    while true {
      let delay: Duration
      do {
        let answer = try await send()
        let (status, headers) = head(answer)
        guard attempt < policy.maxAttempts, policy.retryableStatuses.contains(status) else { return answer }
        delay = policy.delay(afterAttempt: attempt, retryAfter: headers[.retryAfter], now: now(), random: random())
      } catch {
        // A transport may report cancellation as its own error (URLError.cancelled): the task's
        // state, not the error's type, says whether the caller gave up.
        guard attempt < policy.maxAttempts, !Task.isCancelled, !(error is CancellationError),
          policy.isRetryableError(error)
        else { throw error }
        delay = policy.backoff(afterAttempt: attempt, random: random())
      }
      try await sleep(delay)
      // Also when an injected sleep returned despite cancellation: no new attempt for a caller who left.
      try Task.checkCancellation()
      attempt += 1
    }
  }
}
