import Foundation

/// One frame of an AT Protocol event stream (an XRPC subscription's WebSocket binary message): a
/// DAG-CBOR header `{op, t}` followed by a DAG-CBOR body.
///
/// `op` is `1` for a message, whose `t` names its type (`#commit`, relative to the subscription's NSID,
/// or a full `nsid#def`), and `-1` for an error, whose body is `{error, message}`.
///
/// ```swift
/// for try await data in webSocketMessages {
///   let frame = try XRPCFrame(data)
///   switch try frame.message(ComAtproto.Sync.SubscribeRepos.Message.self, nsid: "com.atproto.sync.subscribeRepos") {
///   case .commit(let commit): …
///   case .unknown(let raw): …   // a message type this SDK does not know yet, kept
///   }
/// }
/// ```
public struct XRPCFrame: Sendable, Hashable {
  /// `1` for a message, `-1` for an error.
  public var op: Int64
  /// The message type, as the header's `t` gives it; nil for an error.
  public var type: String?
  /// The body in its JSON form (CIDs as `{"$link": …}`, bytes as `{"$bytes": …}`).
  public var body: JSONValue

  public init(op: Int64, type: String?, body: JSONValue) {
    self.op = op
    self.type = type
    self.body = body
  }

  /// Reads a frame: a header item and a body item, nothing after them.
  public init(_ data: Data) throws {
    let (header, headerLength) = try DAGCBOR.decodePrefix(data)
    guard case .object(let fields) = header, case .integer(let op)? = fields["op"] else {
      throw DAGCBORError.dataModel("", "an event-stream header is a map with an integer 'op'")
    }
    self.op = op
    if case .string(let type)? = fields["t"] { self.type = type }
    self.body = try DAGCBOR.decode(data.subdata(in: data.startIndex + headerLength..<data.endIndex))
  }

  /// The frame's bytes: its header (`t` only when set) and its body, each in DAG-CBOR.
  public func encoded() throws -> Data {
    var header: [String: JSONValue] = ["op": .integer(op)]
    if let type { header["t"] = .string(type) }
    return try DAGCBOR.encode(JSONValue.object(header)) + DAGCBOR.encode(body)
  }

  /// The error an `op: -1` frame carries; nil for a message.
  public var error: XRPCError? {
    guard op == -1 else { return nil }
    var error = XRPCError(status: 0, error: nil, message: nil)
    if case .string(let name)? = body["error"] { error.error = name }
    if case .string(let message)? = body["message"] { error.message = message }
    return error
  }

  /// The message as the subscription's generated message union: the body with `$type` set from `t`
  /// (`#commit` is read as `<nsid>#commit`), decoded. An error frame throws its `XRPCError`; a type
  /// the union does not list becomes its `unknown` case, as for any open union.
  public func message<Message: Decodable>(_ type: Message.Type, nsid: String) throws -> Message {
    if let error { throw error }
    guard let tag = self.type else { throw DAGCBORError.dataModel("", "a message frame needs a type ('t')") }
    guard case .object(var members) = body else {
      throw DAGCBORError.dataModel("", "a message body is a map")
    }
    members["$type"] = .string(tag.hasPrefix("#") ? nsid + tag : tag)
    return try StrictJSONDecoder().decode(Message.self, from: JSONEncoder().encode(JSONValue.object(members)))
  }
}
