import SchemaIR

/// The client's WebSocket transport, declared only by clients with XRPC subscriptions, whose methods
/// connect through it.
extension ClientEmitter {
  var hasSubscriptions: Bool {
    module.operations.contains { operation in
      operation.isXRPC && operation.isSubscription
    }
  }

  /// The initializers' extra parameter.
  var webSocketParameters: [String] {
    hasSubscriptions ? ["webSocketTransport: any WebSocketTransport = PlatformWebSocketTransport()"] : []
  }

  /// The convenience initializers' extra argument, passed on to the designated one.
  var webSocketArgument: String { hasSubscriptions ? ", webSocketTransport: webSocketTransport" : "" }

  func emitWebSocketTransportProperty(_ writer: inout SwiftCodeWriter) {
    guard hasSubscriptions else { return }
    writer.documentation(
      "Opens the WebSockets of subscriptions (`PlatformWebSocketTransport` by default: URLSession on Apple"
        + " platforms; elsewhere pass `NIOWebSocketTransport()` from `SpecgenWebSocketTransport`).")
    writer.line("\(access)var webSocketTransport: any WebSocketTransport")
  }

  func emitWebSocketTransportAssignment(_ writer: inout SwiftCodeWriter) {
    if hasSubscriptions { writer.line("self.webSocketTransport = webSocketTransport") }
  }
}
