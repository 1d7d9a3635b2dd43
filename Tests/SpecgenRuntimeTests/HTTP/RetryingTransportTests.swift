import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// `RetryingTransport`: what is retried, how often, and the waits it asks for (recorded, never slept).
@Suite struct RetryingTransportTests {
  static let get = APIRequest(method: "GET", path: "/streams")
  static let post = APIRequest(method: "POST", path: "/streams", body: Data("{}".utf8))

  /// A retrying transport over `base` whose waits go to `sleeps`, with fixed jitter and clock.
  static func retrying(
    _ base: any Transport, _ policy: RetryPolicy = RetryPolicy(), sleeps: SleepRecorder, random: Double = 0.5,
    now: Date = Date(timeIntervalSince1970: 784_111_777)
  ) -> RetryingTransport {
    RetryingTransport(base, policy: policy, sleep: sleeps.sleep, random: { random }, now: { now })
  }

  @Test func retriesUntilTheServerAnswers() async throws {
    let script = ScriptedTransport(statuses: [503, 502, 200])
    let sleeps = SleepRecorder()
    let response = try await Self.retrying(script, sleeps: sleeps).send(Self.get, to: exampleURL)
    #expect(response.status == 200)
    #expect(script.sent.count == 3)
    #expect(sleeps.waits.count == 2)
  }

  @Test func stopsAtMaxAttemptsAndReturnsTheLastAnswer() async throws {
    let script = ScriptedTransport { _, index in APIResponse(status: 503, body: Data("attempt \(index + 1)".utf8)) }
    let sleeps = SleepRecorder()
    let response = try await Self.retrying(script, RetryPolicy(maxAttempts: 4), sleeps: sleeps)
      .send(Self.get, to: exampleURL)
    #expect(response.status == 503)
    #expect(response.body == Data("attempt 4".utf8))
    #expect(script.sent.count == 4)
    #expect(sleeps.waits.count == 3)

    let once = ScriptedTransport(statuses: [503])
    _ = try await Self.retrying(once, RetryPolicy(maxAttempts: 1), sleeps: sleeps).send(Self.get, to: exampleURL)
    #expect(once.sent.count == 1)
  }

  @Test func everyDefaultStatusIsRetriedAndNoOther() async throws {
    for status in [408, 429, 502, 503, 504] {
      let script = ScriptedTransport(statuses: [status, 200])
      _ = try await Self.retrying(script, sleeps: SleepRecorder()).send(Self.get, to: exampleURL)
      #expect(script.sent.count == 2, "\(status)")
    }
    for status in [200, 301, 400, 401, 404, 500] {
      let script = ScriptedTransport(statuses: [status, 200])
      let response = try await Self.retrying(script, sleeps: SleepRecorder()).send(Self.get, to: exampleURL)
      #expect(response.status == status)
      #expect(script.sent.count == 1, "\(status)")
    }
    let custom = ScriptedTransport(statuses: [500, 200])
    _ = try await Self.retrying(custom, RetryPolicy(retryableStatuses: [500]), sleeps: SleepRecorder())
      .send(Self.get, to: exampleURL)
    #expect(custom.sent.count == 2)
  }

