import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

/// `text/event-stream` parsing as the WHATWG HTML standard says, and JSON Lines.
@Suite struct ServerSentEventsTests {
  private static func parse(_ text: String) -> [ServerSentEvent] {
    var parser = ServerSentEventParser()
    return parser.consume(Data(text.utf8))
  }

  @Test func fieldsCommentsAndMultiLineData() {
    let text =
      "\u{FEFF}: a comment\r\nevent: add\r\ndata: first\r\ndata:second\r\nid: 7\r\nretry: 1500\r\n\r\n"
      + "data\n\n" + "data: {\"n\": 1}\rid\r\r" + "event: ignored\n\n" + "retry: soon\ndata: last\nunknown: x\n\n"
      + "data: never dispatched"
    #expect(
      Self.parse(text) == [
        ServerSentEvent(event: "add", data: "first\nsecond", id: "7", retry: 1500),
        // `data` without a colon is an empty line of data; the id persists.
        ServerSentEvent(data: "", id: "7", retry: 1500),
        // `id` with no value resets the last event ID to empty.
        ServerSentEvent(data: #"{"n": 1}"#, id: "", retry: 1500),
        // An event with no data is not dispatched; a `retry` that is not digits is ignored.
        ServerSentEvent(data: "last", id: "", retry: 1500),
      ])
  }

  @Test func bytesMaySplitAnywhere() {
    let text = Data("data: a\r\n\r\ndata: ü\r\n\r\n".utf8)
    var parser = ServerSentEventParser()
    var events: [ServerSentEvent] = []
    for byte in text { events += parser.consume([byte]) }
    #expect(events.map(\.data) == ["a", "ü"])
  }

  @Test func anIDWithNULIsIgnored() {
    #expect(Self.parse("id: 1\ndata: a\n\nid: 2\u{0}\ndata: b\n\n").map(\.id) == ["1", "1"])
  }

  private struct Tick: Decodable, Sendable, Equatable {
    var n: Int
  }

  @Test func eventsDecodeAsJSONInOrder() async throws {
    let body = Data("data: {\"n\":1}\n\n: keep-alive\n\ndata: {\"n\":2}\n\ndata: [DONE]\n\n".utf8)
    var ticks: [Tick] = []
    for try await tick in StreamingResponse.jsonEvents(Tick.self, from: body) { ticks.append(tick) }
    #expect(ticks == [Tick(n: 1), Tick(n: 2)])
    var names: [String] = []
    for try await event in StreamingResponse.events(body) { names.append(event.event) }
    #expect(names == ["message", "message", "message"])
  }

  @Test func aBadEventEndsTheStreamWithItsError() async {
    let body = Data("data: {\"n\":1}\n\ndata: nope\n\ndata: {\"n\":3}\n\n".utf8)
    var ticks: [Tick] = []
    await #expect(throws: DecodingError.self) {
      for try await tick in StreamingResponse.jsonEvents(Tick.self, from: body) { ticks.append(tick) }
    }
    #expect(ticks == [Tick(n: 1)])
  }

  @Test func jsonLinesSkipBlankLines() async throws {
    let body = Data("{\"n\":1}\r\n\n  \n{\"n\":2}".utf8)
    var ticks: [Tick] = []
    for try await tick in StreamingResponse.jsonLines(Tick.self, from: body) { ticks.append(tick) }
    #expect(ticks == [Tick(n: 1), Tick(n: 2)])
  }

  @Test func anAsyncByteSequenceStreamsAsItArrives() async throws {
    let (bytes, input) = AsyncStream<UInt8>.makeStream()
    let events = StreamingResponse.events(bytes)
    var iterator = events.makeAsyncIterator()
    for byte in Data("data: one\n\n".utf8) { input.yield(byte) }
    // The first event arrives before the stream has ended.
    #expect(try await iterator.next()?.data == "one")
    for byte in Data("event: two\ndata: 2\n\n".utf8) { input.yield(byte) }
    input.finish()
    #expect(try await iterator.next() == ServerSentEvent(event: "two", data: "2"))
    #expect(try await iterator.next() == nil)
  }

  @Test func aStreamedAnswerYieldsEachEventAsItsChunkArrives() async throws {
    let (body, input) = AsyncThrowingStream<Data, any Error>.makeStream()
    let response = StreamedResponse(status: 200, body: body)
    var ticks = StreamingResponse.jsonEvents(Tick.self, from: response).makeAsyncIterator()
    input.yield(Data("data: {\"n\":".utf8))
    input.yield(Data("1}\r\n\r\ndata: {\"n\"".utf8))
    #expect(try await ticks.next() == Tick(n: 1))
    input.yield(Data(":2}\n\n".utf8))
    input.finish()
    #expect(try await ticks.next() == Tick(n: 2))
    #expect(try await ticks.next() == nil)
  }

  @Test func streamedJSONLinesKeepALastLineWithoutNewline() async throws {
    let (body, input) = AsyncThrowingStream<Data, any Error>.makeStream()
    input.yield(Data("{\"n\":1}\n{\"n\"".utf8))
    input.yield(Data(":2}".utf8))
    input.finish()
    var ticks: [Tick] = []
    for try await tick in StreamingResponse.jsonLines(Tick.self, from: StreamedResponse(status: 200, body: body)) {
      ticks.append(tick)
    }
    #expect(ticks == [Tick(n: 1), Tick(n: 2)])
  }

  @Test func aTransportThatCannotStreamIsReadWhole() async throws {
    struct Whole: Transport {
      func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
        APIResponse(status: 503, headers: [.retryAfter: "1"], body: Data("busy".utf8))
      }
    }
    let streamed = try await Whole().streamIfPossible(
      APIRequest(method: "GET", path: "/"), to: try #require(URL(string: "https://example.com")))
    #expect(streamed.status == 503)
    #expect(
      try await streamed.collected()
        == APIResponse(status: 503, headers: [.retryAfter: "1"], body: Data("busy".utf8)))
  }
}
