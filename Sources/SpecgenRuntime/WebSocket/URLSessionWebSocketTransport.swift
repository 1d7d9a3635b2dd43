import Foundation
import HTTPTypes

#if canImport(Darwin)
  /// A `WebSocketTransport` over `URLSessionWebSocketTask`, on Apple platforms. (FoundationNetworking
  /// on Linux has the type, but only a libcurl built with WebSocket support carries it; use
  /// `NIOWebSocketTransport` there.)
  public struct URLSessionWebSocketTransport: WebSocketTransport {
    public let session: URLSession
    /// The largest message accepted, in bytes.
    public var maximumMessageSize: Int

    public init(session: URLSession = .shared, maximumMessageSize: Int = 5 << 20) {
      self.session = session
      self.maximumMessageSize = maximumMessageSize
    }

    public func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection {
      guard url.scheme == "ws" || url.scheme == "wss" else { throw WebSocketError.unsupportedURL(url.absoluteString) }
      var request = URLRequest(url: url)
      for field in headers { request.addValue(field.value, forHTTPHeaderField: field.name.rawName) }
      let task = session.webSocketTask(with: request)
      task.maximumMessageSize = maximumMessageSize
      task.resume()
      // The first receive waits for the upgrade: a refused one fails it, so connecting fails here.
      let first = try await Self.receive(task)
      let (messages, continuation) = AsyncThrowingStream.makeStream(of: WebSocketMessage.self)
      continuation.yield(first)
      let reader = Task {
        do {
          while true { continuation.yield(try await Self.receive(task)) }
        } catch {
          // A normal closure ends the stream; anything else is the stream's error.
          continuation.finish(throwing: task.closeCode == .invalid ? error : nil)
        }
      }
      continuation.onTermination = { _ in
        reader.cancel()
        task.cancel(with: .normalClosure, reason: nil)
      }
      return WebSocketConnection(messages: messages) {
        reader.cancel()
        task.cancel(with: .normalClosure, reason: nil)
      }
    }

    private static func receive(_ task: URLSessionWebSocketTask) async throws -> WebSocketMessage {
      switch try await task.receive() {
      case .data(let data): return .binary(data)
      case .string(let text): return .text(text)
      @unknown default: return .binary(Data())
      }
    }
  }
#endif

/// The WebSocket transport a generated client uses unless given another: `URLSessionWebSocketTransport`
/// on Apple platforms; elsewhere connecting throws `WebSocketError.noTransport`, since the runtime
/// takes on no networking dependency (pass `NIOWebSocketTransport()` from `SpecgenWebSocketTransport`).
public struct PlatformWebSocketTransport: WebSocketTransport {
  public init() {}

  public func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection {
    #if canImport(Darwin)
      try await URLSessionWebSocketTransport().connect(to: url, headers: headers)
    #else
      throw WebSocketError.noTransport
    #endif
  }
}
