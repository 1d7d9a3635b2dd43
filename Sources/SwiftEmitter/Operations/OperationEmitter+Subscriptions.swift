import SchemaIR

extension OperationEmitter {
  /// `wss://host/xrpc/<nsid>?params` for a subscription: the URL its request builder's request has on
  /// the server at `serverURL`, with `https` → `wss` and `http` → `ws`, for callers who open the
  /// WebSocket themselves.
  func emitWebSocketURL(_ writer: inout SwiftCodeWriter) {
    guard let name = plan.webSocketURLName else { return }
    writer.documentation(
      "The WebSocket URL of this subscription on the server at `serverURL` (`https` becomes `wss`, `http` `ws`).")
    writer.declaration("\(access)static func \(name)", ["serverURL: URL"] + parameters, " throws -> URL") {
      writer in
      writer.call(
        "return try WebSocketURL.make",
        [
          "try \(plan.builderOwner).\(plan.builderName)(" + arguments.joined(separator: ", ") + ")",
          "serverURL: serverURL",
        ])
    }
  }
}
