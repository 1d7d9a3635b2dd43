// The Swift side of scripts/check-subscriptions.sh: reads place.stream.live.subscribeSegments from the
// local server through the generated PlaceStream client method and NIOWebSocketTransport, and prints
// one JSON line per message for subscription_check.py to compare with what libipld encoded.
//
//   SubscriptionDriver <server URL> <streamer> <token> full|cancel
import Foundation
import PlaceStream
import SpecgenWebSocketTransport

let arguments = CommandLine.arguments
guard arguments.count == 5, let server = URL(string: arguments[1]) else {
  print("usage: SubscriptionDriver <server URL> <streamer> <token> full|cancel")
  exit(2)
}
let (streamer, token, mode) = (arguments[2], arguments[3], arguments[4])

// The session's token goes with the upgrade request, as with any other XRPC call.
let session = XRPCSessionTransport(URLSessionTransport(), tokens: XRPCTokens.fixed(token))
let client = PlaceStreamClient(serverURL: server, transport: session, webSocketTransport: NIOWebSocketTransport())
let subscription = client.place.stream.live.subscribeSegments(streamer: streamer)

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
func emit(_ value: JSONValue) throws {
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

switch mode {
case "full":
  do {
    for try await message in subscription {
      switch message {
      case .segment(let bytes): try emit(["segment": .string(bytes.data.base64EncodedString())])
      case .unknown(let raw): try emit(["unknown": raw])
      }
    }
    try emit(["end": true])
  } catch let error as XRPCError {
    try emit(["error": error.error.map(JSONValue.string) ?? nil, "message": error.message.map(JSONValue.string) ?? nil])
  }
case "cancel":
  // The loop's task is cancelled once three messages are in; cancelling must close the WebSocket
  // normally, which the server checks.
  let (arrivals, arrived) = AsyncStream.makeStream(of: Int.self)
  let reader = Task {
    var count = 0
    for try await _ in subscription {
      count += 1
      arrived.yield(count)
    }
    return count
  }
  for await count in arrivals where count == 3 { break }
  reader.cancel()
  let count = try await reader.value
  try emit(["cancelled": .bool(count >= 3)])
default:
  print("unknown mode \(mode)")
  exit(2)
}
