import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// `LoggingTransport`: one entry per exchange, with the outcome and the time it took.
@Suite struct LoggingTransportTests {
  /// A clock that moves 5 ms each time it is read, so each exchange lasts exactly 5 ms.
  static func steppingClock() -> @Sendable () -> ContinuousClock.Instant {
    let start = ContinuousClock().now
    let reads = Locked(0)
    return {
      reads.withLock { count in
        defer { count += 1 }
        return start.advanced(by: .milliseconds(5 * count))
      }
    }
  }

  @Test func reportsAnswersErrorStatusesAndThrownErrorsWithDurations() async throws {
    let script = ScriptedTransport([
      .success(APIResponse(status: 200, body: Data("[]".utf8))), .success(APIResponse(status: 500)),
      .failure(URLError(.timedOut)),
    ])
    let entries = Locked<[TransportLogEntry]>([])
    let transport = LoggingTransport(script, now: Self.steppingClock()) { entry in entries.withLock { $0.append(entry) }
    }
    let request = APIRequest(
      method: "GET", path: "/streams", query: [.init(name: "api_key", value: "secret")], operationID: "getStreams")

    #expect(try await transport.send(request, to: exampleURL).body == Data("[]".utf8))
    #expect(try await transport.send(request, to: exampleURL).status == 500)
    await #expect(throws: URLError(.timedOut)) { try await transport.send(request, to: exampleURL) }

    let logged = entries.current
    #expect(logged.map(\.status) == [200, 500, nil])
    #expect(logged.map { $0.error.map { "\($0)" } } == [nil, nil, "\(URLError(.timedOut))"])
    #expect(logged.map(\.duration) == Array(repeating: .milliseconds(5), count: 3))
    #expect(logged.allSatisfy { $0.request == request && $0.baseURL == exampleURL })
    if case .answered(let response) = logged.first?.outcome {
      #expect(response.body == Data("[]".utf8))
    } else {
      Issue.record("the first exchange is not an answer: \(String(describing: logged.first))")
    }
    // One line each, without the query (it may hold a key).
    #expect(
      logged.prefix(2).map(\.description) == [
        "GET /streams [getStreams] → 200 in 5 ms", "GET /streams [getStreams] → 500 in 5 ms",
      ])
    #expect(logged.last?.description.hasPrefix("GET /streams [getStreams] → error: ") == true)
    #expect(!logged.contains { $0.description.contains("secret") })
  }

  @Test func aStreamIsReportedWhenItsHeadArrivesAndKeepsStreaming() async throws {
    let chunked = ChunkedTransport(statuses: [200], firstChunks: [Data("{\"n\":1}\n".utf8)])
    let entries = Locked<[TransportLogEntry]>([])
    let response = try await chunked.logging { entry in entries.withLock { $0.append(entry) } }
      .stream(APIRequest(method: "GET", path: "/events"), to: exampleURL)
    #expect(entries.current.map(\.description).first?.hasPrefix("GET /events → 200 (streaming) in ") == true)
    var chunks = response.body.makeAsyncIterator()
    #expect(try await chunks.next() == Data("{\"n\":1}\n".utf8))
    chunked.bodies[0].yield(Data("{\"n\":2}\n".utf8))
    #expect(try await chunks.next() == Data("{\"n\":2}\n".utf8))
    #expect(chunked.sends == 0)
  }
}
