import SchemaIR
import SwiftEmitter
import Testing

/// An XRPC subscription's emitted file, whole: the client method returning `XRPCSubscription` of the
/// message union (declared errors mapping error frames), the upgrade request builder and the WebSocket URL.
@Suite struct XRPCSubscriptionEmissionTests {
  static let lexicon = LexiconFixture.lexicon(
    "com.example.subscribeEvents",
    """
    "main": {"type": "subscription", "description": "Events as they happen.",
      "parameters": {"type": "params", "properties": {"cursor": {"type": "integer", "description": "The last seq seen."}}},
      "message": {"schema": {"type": "union", "refs": ["#event"]}},
      "errors": [{"name": "FutureCursor"}]},
    "event": {"type": "object", "properties": {"seq": {"type": "integer"}}}
    """)

  @Test func aSubscriptionIsAMethodReturningItsMessageSequence() throws {
    let files = try XRPCFixture.emit([LexiconFixture.path("com.example.subscribeEvents"): Self.lexicon])
    #expect(
      EmitterFixture.file("ModelsClient.Com.Example+SubscribeEvents.swift", in: files) == """
        import Foundation
        import SpecgenRuntime

        extension ModelsClient.Com.Example {
          /// Events as they happen.
          ///
          /// `GET /xrpc/com.example.subscribeEvents` (a WebSocket)
          ///
          /// Iterating the result connects through the client's `webSocketTransport`; ending the loop, or
          /// cancelling its task, closes the connection.
          ///
          /// - Parameter cursor: The last seq seen.
          /// - Returns: The messages, in the order the server sends them (a type this SDK does not know is
          ///   kept as `.unknown`).
          /// - Throws: While iterating: `ComExample.SubscribeEvents.Error` for an error frame, or a
          ///   transport error.
          public func subscribeEvents(cursor: Int? = nil) -> XRPCSubscription<ComExample.SubscribeEvents.Message> {
            let request: @Sendable () throws -> APIRequest = {
              try ComExample.SubscribeEvents.request(cursor: cursor)
            }
            return XRPCSubscription(
              nsid: "com.example.subscribeEvents",
              serverURL: self.client.serverURL,
              transport: self.client.transport,
              webSockets: self.client.webSocketTransport,
              mapError: { ComExample.SubscribeEvents.Error($0) },
              request: request)
          }
        }

        extension ComExample.SubscribeEvents {
          /// Builds the `com.example.subscribeEvents` WebSocket upgrade request (path and query) without
          /// connecting.
          public static func request(cursor: Int? = nil) throws -> APIRequest {
            let path = "/xrpc/com.example.subscribeEvents"
            var request = APIRequest(method: "GET", path: path, operationID: "com.example.subscribeEvents")
            try request.addQuery("cursor", cursor)
            return request
          }

          /// The WebSocket URL of this subscription on the server at `serverURL` (`https` becomes `wss`,
          /// `http` `ws`).
          public static func webSocketURL(serverURL: URL, cursor: Int? = nil) throws -> URL {
            return try WebSocketURL.make(try ComExample.SubscribeEvents.request(cursor: cursor), serverURL: serverURL)
          }

          /// The errors this operation declares; any other error body is kept as `unknown`.
          public enum Error: Swift.Error, Sendable, Hashable {
            /// `FutureCursor`
            case futureCursor(XRPCError)
            /// An error the lexicon does not declare (or an answer that is not an XRPC error).
            case unknown(XRPCError)

            /// Picks the case named by `error.error`.
            public init(_ error: XRPCError) {
              switch error.error {
              case "FutureCursor": self = .futureCursor(error)
              default: self = .unknown(error)
              }
            }

            /// The error body, whichever case holds it.
            public var body: XRPCError {
              switch self {
              case .futureCursor(let error): return error
              case .unknown(let error): return error
              }
            }
          }
        }

        """)
    // Only clients with subscriptions declare the WebSocket transport.
    let client = EmitterFixture.file("ModelsClient.swift", in: files)
    #expect(
      client.snippet("  public var webSocketTransport", documented: true) == """
          /// Opens the WebSockets of subscriptions (`PlatformWebSocketTransport` by default: URLSession on
          /// Apple platforms; elsewhere pass `NIOWebSocketTransport()` from `SpecgenWebSocketTransport`).
          public var webSocketTransport: any WebSocketTransport
        """)
    #expect(
      client.snippet("  public init(") == """
          public init(
            serverURL: URL,
            transport: any Transport = URLSessionTransport(),
            credentials: Credentials = Credentials(),
            webSocketTransport: any WebSocketTransport = PlatformWebSocketTransport()
          ) {
            self.serverURL = serverURL
            self.transport = transport
            self.credentials = credentials
            self.webSocketTransport = webSocketTransport
          }
        """)
    let typecheck = try EmitterFixture.typecheck(files)
    #expect(typecheck.status == 0, "\(typecheck.output)")
  }

  @Test func aClientWithoutSubscriptionsHasNoWebSocketTransport() throws {
    let files = try XRPCFixture.emit([
      LexiconFixture.path("com.example.getThing"): LexiconFixture.lexicon(
        "com.example.getThing", #""main": {"type": "query", "output": {"encoding": "application/json"}}"#)
    ])
    #expect(!EmitterFixture.file("ModelsClient.swift", in: files).contains("webSocketTransport"))
  }
}
