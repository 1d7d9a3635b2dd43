import Foundation
import HTTPTypes

/// One message of a WebSocket connection, whole (a fragmented message arrives joined).
public enum WebSocketMessage: Sendable, Hashable {
  case binary(Data)
  case text(String)
}

/// Opens WebSocket connections: what an XRPC subscription reads its frames through.
///
/// The runtime declares the protocol and no implementation that needs a dependency:
/// `NIOWebSocketTransport` (the `SpecgenWebSocketTransport` product, on SwiftNIO) works on every
/// platform; `URLSessionWebSocketTransport` on Apple platforms. Tests substitute one that answers
/// from memory.
public protocol WebSocketTransport: Sendable {
  /// Opens a connection to `url` (`ws://` or `wss://`), sending `headers` with the upgrade request,
  /// and returns once the server accepted it. Throws when it cannot connect or the server refuses.
  func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection
}

/// An open WebSocket connection: the messages the server sends, in order, and a way to close it.
///
/// The sequence ends when the server closes the connection and throws when it fails. A transport
/// builds it so that the socket closes when the stream is terminated, which an iterating task's
/// cancellation does: `messages`' `onTermination` closes it.
///
/// ```swift
/// let (messages, continuation) = AsyncThrowingStream.makeStream(of: WebSocketMessage.self)
/// continuation.onTermination = { _ in socket.close() }
/// return WebSocketConnection(messages: messages, close: { socket.close() })
/// ```
public struct WebSocketConnection: AsyncSequence, Sendable {
  public typealias Element = WebSocketMessage
  /// The server's messages.
  public let messages: AsyncThrowingStream<WebSocketMessage, any Error>
  private let closeConnection: @Sendable () async -> Void

  /// A connection whose messages arrive on `messages` and that `close` closes (it may be called more
  /// than once, and after the server closed).
  public init(
    messages: AsyncThrowingStream<WebSocketMessage, any Error>, close: @escaping @Sendable () async -> Void
  ) {
    self.messages = messages
    self.closeConnection = close
  }

  /// Closes the connection from this side (a normal closure); its messages then end.
  public func close() async { await closeConnection() }

  public func makeAsyncIterator() -> AsyncThrowingStream<WebSocketMessage, any Error>.Iterator {
    messages.makeAsyncIterator()
  }
}

/// Why a WebSocket could not be opened.
public enum WebSocketError: Error, Sendable, Hashable {
  /// The URL is not `ws://` or `wss://` with a host.
  case unsupportedURL(String)
  /// This platform has no WebSocket transport built in: pass one to the client (`NIOWebSocketTransport`
  /// from the `SpecgenWebSocketTransport` product).
  case noTransport
  /// The server did not accept the upgrade (its status, when the transport knows it).
  case upgradeRefused(status: Int?)
}
