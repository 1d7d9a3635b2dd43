import SchemaIR

extension Operation {
  /// An AT Protocol XRPC method: the Lexicon front end routes it to `/xrpc/<nsid>`, and its name is the
  /// NSID. (The IR does not carry the protocol as a fact yet; this is the one place that infers it.)
  var isXRPC: Bool { path == "/xrpc/" + name }
}
