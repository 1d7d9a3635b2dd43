// Built only with the package trait `WebSockets`, which brings in SwiftNIO through swift-websocket:
// without it this target is empty, so building the package (and every SDK that only needs HTTP) does
// not compile SwiftNIO and BoringSSL.
#if WebSockets
  import Foundation
  import HTTPTypes
  import Logging
  import NIOCore
  import NIOPosix
  import SpecgenRuntime
  import WSClient

  // WSClient has a `WebSocketMessage` of its own (NIO buffers); here the name means the runtime's.
  typealias WebSocketMessage = SpecgenRuntime.WebSocketMessage

  /// A `WebSocketTransport` on SwiftNIO (the swift-websocket client): `ws://` and `wss://` on Linux
  /// and Apple platforms alike.
  ///
  /// ```swift
  /// let client = PlaceStreamClient(serverURL: URL(string: "https://stream.place")!, webSocketTransport: NIOWebSocketTransport())
  /// for try await message in client.place.stream.live.subscribeSegments(streamer: did) { … }
  /// ```
  ///
  /// Each connection runs in a task of its own. Closing the connection, or terminating its message
  /// stream (a cancelled iteration does), sends a normal close frame (1000) and waits for the server's
  /// answer, which ends the connection's task.
  public struct NIOWebSocketTransport: WebSocketTransport {
    /// The largest message accepted, in bytes (a firehose `#commit` can carry a megabyte of blocks).
    public var maximumMessageSize: Int
    /// The largest single WebSocket frame accepted, in bytes.
    public var maximumFrameSize: Int
    /// Where connections run.
    public var eventLoopGroup: any EventLoopGroup
    /// Where the client reports what it does (nothing, by default).
    public var logger: Logger
    /// How long closing waits for the server to answer the close frame before dropping the socket.
    public var closeTimeout: Duration

    public init(
      maximumMessageSize: Int = 5 << 20, maximumFrameSize: Int = 1 << 20,
      eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
      logger: Logger = Logger(label: "SpecgenWebSocketTransport", factory: { _ in SwiftLogNoOpLogHandler() }),
      closeTimeout: Duration = .seconds(5)
    ) {
      self.maximumMessageSize = maximumMessageSize
      self.maximumFrameSize = maximumFrameSize
      self.eventLoopGroup = eventLoopGroup
      self.logger = logger
      self.closeTimeout = closeTimeout
    }

    /// Connects, and returns once the server accepted the upgrade; a refused upgrade or a failed
    /// connection throws here.
    public func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection {
      guard url.scheme == "ws" || url.scheme == "wss", url.host != nil else {
        throw WebSocketError.unsupportedURL(url.absoluteString)
      }
      let (messages, continuation) = AsyncThrowingStream.makeStream(of: WebSocketMessage.self)
      // Finished when the handler starts (the upgrade succeeded), or failed with the connect error.
      let (opened, open) = AsyncThrowingStream.makeStream(of: Never.self)
      let configuration = WebSocketClientConfiguration(maxFrameSize: maximumFrameSize, additionalHeaders: headers)
      let (group, logger, maximumMessageSize) = (eventLoopGroup, logger, maximumMessageSize)
      let closer = NormalClosure()
      let task = Task {
        do {
          try await WebSocketClient.connect(
            url: url.absoluteString, configuration: configuration, eventLoopGroup: group, logger: logger
          ) { inbound, outbound, _ in
            await closer.opened(outbound)
            open.finish()
            // Ends when the server closes, also in answer to our close frame; returning from the
            // handler then completes the close.
            for try await message in inbound.messages(maxSize: maximumMessageSize) {
              switch message {
              case .binary(let buffer): continuation.yield(.binary(Data(buffer.readableBytesView)))
              case .text(let text): continuation.yield(.text(text))
              }
            }
          }
          open.finish()
          continuation.finish()
        } catch {
          open.finish(throwing: error)
          continuation.finish(throwing: error)
        }
      }
      do {
        for try await _ in opened {}
      } catch {
        task.cancel()
        throw error
      }
      // A close frame (1000) and the server's answer, not a dropped socket: cancelling the task would
      // drop it. Sent from a task of its own, as the caller's may be cancelled (a cancelled loop is
      // what closes most subscriptions); a server that does not answer is dropped after `closeTimeout`.
      let closeTimeout = self.closeTimeout
      let close: @Sendable () async -> Void = {
        await Task { await closer.close() }.value
        let deadline = Task {
          try await Task.sleep(for: closeTimeout)
          task.cancel()
        }
        await task.value
        deadline.cancel()
      }
      continuation.onTermination = { _ in Task { await close() } }
      return WebSocketConnection(messages: messages, close: close)
    }
  }

  /// The open connection's writer, so the connection can be closed from outside its handler, once.
  actor NormalClosure {
    private var outbound: WebSocketOutboundWriter?
    private var isClosing = false

    func opened(_ writer: WebSocketOutboundWriter) { outbound = writer }

    /// Sends the close frame, unless one was sent already (a close after the server's is ignored).
    func close() async {
      guard !isClosing, let outbound else { return }
      isClosing = true
      try? await outbound.close(.normalClosure, reason: nil)
    }
  }
#endif
