import Foundation
import HTTPTypes
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// A `text/event-stream` answer is an `AsyncThrowingStream` of its events (each `data` decoded as the
/// content's schema), a JSON Lines answer one of its lines, and a `text/plain` answer a `String`.
@Suite struct StreamingResponseEmissionTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Feed, version: "1"}
    servers: [{url: "https://feed.example"}]
    components:
      schemas:
        tick:
          type: object
          required: [n]
          properties:
            n: {type: integer}
    paths:
      /ticks:
        get:
          operationId: streamTicks
          responses:
            "200": {description: ticks, content: {text/event-stream: {schema: {$ref: '#/components/schemas/tick'}}}}
      /raw-events:
        get:
          operationId: rawEvents
          responses:
            "200": {description: events, content: {text/event-stream: {schema: {type: string}}}}
      /lines:
        get:
          operationId: tickLines
          responses:
            "200": {description: lines, content: {application/x-ndjson: {schema: {$ref: '#/components/schemas/tick'}}}}
      /status:
        get:
          operationId: status
          responses:
            "200": {description: text, content: {text/plain: {schema: {type: string}}}}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Feed")).emit(module)
  }

  @Test func decodersReadTheStreams() throws {
    let files = try Self.files()
    // The line after the decoder's status guard.
    func decoder(_ name: String) throws -> String {
      let file = EmitterFixture.file("FeedClient+\(name).swift", in: files)
      return try #require(
        file.range(of: "    guard case 200 = response.status else {").map { guardLine in
          String(file[guardLine.upperBound...].drop { $0 != "\n" }.dropFirst().prefix { $0 != "\n" })
        })
    }
    #expect(try decoder("StreamTicks") == "    return StreamingResponse.jsonEvents(Tick.self, from: response)")
    #expect(try decoder("RawEvents") == "    return StreamingResponse.events(response)")
    #expect(try decoder("TickLines") == "    return StreamingResponse.jsonLines(Tick.self, from: response)")
    #expect(try decoder("Status") == "    return try ResponseDecoding.text(response)")
    let method = EmitterFixture.file("FeedClient+StreamTicks.swift", in: files)
    // Dropping a stream unread is a mistake the compiler points out: it is not a discardable result.
    #expect(!method.contains("@discardableResult"))
    let start = try #require(method.range(of: "error answer, or a transport error.\n"))
    #expect(
      String(method[start.upperBound...].prefix { $0 != "}" }) == """
          public func streamTicks() async throws -> AsyncThrowingStream<Tick, any Error> {
            let request = try Self.streamTicksRequest()
            let response = try await sendStreaming(request, security: [])
            return try await Self.streamTicksResponse(response)
          
        """)
    #expect(
      method.snippet("  public static func streamTicksResponse(") == """
          public static func streamTicksResponse(
            _ response: StreamedResponse
          ) async throws -> AsyncThrowingStream<Tick, any Error> {
            guard case 200 = response.status else { throw UnexpectedResponse(try await response.collected()) }
            return StreamingResponse.jsonEvents(Tick.self, from: response)
          }
        """)
    // The plain-text operation keeps the whole-body path.
    let status = EmitterFixture.file("FeedClient+Status.swift", in: files)
    #expect(
      status.snippet("  public func status(", documented: true) == """
          /// `GET /status`
          ///
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
          public func status() async throws -> String {
            let request = try Self.statusRequest()
            let response = try await send(request, security: [])
            return try Self.statusResponse(response)
          }
        """)
  }

  @Test func eventsArriveDecodedInOrder() throws {
    let main = ##"""
      import Foundation
      import SpecgenRuntime

      struct Answering: Transport {
        let body: String
        func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
          APIResponse(status: 200, headers: [.contentType: "text/event-stream"], body: Data(body.utf8))
        }
      }
      let events = "retry: 10\n\ndata: {\"n\":1}\n\n: ping\n\nevent: tick\ndata: {\"n\":\ndata: 2}\nid: 2\n\n"
      for try await tick in try await FeedClient(transport: Answering(body: events)).streamTicks() { print("tick", tick.n) }
      for try await event in try await FeedClient(transport: Answering(body: events)).rawEvents() {
        print(event.event, event.id ?? "-", event.data.replacingOccurrences(of: "\n", with: "|"))
      }
      for try await tick in try await FeedClient(transport: Answering(body: "{\"n\":5}\n{\"n\":6}\n")).tickLines() {
        print("line", tick.n)
      }
      print(try await FeedClient(transport: Answering(body: "all good")).status())
      """##
    let result = try EmitterFixture.compileAndRun(try Self.files(), main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "tick 1", "tick 2", #"message - {"n":1}"#, #"tick 2 {"n":|2}"#, "line 5", "line 6", "all good",
      ])
  }
}
