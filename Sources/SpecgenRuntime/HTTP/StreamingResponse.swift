import Foundation

/// Streaming answers as `AsyncThrowingStream`s: server-sent events and JSON Lines, read from a byte
/// sequence as it arrives, or from a body already received (what `Transport` hands generated
/// decoders today).
public enum StreamingResponse {
  /// The events of a received `text/event-stream` body, in order.
  public static func events(_ body: Data) -> AsyncThrowingStream<ServerSentEvent, any Error> {
    var parser = ServerSentEventParser()
    return stream(parser.consume(body)) { $0 }
  }

  /// Each event's `data` of a received body decoded as JSON `Event` (see `jsonEvents(_:from:)`).
  public static func jsonEvents<Event: Decodable & Sendable>(_ type: Event.Type, from body: Data)
    -> AsyncThrowingStream<Event, any Error>
  {
    var parser = ServerSentEventParser()
    let events = parser.consume(body).filter { !$0.data.isEmpty && $0.data != "[DONE]" }
    return stream(events) { try JSONDecoder().decode(Event.self, from: Data($0.data.utf8)) }
  }

  /// Each non-empty line of a received JSON Lines body decoded as `Line`.
  public static func jsonLines<Line: Decodable & Sendable>(_ type: Line.Type, from body: Data)
    -> AsyncThrowingStream<Line, any Error>
  {
    let lines = body.split(separator: 0x0A).map { Data($0) }
    return stream(lines.filter { !$0.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }) {
      try JSONDecoder().decode(Line.self, from: $0)
    }
  }

  /// The events of a streamed answer, each yielded as soon as its blank line arrives.
  public static func events(_ response: StreamedResponse) -> AsyncThrowingStream<ServerSentEvent, any Error> {
    relay(response.body) { (parser: inout ServerSentEventParser, chunk: Data) in parser.consume(chunk) }
  }

  /// Each event's `data` of a streamed answer decoded as JSON `Event`, as it arrives (empty `data` and
  /// `[DONE]` skipped).
  public static func jsonEvents<Event: Decodable & Sendable>(_ type: Event.Type, from response: StreamedResponse)
    -> AsyncThrowingStream<Event, any Error>
  {
    relay(response.body) { (parser: inout ServerSentEventParser, chunk: Data) in
      try parser.consume(chunk).filter { !$0.data.isEmpty && $0.data != "[DONE]" }.map {
        try JSONDecoder().decode(Event.self, from: Data($0.data.utf8))
      }
    }
  }

  /// Each non-empty line of a streamed JSON Lines answer decoded as `Line`, as it arrives.
  public static func jsonLines<Line: Decodable & Sendable>(_ type: Line.Type, from response: StreamedResponse)
    -> AsyncThrowingStream<Line, any Error>
  {
    relay(response.body, final: Data([0x0A])) { (pending: inout Data, chunk: Data) in
      pending += chunk
      var lines: [Line] = []
      while let end = pending.firstIndex(of: 0x0A) {
        let line = pending[pending.startIndex..<end]
        pending = Data(pending[pending.index(after: end)...])
        if !line.allSatisfy({ [0x20, 0x09, 0x0D].contains($0) }) {
          lines.append(try JSONDecoder().decode(Line.self, from: Data(line)))
        }
      }
      return lines
    }
  }

  /// Feeds each chunk (then `final`, if any) to `step`, yielding what it returns; the first error ends
  /// the stream, and cancelling the reader stops reading.
  private static func relay<State: Sendable & DefaultInitializable, Element: Sendable>(
    _ chunks: AsyncThrowingStream<Data, any Error>, final: Data? = nil,
    _ step: @escaping @Sendable (inout State, Data) throws -> [Element]
  ) -> AsyncThrowingStream<Element, any Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var state = State()
          for try await chunk in chunks {
            for element in try step(&state, chunk) { continuation.yield(element) }
          }
          if let final { for element in try step(&state, final) { continuation.yield(element) } }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// `items` transformed in order; the first failure ends the stream with that error.
  private static func stream<Item, Element: Sendable>(_ items: [Item], _ transform: (Item) throws -> Element)
    -> AsyncThrowingStream<Element, any Error>
  {
    AsyncThrowingStream { continuation in
      do {
        for item in items { continuation.yield(try transform(item)) }
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
  }

  /// The events of a `text/event-stream` body, in order.
  public static func events<Bytes: AsyncSequence & Sendable>(_ bytes: Bytes) -> AsyncThrowingStream<
    ServerSentEvent, any Error
  > where Bytes.Element == UInt8 {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var parser = ServerSentEventParser()
          var chunk: [UInt8] = []
          for try await byte in bytes {
            chunk.append(byte)
            if byte == 0x0A || byte == 0x0D {
              for event in parser.consume(chunk) { continuation.yield(event) }
              chunk.removeAll(keepingCapacity: true)
            }
          }
          for event in parser.consume(chunk) { continuation.yield(event) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// Each event's `data` decoded as JSON `Event` (an empty `data` and `[DONE]`, which some APIs send
  /// last, are skipped).
  public static func jsonEvents<Event: Decodable & Sendable, Bytes: AsyncSequence & Sendable>(
    _ type: Event.Type, from bytes: Bytes
  ) -> AsyncThrowingStream<Event, any Error> where Bytes.Element == UInt8 {
    let events = self.events(bytes)
    return AsyncThrowingStream { continuation in
      let task = Task {
        do {
          for try await event in events where !event.data.isEmpty && event.data != "[DONE]" {
            continuation.yield(try JSONDecoder().decode(Event.self, from: Data(event.data.utf8)))
          }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// Each non-empty line of an `application/jsonl` (`application/x-ndjson`) body decoded as `Line`.
  public static func jsonLines<Line: Decodable & Sendable, Bytes: AsyncSequence & Sendable>(
    _ type: Line.Type, from bytes: Bytes
  ) -> AsyncThrowingStream<Line, any Error> where Bytes.Element == UInt8 {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var line: [UInt8] = []
          func emit() throws {
            defer { line.removeAll(keepingCapacity: true) }
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { continuation.yield(try JSONDecoder().decode(Line.self, from: Data(text.utf8))) }
          }
          for try await byte in bytes {
            if byte == 0x0A { try emit() } else if byte != 0x0D { line.append(byte) }
          }
          try emit()
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
