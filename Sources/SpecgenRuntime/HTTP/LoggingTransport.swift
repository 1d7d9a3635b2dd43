import Foundation
import HTTPTypes

/// One exchange as `LoggingTransport` reports it: the request, how it ended, and how long it took.
///
/// Its `description` is one line, `GET /stream/abc [getStream] → 404 in 12 ms`, made of the method,
/// path, operation and outcome only: query items and headers may hold credentials (an API key in the
/// query, `Authorization`), so a log line printed as it is never shows them. A closure that wants them
/// reads `request`.
public struct TransportLogEntry: Sendable, CustomStringConvertible {
  /// How an exchange ended.
  public enum Outcome: Sendable {
    /// The server answered (with any status, an error status included).
    case answered(APIResponse)
    /// A streamed answer's status and headers arrived; its body is still being read by the caller.
    case streaming(status: Int, headers: HTTPFields)
    /// The transport threw (no connection, a timeout, cancellation).
    case failed(any Error)
  }

  /// The request as this transport passed it on.
  public var request: APIRequest
  /// The server URL it was sent to.
  public var baseURL: URL
  /// The answer, the streamed answer's head, or the error.
  public var outcome: Outcome
  /// From sending to the answer (to the head, for a streamed answer).
  public var duration: Duration

  /// Makes an entry (a logging closure under test, a custom transport reusing the format).
  public init(request: APIRequest, baseURL: URL, outcome: Outcome, duration: Duration) {
    self.request = request
    self.baseURL = baseURL
    self.outcome = outcome
    self.duration = duration
  }

  /// The answer's status; nil when the transport threw.
  public var status: Int? {
    switch outcome {
    case .answered(let response): response.status
    case .streaming(let status, _): status
    case .failed: nil
    }
  }

  /// The error the transport threw; nil when the server answered.
  public var error: (any Error)? {
    if case .failed(let error) = outcome { return error }
    return nil
  }

  /// `METHOD /path [operationID] → status in N ms`, or `→ error: …`; never the query or headers.
  public var description: String {
    let operation = request.operationID.map { " [\($0)]" } ?? ""
    let result =
      switch outcome {
      case .answered(let response): "\(response.status)"
      case .streaming(let status, _): "\(status) (streaming)"
      case .failed(let error): "error: \(error)"
      }
    let milliseconds = Int((duration.seconds * 1000).rounded())
    return "\(request.method) \(request.path)\(operation) → \(result) in \(milliseconds) ms"
  }
}

/// Wraps any transport so that each exchange is reported to a closure once it ends: the request, the
/// answer or error, and the time it took. No logging library is assumed; the closure hands the entry
/// to `print`, swift-log, `os.Logger` or a test's array.
///
/// ```swift
/// let transport = URLSessionTransport().logging { print($0) }  // GET /stream/abc [getStream] → 200 in 85 ms
/// ```
///
/// Where it sits in a stack decides what it sees: outside a `RetryingTransport` it reports one entry
/// per call, with the time all attempts took; inside it, one per attempt. The closure is called on the
/// task that sent the request, before the answer is returned, so it should be quick.
///
/// Streaming answers pass through unbuffered: the entry is reported when the head arrives.
public struct LoggingTransport: StreamingTransport {
  /// The transport requests go through.
  public var base: any Transport
  private let log: @Sendable (TransportLogEntry) -> Void
  private let now: @Sendable () -> ContinuousClock.Instant

  /// Reports each exchange through `base` to `log`.
  ///
  /// - Parameter now: the clock durations are measured with (a test's, for exact durations).
  public init(
    _ base: any Transport, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock().now },
    log: @escaping @Sendable (TransportLogEntry) -> Void
  ) {
    self.base = base
    self.now = now
    self.log = log
  }

  /// Sends `request` through the base and reports the answer or error.
  public func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    try await logged(request, baseURL, outcome: { .answered($0) }) { try await base.send(request, to: baseURL) }
  }

  /// Streams `request` through the base and reports its head or error.
  public func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    try await logged(request, baseURL, outcome: { .streaming(status: $0.status, headers: $0.headers) }) {
      try await base.streamIfPossible(request, to: baseURL)
    }
  }

  /// What the base adds to `request`; nothing is sent, so nothing is logged.
  public func prepared(_ request: APIRequest) async throws -> APIRequest { try await base.prepared(request) }

  /// Times `send` and reports its outcome, passing the answer or error on unchanged.
  private func logged<Answer>(
    _ request: APIRequest, _ baseURL: URL, outcome: (Answer) -> TransportLogEntry.Outcome,
    send: () async throws -> Answer
  ) async throws -> Answer {
    let start = now()
    do {
      let answer = try await send()
      log(TransportLogEntry(request: request, baseURL: baseURL, outcome: outcome(answer), duration: now() - start))
      return answer
    } catch {
      log(TransportLogEntry(request: request, baseURL: baseURL, outcome: .failed(error), duration: now() - start))
      throw error
    }
  }
}
