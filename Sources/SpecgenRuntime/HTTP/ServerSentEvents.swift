import Foundation

/// One event of a `text/event-stream` answer, as the WHATWG HTML standard's event-stream
/// interpretation dispatches it.
public struct ServerSentEvent: Sendable, Hashable {
  /// The `event` field; `message` when the event names none.
  public var event: String
  /// The `data` fields, joined by line feeds.
  public var data: String
  /// The last event ID at this event (an `id` field persists until the next one changes it).
  public var id: String?
  /// The reconnection time the stream last set (`retry`, in milliseconds).
  public var retry: Int?

  public init(event: String = "message", data: String, id: String? = nil, retry: Int? = nil) {
    self.event = event
    self.data = data
    self.id = id
    self.retry = retry
  }
}

/// An incremental `text/event-stream` parser (WHATWG HTML, "Event stream interpretation"): lines end
/// with CR LF, LF or CR; `:` starts a comment; a blank line dispatches the event; multi-line `data`;
/// `id` without NUL; `retry` digits only; a leading byte order mark is skipped; an event not ended by a
/// blank line when the stream ends is discarded.
public struct ServerSentEventParser: Sendable {
  private var line: [UInt8] = []
  private var lastWasCR = false
  private var sawFirstLine = false
  private var data = ""
  private var hasData = false
  private var eventType = ""
  private var lastEventID: String?
  private var retry: Int?

  public init() {}

  /// Feeds bytes; returns the events they complete, in order.
  public mutating func consume<Bytes: Sequence>(_ bytes: Bytes) -> [ServerSentEvent] where Bytes.Element == UInt8 {
    var events: [ServerSentEvent] = []
    for byte in bytes {
      if lastWasCR {
        lastWasCR = false
        if byte == 0x0A { continue }
      }
      if byte == 0x0A || byte == 0x0D {
        lastWasCR = byte == 0x0D
        if let event = endLine() { events.append(event) }
      } else {
        line.append(byte)
      }
    }
    return events
  }

  private mutating func endLine() -> ServerSentEvent? {
    var text = String(decoding: line, as: UTF8.self)
    line.removeAll(keepingCapacity: true)
    if !sawFirstLine {
      sawFirstLine = true
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    }
    if text.isEmpty { return dispatch() }
    if text.hasPrefix(":") { return nil }
    let field: Substring
    var value: Substring
    if let colon = text.firstIndex(of: ":") {
      field = text[..<colon]
      value = text[text.index(after: colon)...]
      if value.hasPrefix(" ") { value = value.dropFirst() }
    } else {
      field = Substring(text)
      value = ""
    }
    switch field {
    case "event": eventType = String(value)
    case "data":
      data += value + "\n"
      hasData = true
    case "id" where !value.contains("\u{0}"): lastEventID = String(value)
    case "retry" where !value.isEmpty && value.allSatisfy({ $0.isASCII && $0.isNumber }): retry = Int(value)
    default: break
    }
    return nil
  }

  private mutating func dispatch() -> ServerSentEvent? {
    defer {
      data = ""
      hasData = false
      eventType = ""
    }
    guard hasData else { return nil }
    return ServerSentEvent(
      event: eventType.isEmpty ? "message" : eventType, data: String(data.dropLast()), id: lastEventID, retry: retry)
  }
}
