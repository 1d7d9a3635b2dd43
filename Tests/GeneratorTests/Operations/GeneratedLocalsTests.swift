import Foundation
import SwiftEmitter
import Testing

/// Parameters named like the locals of the generated method and builder (`path`, `request`,
/// `response`, `value`, `send`, `body`) keep their meaning: the builder's locals are allocated after
/// the argument labels, so a query parameter `path` is sent as a query item, not as the URL path.
@Suite struct GeneratedLocalsTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Clash, version: "1"}
    paths:
      /things/{id}:
        post:
          operationId: postThing
          parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
            - {name: path, in: query, required: true, schema: {type: string}}
            - {name: request, in: query, schema: {type: string}}
            - {name: response, in: query, schema: {type: string}}
            - {name: value, in: query, schema: {type: string}}
            - {name: send, in: query, schema: {type: string}}
            - {name: body, in: header, schema: {type: string}}
          requestBody:
            content:
              application/json: {schema: {type: object, properties: {a: {type: integer}}}}
              application/octet-stream: {schema: {type: string, format: binary}}
          responses:
            "200": {description: ok, content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}
    """

  static let main = #"""
    import Foundation
    import SpecgenRuntime

    final class Answering: Transport, @unchecked Sendable {
      let lock = NSLock()
      var sent: [APIRequest] = []
      func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
        lock.withLock { sent.append(request) }
        return APIResponse(status: 200, body: Data(#"{"b":"ok"}"#.utf8))
      }
    }

    let request = try ClashClient.postThingRequest(
      id: 7, path: "p", body: .octetStream(Data([65])), request: "r", response: "s", value: "v", send: "x", body2: "h")
    print(request.method, request.path)
    print(request.queryString)
    print(request.header("body") ?? "-", String(decoding: request.body ?? Data(), as: UTF8.self))

    let transport = Answering()
    let client = ClashClient(serverURL: URL(string: "https://clash.example")!, transport: transport)
    let output = try await client.postThing(id: 8, path: "/etc", send: "y")
    print(output.b ?? "-", transport.sent[0].path, transport.sent[0].queryString)
    """#

  @Test func parametersNamedLikeLocalsAreSentAsThemselves() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Clash")).emit(module)
    let result = try EmitterFixture.compileAndRun(files, main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "POST /things/7",
        "path=p&request=r&response=s&value=v&send=x",
        "h A",
        "ok /things/8 path=%2Fetc&send=y",
      ])
  }
}
