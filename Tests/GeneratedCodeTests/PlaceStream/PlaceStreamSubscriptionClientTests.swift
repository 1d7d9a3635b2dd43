import Foundation
import HTTPTypes
import PlaceStream
import SpecgenRuntime
import Testing

/// A WebSocket server in memory: records each upgrade (URL and headers), sends its messages, and
/// counts closes. With `staysOpen` the stream does not end after the last message, as a live
/// subscription's does not.
actor InMemoryWebSockets: WebSocketTransport {
  let messages: [WebSocketMessage]
  let staysOpen: Bool
  private(set) var upgrades: [(url: URL, headers: HTTPFields)] = []
  private(set) var closes = 0

  init(_ messages: [WebSocketMessage], staysOpen: Bool = false) {
    self.messages = messages
    self.staysOpen = staysOpen
  }

  func connect(to url: URL, headers: HTTPFields) async throws -> WebSocketConnection {
    upgrades.append((url, headers))
    let (stream, continuation) = AsyncThrowingStream.makeStream(of: WebSocketMessage.self)
    for message in messages { continuation.yield(message) }
    if !staysOpen { continuation.finish() }
    return WebSocketConnection(messages: stream) { await self.noteClose() }
  }

  private func noteClose() { closes += 1 }
}

/// The generated `subscribeSegments` method over a WebSocket transport in memory, fed libipld's frames.
@Suite struct PlaceStreamSubscriptionClientTests {
  static let segment = ATBytes(Data(stride(from: 0, to: 256, by: 7).map { UInt8($0) }))

  static func client(_ webSockets: InMemoryWebSockets, transport: any Transport = URLSessionTransport())
    -> PlaceStreamClient
  {
    PlaceStreamClient(
      serverURL: URL(string: "https://stream.example/")!, transport: transport, webSocketTransport: webSockets)
  }

  static func binary(_ name: String) throws -> WebSocketMessage {
    .binary(try PlaceStreamSubscriptionTests.data(name))
  }

  @Test func messagesArriveInOrderAndAnUnknownTypeIsKept() async throws {
    let server = InMemoryWebSockets([
      try Self.binary("place.stream segment (a bytes message)"),
      .text("not a frame"),
      try Self.binary("commit-shaped message with a CID link, bytes and nesting"),
      try Self.binary("full type name"),
    ])
    var received: [PlaceStream.Live.SubscribeSegments.Message] = []
    for try await message in Self.client(server).place.stream.live.subscribeSegments(streamer: "did:plc:abc") {
      received.append(message)
    }
    #expect(received.count == 3)
    #expect(received.first == .segment(Self.segment))
    guard case .unknown(let raw)? = received.dropFirst().first else {
      Issue.record("expected .unknown second, got \(received)")
      return
    }
    #expect(raw["$type"] == "place.stream.live.subscribeSegments#commit")
    #expect(received.last == .segment(ATBytes(Data())))
    let upgrades = await server.upgrades
    #expect(
      upgrades.map(\.url.absoluteString) == [
        "wss://stream.example/xrpc/place.stream.live.subscribeSegments?streamer=did%3Aplc%3Aabc"
      ])
    #expect(await server.closes == 1)
  }

  @Test func anErrorFrameIsThrownAndCloses() async throws {
    let server = InMemoryWebSockets([
      try Self.binary("place.stream segment (a bytes message)"), try Self.binary("error frame"),
      try Self.binary("full type name"),
    ])
    var received = 0
    let error = await #expect(throws: XRPCError.self) {
      for try await _ in Self.client(server).place.stream.live.subscribeSegments(streamer: "did:plc:abc") {
        received += 1
      }
    }
    #expect(error == XRPCError(status: 0, error: "FutureCursor", message: "Cursor in the future."))
    #expect(received == 1)
    #expect(await server.closes == 1)
  }

  @Test func cancellingTheIteratingTaskCloses() async throws {
    let server = InMemoryWebSockets([try Self.binary("place.stream segment (a bytes message)")], staysOpen: true)
    let subscription = Self.client(server).place.stream.live.subscribeSegments(streamer: "did:plc:abc")
    let (first, firstArrived) = AsyncStream.makeStream(of: Void.self)
    let reader = Task {
      var count = 0
      for try await _ in subscription {
        count += 1
        firstArrived.yield()
      }
      return count
    }
    for await _ in first { break }
    reader.cancel()
    #expect(try await reader.value == 1)
    #expect(await server.closes == 1)
  }

  @Test func theSessionsHeadersGoWithTheUpgradeAndHTTPBecomesWS() async throws {
    let server = InMemoryWebSockets([])
    let session = XRPCSessionTransport(
      URLSessionTransport(), tokens: XRPCTokens.fixed("access-jwt"), serviceProxy: "did:web:stream.example#place")
    var client = Self.client(server, transport: session.logging { _ in })
    client.serverURL = URL(string: "http://localhost:8080")!
    for try await _ in client.place.stream.live.subscribeSegments(streamer: "did:plc:abc") {}
    let upgrade = try #require(await server.upgrades.first)
    #expect(upgrade.url.absoluteString.hasPrefix("ws://localhost:8080/xrpc/place.stream.live.subscribeSegments?"))
    #expect(upgrade.headers[.authorization] == "Bearer access-jwt")
    #expect(upgrade.headers[HTTPField.Name("atproto-proxy")!] == "did:web:stream.example#place")
  }

  @Test func withoutATransportTheDefaultRefusesOffApplePlatforms() async throws {
    #if !canImport(Darwin)
      let client = PlaceStreamClient(serverURL: URL(string: "https://stream.example")!)
      await #expect(throws: WebSocketError.noTransport) {
        for try await _ in client.place.stream.live.subscribeSegments(streamer: "did:plc:abc") {}
      }
    #endif
  }
}
