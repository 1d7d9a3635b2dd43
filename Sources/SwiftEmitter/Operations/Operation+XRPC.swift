import SchemaIR

extension Operation {
  /// An AT Protocol XRPC method (the Lexicon front end says so in `callProtocol`).
  var isXRPC: Bool {
    if case .xrpc = callProtocol { return true }
    return false
  }

  /// A WebSocket subscription: its one response, `101`, carries the messages' schema.
  var isSubscription: Bool { kind == .subscription }
}
