// The event-stream driver of scripts/check-requests.sh: streamed answers of the `Events` client
// (generated from events.yaml) read from the request-check server, which writes them with
// scripts/requests/streams.py. Every event must arrive decoded, in order.
import Events
import Foundation
import SpecgenRuntime

@main struct EventsDriver {
  static func main() async throws {
    let client = EventsClient(serverURL: URL(string: CommandLine.arguments[1])!)
    var streamed = 0
    var inOrder = 0
    var ticks: [Tick] = []
    var arrivals: [Date] = []
    for try await tick in try await client.streamTicks(count: 5) {
      ticks.append(tick)
      arrivals.append(Date())
    }
    // The server pauses 0.6 s before the last chunk: streamed, the first tick is read well before it.
    let lead = (arrivals.last ?? Date()).timeIntervalSince(arrivals.first ?? Date())
    streamed += ticks.count
    if ticks.map(\.n) == [1, 2, 3, 4, 5], ticks.allSatisfy({ $0.label == "tick \($0.n)" }) {
      inOrder += ticks.count
    } else {
      print("FAILED ticks: \(ticks)")
    }
    var events: [ServerSentEvent] = []
    for try await event in try await client.streamEvents() { events.append(event) }
    streamed += events.count
    let expected = (1...3).map {
      ServerSentEvent(event: "note", data: "note \($0)\nsecond line", id: String($0), retry: 1500)
    }
    if events == expected { inOrder += events.count } else { print("FAILED events: \(events)") }
    var lines: [Tick] = []
    for try await tick in try await client.tickLines() { lines.append(tick) }
    streamed += lines.count
    if lines.map(\.n) == [1, 2, 3] { inOrder += lines.count } else { print("FAILED lines: \(lines)") }
    print("events: \(streamed) streamed, \(inOrder) decoded in order")
    print("events: first tick read \(String(format: "%.2f", lead)) s before the last (streamed: \(lead > 0.4))")
  }
}
