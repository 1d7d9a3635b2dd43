import Foundation

/// Streaming answers as `AsyncThrowingStream`s: server-sent events and JSON Lines, read from a byte
/// sequence as it arrives, from a streamed answer's chunks, or from a body already received.
///
/// Each format is read one way, from a stream of chunks: a received body is one chunk, a byte
/// sequence is cut at each line end, so an event is yielded as soon as its blank line arrives.
public enum StreamingResponse {
  /// The events of a received `text/event-stream` body, in order.
  public static func events(_ body: Data) -> AsyncThrowingStream<ServerSentEvent, any Error> {
    events(chunks: whole(body))
  }

  /// Each event's `data` of a received body decoded as JSON `Event` (see `jsonEvents(_:from:)`).
  public static func jsonEvents<Event: Decodable & Sendable>(_ type: Event.Type, from body: Data)
    -> AsyncThrowingStream<Event, any Error>
  {
    jsonEvents(type, chunks: whole(body))
  }

  /// Each non-empty line of a received JSON Lines body decoded as `Line`.
  public static func jsonLines<Line: Decodable & Sendable>(_ type: Line.Type, from body: Data)
    -> AsyncThrowingStream<Line, any Error>
  {
    jsonLines(type, chunks: whole(body))
  }

  /// The events of a streamed answer, each yielded as soon as its blank line arrives.
  public static func events(_ response: StreamedResponse) -> AsyncThrowingStream<ServerSentEvent, any Error> {
    events(chunks: response.body)
  }

  /// Each event's `data` of a streamed answer decoded as JSON `Event`, as it arrives (empty `data` and
  /// `[DONE]` skipped).
  public static func jsonEvents<Event: Decodable & Sendable>(_ type: Event.Type, from response: StreamedResponse)
    -> AsyncThrowingStream<Event, any Error>
  {
    jsonEvents(type, chunks: response.body)
  }

  /// Each non-empty line of a streamed JSON Lines answer decoded as `Line`, as it arrives.
  public static func jsonLines<Line: Decodable & Sendable>(_ type: Line.Type, from response: StreamedResponse)
    -> AsyncThrowingStream<Line, any Error>
  {
    jsonLines(type, chunks: response.body)
  }

  /// The events of a `text/event-stream` body, in order.
  public static func events<Bytes: AsyncSequence & Sendable>(_ bytes: Bytes) -> AsyncThrowingStream<
    ServerSentEvent, any Error
  > where Bytes.Element == UInt8 {
    events(chunks: lines(of: bytes))
  }

  /// Each event's `data` decoded as JSON `Event` (an empty `data` and `[DONE]`, which some APIs send
  /// last, are skipped).
  public static func jsonEvents<Event: Decodable & Sendable, Bytes: AsyncSequence & Sendable>(
    _ type: Event.Type, from bytes: Bytes
  ) -> AsyncThrowingStream<Event, any Error> where Bytes.Element == UInt8 {
    jsonEvents(type, chunks: lines(of: bytes))
  }

  /// Each non-empty line of an `application/jsonl` (`application/x-ndjson`) body decoded as `Line`.
  public static func jsonLines<Line: Decodable & Sendable, Bytes: AsyncSequence & Sendable>(
    _ type: Line.Type, from bytes: Bytes
  ) -> AsyncThrowingStream<Line, any Error> where Bytes.Element == UInt8 {
    jsonLines(type, chunks: lines(of: bytes))
  }

  // MARK: - One reader per format, over chunks

  private static func events(chunks: AsyncThrowingStream<Data, any Error>)
    -> AsyncThrowingStream<ServerSentEvent, any Error>
  {
    relay(chunks) { (parser: inout ServerSentEventParser, chunk: Data, yield) in
      for event in parser.consume(chunk) { yield(event) }
    }
  }

  private static func jsonEvents<Event: Decodable & Sendable>(
    _ type: Event.Type, chunks: AsyncThrowingStream<Data, any Error>
  ) -> AsyncThrowingStream<Event, any Error> {
    relay(chunks) { (parser: inout ServerSentEventParser, chunk: Data, yield) in
      for event in parser.consume(chunk) where !event.data.isEmpty && event.data != "[DONE]" {
        yield(try StrictJSONDecoder().decode(Event.self, from: Data(event.data.utf8)))
      }
    }
  }

  /// Lines end at LF; a last line without one is read at the end; blank lines (spaces, tabs, CR) skipped.
  private static func jsonLines<Line: Decodable & Sendable>(
    _ type: Line.Type, chunks: AsyncThrowingStream<Data, any Error>
  ) -> AsyncThrowingStream<Line, any Error> {
    relay(chunks, final: Data([0x0A])) { (pending: inout Data, chunk: Data, yield) in
      pending += chunk
      while let end = pending.firstIndex(of: 0x0A) {
        let line = pending[pending.startIndex..<end]
        pending = Data(pending[pending.index(after: end)...])
        if !line.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) {
          yield(try StrictJSONDecoder().decode(Line.self, from: Data(line)))
        }
      }
    }
  }

  /// Feeds each chunk (then `final`, if any) to `step`, which yields what it reads; the first error
  /// ends the stream after what was yielded before it, and cancelling the reader stops reading.
  private static func relay<State: Sendable & DefaultInitializable, Element: Sendable>(
    _ chunks: AsyncThrowingStream<Data, any Error>, final: Data? = nil,
    _ step: @escaping @Sendable (inout State, Data, (Element) -> Void) throws -> Void
  ) -> AsyncThrowingStream<Element, any Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var state = State()
          let yield = { (element: Element) in _ = continuation.yield(element) }
          for try await chunk in chunks { try step(&state, chunk, yield) }
          if let final { try step(&state, final, yield) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// A body already received, as one chunk (none when it is empty).
  static func whole(_ body: Data) -> AsyncThrowingStream<Data, any Error> {
    let (chunks, input) = AsyncThrowingStream<Data, any Error>.makeStream()
    if !body.isEmpty { input.yield(body) }
    input.finish()
    return chunks
  }

  /// `bytes` as chunks cut after each CR or LF, so every complete line is passed on as it arrives.
  private static func lines<Bytes: AsyncSequence & Sendable>(of bytes: Bytes) -> AsyncThrowingStream<
    Data, any Error
  > where Bytes.Element == UInt8 {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var chunk = Data()
          for try await byte in bytes {
            chunk.append(byte)
            if byte == 0x0A || byte == 0x0D {
              continuation.yield(chunk)
              chunk.removeAll(keepingCapacity: true)
            }
          }
          if !chunk.isEmpty { continuation.yield(chunk) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }
}

/// A state `StreamingResponse` starts empty.
protocol DefaultInitializable {
  init()
}

extension ServerSentEventParser: DefaultInitializable {}
extension Data: DefaultInitializable {}
