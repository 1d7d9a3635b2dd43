import Foundation
import HTTPTypes
import Livepeer
import OpenAPIRuntime
import SpecgenOpenAPITransport
import SpecgenRuntime
import Testing

/// A generated client carried by a swift-openapi-runtime `ClientTransport` through its middlewares.
@Suite struct OpenAPIClientTransportTests {
  /// What the `ClientTransport` was handed.
  struct Sent: Sendable {
    var request: HTTPTypes.HTTPRequest
    var body: Data?
    var baseURL: URL
    var operationID: String
  }

  /// A `ClientTransport` that records each request and answers with `status` and `chunks` of JSON.
  final class Stub: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Sent] = []
    let status: Int
    let chunks: [String]

    init(status: Int = 200, chunks: [String]) {
      self.status = status
      self.chunks = chunks
    }

    var sent: [Sent] { lock.withLock { recorded } }

    func send(_ request: HTTPTypes.HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws
      -> (HTTPTypes.HTTPResponse, HTTPBody?)
    {
      let data: Data? =
        if let body { try await Data(collecting: body, upTo: 1 << 23) } else { nil }
      lock.withLock {
        recorded.append(Sent(request: request, body: data, baseURL: baseURL, operationID: operationID))
      }
      // The answer arrives in several chunks, as a network transport hands it over.
      let stream = AsyncThrowingStream<HTTPBody.ByteChunk, any Error> { continuation in
        for chunk in chunks { continuation.yield(ArraySlice(chunk.utf8)) }
        continuation.finish()
      }
      return (
        HTTPTypes.HTTPResponse(status: .init(code: status), headerFields: [.contentType: "application/json"]),
        HTTPBody(stream, length: .unknown)
      )
    }
  }

  /// A middleware that appends its `tag` to `X-Trace`, so the order middlewares ran in shows.
  struct Tracing: ClientMiddleware {
    let tag: String

    func intercept(
      _ request: HTTPTypes.HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
      next: @Sendable (HTTPTypes.HTTPRequest, HTTPBody?, URL) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?) {
      var request = request
      request.headerFields[HTTPField.Name("X-Trace")!] = (request.headerFields[HTTPField.Name("X-Trace")!] ?? "") + tag
      return try await next(request, body, baseURL)
    }
  }

  @Test func aQueryReachesTheTransportWithPathQueryHeadersAndOperationID() async throws {
    let stub = Stub(chunks: [#"[{"name":"#, #""studio","id":"s1"}]"#])
    let transport = OpenAPIClientTransport(stub, middlewares: [Tracing(tag: "a"), Tracing(tag: "b")])
    let client = LivepeerClient(transport: transport, credentials: .init(apiKey: "secret"))
    let streams = try await client.getStreams(streamsonly: "1 & 2")
    #expect(streams.map(\.name) == ["studio"])
    #expect(streams.first?.id == "s1")
    let sent = try #require(stub.sent.first)
    #expect(sent.request.method == .get)
    #expect(sent.request.path == "/stream?streamsonly=1%20%26%202")
    #expect(sent.request.headerFields[.authorization] == "Bearer secret")
    #expect(sent.request.headerFields[HTTPField.Name("X-Trace")!] == "ab")
    #expect(sent.operationID == "getStreams")
    #expect(sent.baseURL.absoluteString == "https://livepeer.studio/api")
    #expect(sent.body == nil)
  }

  @Test func aBodyIsHandedOverWithItsContentType() async throws {
    let stub = Stub(status: 201, chunks: [#"{"name":"new"}"#])
    let client = LivepeerClient(transport: OpenAPIClientTransport(stub))
    let created = try await client.createStream(body: NewStreamPayload(name: "new"))
    #expect(created.name == "new")
    let sent = try #require(stub.sent.first)
    #expect(sent.request.method == .post)
    #expect(sent.request.path == "/stream")
    #expect(sent.request.headerFields[.contentType] == "application/json")
    #expect(sent.body.map { String(decoding: $0, as: UTF8.self) } == #"{"name":"new"}"#)
    #expect(sent.operationID == "createStream")
  }

  @Test func anErrorStatusIsTheOperationsTypedError() async throws {
    let stub = Stub(status: 404, chunks: [#"{"errors":["#, #""not found"]}"#])
    let client = LivepeerClient(transport: OpenAPIClientTransport(stub))
    do {
      _ = try await client.getStream(id: "missing")
      Issue.record("a 404 must throw")
    } catch let error as any HTTPErrorResponse {
      #expect(error.status == 404)
      #expect(error.isDocumented)
      #expect(error.headers[.contentType] == "application/json")
      #expect(String(decoding: error.body, as: UTF8.self) == #"{"errors":["not found"]}"#)
    }
  }

  @Test func aBodyInAFileIsStreamedWithItsLength() async throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID().uuidString)")
    let bytes = Data((0..<2_500_000).map { UInt8(truncatingIfNeeded: $0) })
    try bytes.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var request = APIRequest(method: "POST", path: "/upload")
    request.bodyFile = try BodyFile(url: url, temporary: false)
    let stub = Stub(chunks: ["{}"])
    _ = try await OpenAPIClientTransport(stub).send(request, to: URL(string: "https://example.com")!)
    #expect(stub.sent.first?.body == bytes)
  }

  @Test func aMethodThatIsNotATokenIsRefused() async throws {
    let transport = OpenAPIClientTransport(Stub(chunks: []))
    await #expect(throws: OpenAPIClientTransportError.invalidMethod("GET IT")) {
      _ = try await transport.send(APIRequest(method: "GET IT", path: "/"), to: URL(string: "https://example.com")!)
    }
  }
}
