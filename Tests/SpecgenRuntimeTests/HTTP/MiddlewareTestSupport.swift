import Foundation
import HTTPTypes
import SpecgenRuntime

// Fakes the middleware tests share: a transport answering from a script, one whose streamed bodies the
// test feeds chunk by chunk, a recorder of the waits a retrying transport asks for, and a token provider
// that counts refreshes.

/// A value behind a lock, for state a fake shares with concurrent calls.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value
  init(_ value: Value) { self.value = value }
  func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    try lock.withLock { try body(&value) }
  }
  var current: Value { withLock { $0 } }
}

/// Answers each request as `respond` says (given the request and how many came before it) and records
/// every request it was sent.
final class ScriptedTransport: Transport, @unchecked Sendable {
  private let respond: @Sendable (APIRequest, Int) throws -> APIResponse
  private let log = Locked<[APIRequest]>([])
  /// Every request sent, in order.
  var sent: [APIRequest] { log.current }

  init(_ respond: @escaping @Sendable (APIRequest, Int) throws -> APIResponse) {
    self.respond = respond
  }

  /// Answers the steps in turn, repeating the last; a step is an answer or an error to throw.
  convenience init(_ steps: [Result<APIResponse, any Error>]) {
    self.init { _, index in try steps[min(index, steps.count - 1)].get() }
  }

  /// Answers with the statuses in turn, repeating the last.
  convenience init(statuses: [Int]) {
    self.init(statuses.map { .success(APIResponse(status: $0)) })
  }

  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    let index = log.withLock {
      $0.append(request)
      return $0.count - 1
    }
    return try respond(request, index)
  }
}

/// Holds requests whose `Authorization` is `authorization` until `count` of them have arrived, then
/// lets them all through to `base`: concurrent calls that are all in flight at once, by construction.
struct Gated: Transport {
  let base: any Transport
  let authorization: String
  let gate: Gate

  init(_ base: any Transport, holding authorization: String, until count: Int) {
    self.base = base
    self.authorization = authorization
    self.gate = Gate(count: count)
  }

  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    if request.header("Authorization") == authorization { await gate.arrive() }
    return try await base.send(request, to: baseURL)
  }

  /// Suspends arrivals until the `count`-th, which releases them all.
  actor Gate {
    private let count: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var open = false

    init(count: Int) { self.count = count }

    func arrive() async {
      guard !open else { return }
      if waiting.count + 1 >= count {
        open = true
        for continuation in waiting { continuation.resume() }
        waiting = []
      } else {
        await withCheckedContinuation { waiting.append($0) }
      }
    }
  }
}

/// A streaming transport: each `stream` answers the next status of its script with a body the test
/// feeds through `bodies`, starting with `firstChunks`; `send` is counted, to prove it is not used.
final class ChunkedTransport: StreamingTransport, @unchecked Sendable {
  private let statuses: [Int]
  private let firstChunks: [Data]
  private let state = Locked<
    (streamed: [APIRequest], sends: Int, bodies: [AsyncThrowingStream<Data, any Error>.Continuation])
  >(
    ([], 0, []))
  /// The requests `stream` was called with.
  var streamed: [APIRequest] { state.current.streamed }
  /// How many times `send` was called.
  var sends: Int { state.current.sends }
  /// The feed of each streamed body, in the order of the calls.
  var bodies: [AsyncThrowingStream<Data, any Error>.Continuation] { state.current.bodies }

  init(statuses: [Int], firstChunks: [Data] = []) {
    self.statuses = statuses
    self.firstChunks = firstChunks
  }

  func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    let (body, feed) = AsyncThrowingStream<Data, any Error>.makeStream()
    for chunk in firstChunks { feed.yield(chunk) }
    let index = state.withLock {
      $0.streamed.append(request)
      $0.bodies.append(feed)
      return $0.streamed.count - 1
    }
    return StreamedResponse(status: statuses[min(index, statuses.count - 1)], body: body)
  }

  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    state.withLock { $0.sends += 1 }
    return APIResponse(status: 599)
  }
}

/// Records the waits asked for and returns at once, so retry tests neither sleep nor depend on time.
final class SleepRecorder: @unchecked Sendable {
  private let log = Locked<[Duration]>([])
  /// Every wait asked for, in order.
  var waits: [Duration] { log.current }
  /// The closure to give `RetryingTransport(sleep:)`.
  var sleep: @Sendable (Duration) async throws -> Void {
    { [log] duration in log.withLock { $0.append(duration) } }
  }
}

/// Tokens `token-<n>` after `n` successful refreshes; a refresh can be made to give up or fail.
final class CountingTokens: AccessTokenProvider, @unchecked Sendable {
  enum RefreshOutcome { case next, giveUp, fail }
  private let state = Locked<(calls: Int, issued: Int, outcomes: [RefreshOutcome])>((0, 0, []))
  /// How many times `refreshedAccessToken()` was called.
  var refreshes: Int { state.current.calls }

  /// Refreshes as `outcomes` say in turn, then succeed.
  init(_ outcomes: [RefreshOutcome] = []) {
    state.withLock { $0.outcomes = outcomes }
  }

  func accessToken() async throws -> String? { state.withLock { "token-\($0.issued)" } }

  func refreshedAccessToken() async throws -> String? {
    // Let concurrent callers run into the refresh while it is still in flight.
    for _ in 0..<10 { await Task.yield() }
    let (outcome, token) = state.withLock { state -> (RefreshOutcome, String) in
      state.calls += 1
      let outcome = state.outcomes.isEmpty ? .next : state.outcomes.removeFirst()
      if outcome == .next { state.issued += 1 }
      return (outcome, "token-\(state.issued)")
    }
    switch outcome {
    case .next: return token
    case .giveUp: return nil
    case .fail: throw URLError(.notConnectedToInternet)
    }
  }
}

/// What the tests send to.
let exampleURL = URL(string: "https://api.example")!

extension APIResponse {
  /// An answer with a `Retry-After` header.
  static func retryAfter(_ status: Int, _ value: String) -> APIResponse {
    APIResponse(status: status, headers: [.retryAfter: value])
  }
}
