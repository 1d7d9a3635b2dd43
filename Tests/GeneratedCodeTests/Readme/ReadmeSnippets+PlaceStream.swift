import Foundation
import PlaceStream
import SpecgenRuntime

extension ReadmeSnippets {
  static func placeStreamClient() -> PlaceStreamClient {
    // README: placestream-client
    let streamplace = PlaceStreamClient(serverURL: URL(string: "https://stream.place")!)
    // README end
    return streamplace
  }

  static func placeStreamCalls(_ streamplace: PlaceStreamClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: placestream-calls
    let input = PlaceStream.Moderation.UpdateLivestream.Input(
      streamer: DID(rawValue: "did:plc:ewvi7nxzyoun6zhxrhs64oiz")!,
      livestreamUri: ATURI(rawValue: "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/place.stream.livestream/3jzfcijpj2z2a")!,
      title: "Late night coding")
    do {
      let output = try await streamplace.place.stream.moderation.updateLivestream(body: input)
      print(output.uri, output.cid)
    } catch PlaceStream.Moderation.UpdateLivestream.Error.recordNotFound(let error) {
      print("no such livestream:", error.message ?? "")
    }
    // README end
  }

  static func placeStreamSession(
    accessJwt: @escaping @Sendable () async -> String, refreshSession: @escaping @Sendable () async throws -> String
  ) -> PlaceStreamClient {
    // README: placestream-session
    let session = XRPCSessionTransport(
      URLSessionTransport(),
      tokens: XRPCTokens(current: { await accessJwt() }, refresh: { try await refreshSession() }),
      serviceProxy: "did:web:stream.place#streamplace",
      acceptLabelers: [XRPCLabeler(did: DID(rawValue: "did:plc:ar7c4by46qjdydhdevvrndac")!)])
    let signedIn = PlaceStreamClient(serverURL: URL(string: "https://bsky.social")!, transport: session)
    // README end
    return signedIn
  }

  static func placeStreamSubscription(webSockets: any WebSocketTransport, output: SnippetOutput) async throws {
    let print = output.print
    // README: placestream-subscription
    let live = PlaceStreamClient(serverURL: URL(string: "https://stream.place")!, webSocketTransport: webSockets)
    for try await message in live.place.stream.live.subscribeSegments(streamer: "did:plc:ewvi7nxzyoun6zhxrhs64oiz") {
      switch message {
      case .segment(let mp4): print("segment:", mp4.data.count, "bytes")
      case .unknown: print("a message type this SDK does not know yet")
      }
    }
    // README end
  }
}
