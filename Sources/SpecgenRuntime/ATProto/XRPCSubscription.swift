import Foundation
import HTTPTypes

/// The messages of an XRPC subscription (an AT Protocol event stream), as the subscription's generated
/// message union, read from a WebSocket.
///
/// Generated clients return one from each subscription method; iterating it connects, and each binary
/// WebSocket message is read as an `XRPCFrame` and decoded into `Message`:
///
/// ```swift
/// for try await message in client.place.stream.live.subscribeSegments(streamer: did) {
///   switch message {
///   case .segment(let segment): …
///   case .unknown(let raw): …   // a message type this SDK does not know yet, kept
///   }
/// }
/// ```
///
/// - An error frame (`op: -1`) ends the sequence with a thrown error: the operation's typed error enum
///   when its lexicon declares errors, else `XRPCError` (whose `status` is 0: it came in a frame).
/// - A text message is skipped: event streams are binary, and a server's stray text is not a reason
///   to drop the stream.
/// - The connection closes when the sequence ends, throws, or the iterating task is cancelled (the
///   sequence then just ends). Each iteration opens its own connection.
///
/// Query parameters, cursors included, are in the upgrade request's URL; reconnecting after a drop
/// from the last `seq` is the caller's choice, through the method's `cursor` argument.
public struct XRPCSubscription<Message: Decodable & Sendable>: AsyncSequence, Sendable {
  public typealias Element = Message

  /// The subscription's NSID, against which a frame's relative type (`#commit`) is read.
  public let nsid: String
  private let connect: @Sendable () async throws -> WebSocketConnection
  private let mapError: @Sendable (XRPCError) -> any Error

  /// A subscription that opens its connection with `connect` and reads frames of `nsid`; an error
  /// frame's `XRPCError` is thrown as `mapError` turns it (by default, as it is).
  public init(
    nsid: String, mapError: @escaping @Sendable (XRPCError) -> any Error = { $0 },
    connect: @escaping @Sendable () async throws -> WebSocketConnection
  ) {
    self.nsid = nsid
    self.mapError = mapError
    self.connect = connect
  }

  /// A subscription to the request `makeRequest` builds (path and query), on the server at
  /// `serverURL` (`https` becomes `wss`, `http` `ws`), with the headers `transport` adds to its
  /// requests (`Transport.prepared`: a session's token, `atproto-proxy`), through `webSockets`.
  public init(
    nsid: String, serverURL: URL, transport: any Transport, webSockets: any WebSocketTransport,
    mapError: @escaping @Sendable (XRPCError) -> any Error = { $0 },
    request makeRequest: @escaping @Sendable () throws -> APIRequest
  ) {
    self.init(nsid: nsid, mapError: mapError) {
      let request = try await transport.prepared(try makeRequest())
      let url = try WebSocketURL.make(request, serverURL: serverURL)
      return try await webSockets.connect(to: url, headers: request.headers)
    }
  }

  public func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(nsid: nsid, connect: connect, mapError: mapError)
  }

  /// Connects on the first `next()`, then reads one frame per message.
  public struct AsyncIterator: AsyncIteratorProtocol {
    let nsid: String
    let connect: @Sendable () async throws -> WebSocketConnection
    let mapError: @Sendable (XRPCError) -> any Error
    private var connection: WebSocketConnection?
    private var messages: AsyncThrowingStream<WebSocketMessage, any Error>.Iterator?
    private var isFinished = false

    init(
      nsid: String, connect: @escaping @Sendable () async throws -> WebSocketConnection,
      mapError: @escaping @Sendable (XRPCError) -> any Error
    ) {
      self.nsid = nsid
      self.connect = connect
      self.mapError = mapError
    }

    public mutating func next() async throws -> Message? {
      guard !isFinished else { return nil }
      do {
        if messages == nil {
          let opened = try await connect()
          connection = opened
          messages = opened.makeAsyncIterator()
        }
        while let message = try await messages?.next() {
          guard case .binary(let data) = message else { continue }
          let frame = try XRPCFrame(data)
          if let error = frame.error { throw mapError(error) }
          return try frame.message(Message.self, nsid: nsid)
        }
        // The server closed, or the task was cancelled (the stream then ends early).
        await finish()
        return nil
      } catch {
        await finish()
        throw error
      }
    }

    /// Closes the connection once; later calls to `next()` return nil.
    private mutating func finish() async {
      isFinished = true
      await connection?.close()
      connection = nil
      messages = nil
    }
  }
}