  @Test func aPostIsNotRetriedByDefault() async throws {
    let script = ScriptedTransport(statuses: [503, 200])
    let response = try await Self.retrying(script, sleeps: SleepRecorder()).send(Self.post, to: exampleURL)
    #expect(response.status == 503)
    #expect(script.sent.count == 1)

    // Nor after a timeout, which does not say whether the server acted on it.
    let timeout = ScriptedTransport([.failure(URLError(.timedOut)), .success(APIResponse(status: 200))])
    await #expect(throws: URLError.self) {
      try await Self.retrying(timeout, sleeps: SleepRecorder()).send(Self.post, to: exampleURL)
    }
    #expect(timeout.sent.count == 1)
  }

  @Test func aPostWithAnIdempotencyKeyOrAllowedByThePolicyIsRetried() async throws {
    var keyed = Self.post
    keyed.headers[HTTPField.Name("Idempotency-Key")!] = "8e03978e-40d5-43e8-bc93-6894a57f9324"
    let script = ScriptedTransport(statuses: [503, 200])
    #expect(try await Self.retrying(script, sleeps: SleepRecorder()).send(keyed, to: exampleURL).status == 200)
    #expect(
      script.sent.map { $0.header("Idempotency-Key") } == Array(repeating: keyed.header("Idempotency-Key"), count: 2))

    let keyIgnored = ScriptedTransport(statuses: [503, 200])
    let ignoringKeys = RetryPolicy(repeatsRequestsWithIdempotencyKey: false)
    _ = try await Self.retrying(keyIgnored, ignoringKeys, sleeps: SleepRecorder()).send(keyed, to: exampleURL)
    #expect(keyIgnored.sent.count == 1)

    let allowed = ScriptedTransport(statuses: [503, 200])
    let withPost = RetryPolicy(repeatableMethods: RetryPolicy.idempotentMethods.union(["POST"]))
    _ = try await Self.retrying(allowed, withPost, sleeps: SleepRecorder()).send(Self.post, to: exampleURL)
    #expect(allowed.sent.count == 2)
    #expect(allowed.sent.allSatisfy { $0.body == Data("{}".utf8) })
  }

  @Test func transientNetworkErrorsAreRetriedOthersThrownAtOnce() async throws {
    let dropped = ScriptedTransport([.failure(URLError(.networkConnectionLost)), .success(APIResponse(status: 200))])
    #expect(try await Self.retrying(dropped, sleeps: SleepRecorder()).send(Self.get, to: exampleURL).status == 200)
    #expect(dropped.sent.count == 2)

    let down = ScriptedTransport([.failure(URLError(.timedOut))])
    await #expect(throws: URLError(.timedOut)) {
      try await Self.retrying(down, RetryPolicy(maxAttempts: 3), sleeps: SleepRecorder()).send(Self.get, to: exampleURL)
    }
    #expect(down.sent.count == 3)

    for error: any Error in [URLError(.badURL), URLError(.cancelled), HTTPRequestError.notHTTP, CancellationError()] {
      let script = ScriptedTransport([.failure(error), .success(APIResponse(status: 200))])
      await #expect(throws: (any Error).self) {
        try await Self.retrying(script, sleeps: SleepRecorder()).send(Self.get, to: exampleURL)
      }
      #expect(script.sent.count == 1, "\(error)")
    }
  }

  @Test func retryAfterSecondsIsHonouredAndCapped() async throws {
    let script = ScriptedTransport([
      .success(.retryAfter(429, "7")), .success(.retryAfter(503, "120")), .success(.retryAfter(503, "0")),
      .success(APIResponse(status: 200)),
    ])
    let sleeps = SleepRecorder()
    let policy = RetryPolicy(maxAttempts: 5, maxDelay: .seconds(30))
    #expect(try await Self.retrying(script, policy, sleeps: sleeps).send(Self.get, to: exampleURL).status == 200)
    // The server's own delay, not jittered; 120 s capped at 30 s.
    #expect(sleeps.waits == [.seconds(7), .seconds(30), .zero])
  }

  @Test func retryAfterDateIsHonouredInEachFormAndCapped() async throws {
    // 784111777 is Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's example date.
    let now = Date(timeIntervalSince1970: 784_111_777 - 10)
    let script = ScriptedTransport([
      .success(.retryAfter(503, "Sun, 06 Nov 1994 08:49:37 GMT")),
      .success(.retryAfter(503, "Sunday, 06-Nov-94 08:49:37 GMT")),
      .success(.retryAfter(503, "Sun Nov  6 08:49:37 1994")),
      .success(.retryAfter(503, "Sat, 05 Nov 1994 08:49:37 GMT")),  // already past: no wait
      .success(.retryAfter(503, "Mon, 07 Nov 1994 08:49:37 GMT")),  // a day away: capped
      .success(APIResponse(status: 200)),
    ])
    let sleeps = SleepRecorder()
    let policy = RetryPolicy(maxAttempts: 6, maxDelay: .seconds(60))
    #expect(
      try await Self.retrying(script, policy, sleeps: sleeps, now: now).send(Self.get, to: exampleURL).status == 200)
    #expect(sleeps.waits == [.seconds(10), .seconds(10), .seconds(10), .zero, .seconds(60)])
  }

  @Test func anUnreadableRetryAfterFallsBackToBackoff() async throws {
    let script = ScriptedTransport([
      .success(.retryAfter(503, "soon")), .success(.retryAfter(503, "Sun, 32 Nov 1994 08:49:37 GMT")),
      .success(.retryAfter(503, "-5")), .success(APIResponse(status: 200)),
    ])
    let sleeps = SleepRecorder()
    let policy = RetryPolicy(maxAttempts: 4, initialDelay: .seconds(1))
    _ = try await Self.retrying(script, policy, sleeps: sleeps, random: 0).send(Self.get, to: exampleURL)
    #expect(sleeps.waits == [.milliseconds(500), .seconds(1), .seconds(2)])
  }

  @Test func backoffDoublesWithJitterUpToTheCap() async throws {
    let policy = RetryPolicy(maxAttempts: 6, initialDelay: .seconds(1), maxDelay: .seconds(5))
    let sleeps = SleepRecorder()
    _ = try await Self.retrying(ScriptedTransport(statuses: [503]), policy, sleeps: sleeps, random: 0.5)
      .send(Self.get, to: exampleURL)
    // Nominal 1, 2, 4, 5 (capped), 5 s; jitter 0.5 keeps three quarters of each.
    #expect(
      sleeps.waits == [.milliseconds(750), .milliseconds(1500), .seconds(3), .milliseconds(3750), .milliseconds(3750)])
    #expect(zip(sleeps.waits, sleeps.waits.dropFirst()).allSatisfy { $0 <= $1 })

    // The jitter spans the upper half of the nominal wait.
    for (random, expected) in [(0.0, Duration.milliseconds(500)), (0.999, .milliseconds(999.5))] {
      let recorder = SleepRecorder()
      _ = try await Self.retrying(ScriptedTransport(statuses: [503, 200]), policy, sleeps: recorder, random: random)
        .send(Self.get, to: exampleURL)
      let error = (recorder.waits.first ?? .zero) - expected
      #expect(error < .microseconds(1) && error > .microseconds(-1))
    }

    // Errors back off the same way.
    let errors = SleepRecorder()
    _ = try? await Self.retrying(
      ScriptedTransport([.failure(URLError(.timedOut))]), policy, sleeps: errors, random: 0.5
    )
    .send(Self.get, to: exampleURL)
    #expect(errors.waits == sleeps.waits)
  }

  @Test(.timeLimit(.minutes(1))) func cancellationEndsTheWaitAtOnce() async throws {
    let arrived = AsyncStream<Void>.makeStream()
    let script = ScriptedTransport { _, _ in
      arrived.continuation.yield()
      return .retryAfter(503, "3600")
    }
    // The real sleep: an hour, which only cancellation can cut short.
    let transport = RetryingTransport(script, policy: RetryPolicy(maxDelay: .seconds(7200)))
    let call = Task { try await transport.send(Self.get, to: exampleURL) }
    var iterator = arrived.stream.makeAsyncIterator()
    _ = await iterator.next()
    call.cancel()
    await #expect(throws: CancellationError.self) { try await call.value }
    #expect(script.sent.count == 1)
  }

  @Test func aStreamIsRetriedUntilItsHeadIsNotRetryable() async throws {
    let chunked = ChunkedTransport(statuses: [503, 200], firstChunks: [Data("data: 1\n\n".utf8)])
    let sleeps = SleepRecorder()
    let response = try await Self.retrying(chunked, sleeps: sleeps).stream(Self.get, to: exampleURL)
    #expect(response.status == 200)
    #expect(chunked.streamed.count == 2)
    #expect(chunked.sends == 0)
    #expect(sleeps.waits.count == 1)
    var chunks = response.body.makeAsyncIterator()
    #expect(try await chunks.next() == Data("data: 1\n\n".utf8))
    chunked.bodies[1].yield(Data("data: 2\n\n".utf8))
    #expect(try await chunks.next() == Data("data: 2\n\n".utf8))
    chunked.bodies[1].finish()
    #expect(try await chunks.next() == nil)
  }
}
