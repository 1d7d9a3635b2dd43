import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// OpenAPI request builders, decoders and the client, generated from a small spec that uses every
/// parameter location and style, several body media types, several success statuses, three security
/// schemes and a server with variables; compiled with the runtime and run.
@Suite struct OpenAPIRequestBuilderTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Shapes, version: "1"}
    servers:
      - url: "https://{region}.shapes.example/{version}"
        variables:
          region: {default: eu, enum: [eu, us]}
          version: {default: v1}
    security:
      - bearer: []
    components:
      securitySchemes:
        bearer: {type: http, scheme: bearer}
        key: {type: apiKey, in: query, name: api_key}
        login: {type: http, scheme: basic}
      schemas:
        shape:
          type: object
          required: [name]
          properties:
            name: {type: string}
            sides: {type: integer}
        problem:
          type: object
          properties:
            errors: {type: array, items: {type: string}}
    paths:
      /shapes/{kind}/{id}:
        parameters:
          - {name: kind, in: path, required: true, schema: {type: string, enum: [circle, square]}}
        put:
          operationId: putShape
          security: [{key: []}, {login: []}]
          parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
            - {name: tags, in: query, schema: {type: array, items: {type: string}}}
            - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
            - {name: filter, in: query, style: deepObject, schema: {type: object, additionalProperties: {type: string}}}
            - {name: X-Trace, in: header, required: true, schema: {type: string}}
            - {name: session, in: cookie, schema: {type: string}}
          requestBody:
            required: true
            content:
              application/json: {schema: {$ref: '#/components/schemas/shape'}}
              application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/shape'}}
              application/octet-stream: {schema: {type: string, format: binary}}
          responses:
            "200": {description: updated, content: {application/json: {schema: {$ref: '#/components/schemas/shape'}}}}
            "201": {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/shape'}}}}
            "204": {description: unchanged}
            default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/problem'}}}}
      /shapes:
        get:
          responses:
            2XX: {description: all, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/shape'}}}}}
    """

  static let main = #"""
    import Foundation
    import SpecgenRuntime

    final class Answering: Transport, @unchecked Sendable {
      let lock = NSLock()
      var sent: [(APIRequest, URL)] = []
      let status: Int
      let body: String
      init(status: Int, body: String) {
        self.status = status
        self.body = body
      }
      func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
        lock.withLock { sent.append((request, baseURL)) }
        return APIResponse(status: status, body: Data(body.utf8))
      }
    }

    let request = try ShapesClient.putShapeRequest(
      kind: .square, id: 7, xTrace: "t-1", body: .formURLEncoded(Shape(name: "a b", sides: 4)),
      tags: ["x", "y"], ids: [1, 2], filter: ["color": "red"], session: "s 1")
    print(request.method, request.path)
    print(request.queryString)
    print(request.header("X-Trace") ?? "-", request.header("Cookie") ?? "-", request.header("Content-Type") ?? "-")
    print(String(decoding: request.body ?? Data(), as: UTF8.self))

    let created = Answering(status: 201, body: #"{"name":"tri","sides":3}"#)
    let client = try ShapesClient(transport: created, credentials: .init(key: "k&1", login: BasicCredentials(username: "u", password: "p")))
    let output = try await client.putShape(kind: .circle, id: 1, xTrace: "t", body: .octetStream(Data([1, 2, 3])))
    if case .status201(let shape) = output { print("created", shape.name, shape.sides ?? 0) }
    let (sent, base) = created.sent[0]
    print(base.absoluteString, sent.queryString, sent.header("Authorization") ?? "no auth", sent.header("Content-Type") ?? "-")

    let basicOnly = try ShapesClient(transport: created, credentials: .init(login: BasicCredentials(username: "u", password: "p")))
    _ = try await basicOnly.putShape(kind: .circle, id: 1, xTrace: "t", body: .json(Shape(name: "n")))
    print(created.sent[1].0.header("Authorization") ?? "no auth", String(decoding: created.sent[1].0.body ?? Data(), as: UTF8.self))

    let unchanged = try await ShapesClient(serverURL: URL(string: "http://localhost:1")!, transport: Answering(status: 204, body: ""))
      .putShape(kind: .circle, id: 1, xTrace: "t", body: .json(Shape(name: "n")))
    if case .status204 = unchanged { print("unchanged") }

    do {
      _ = try await client.putShape(kind: .circle, id: 1, xTrace: "t", body: .json(Shape(name: "n")))
      try await ShapesClient(transport: Answering(status: 409, body: #"{"errors":["taken"]}"#))
        .putShape(kind: .circle, id: 1, xTrace: "t", body: .json(Shape(name: "n")))
    } catch ShapesClient.PutShapeError.default(let problem, let response) {
      print("error", response.status, problem.errors ?? [])
    }

    let list = try await ShapesClient(transport: Answering(status: 206, body: #"[{"name":"a"}]"#), credentials: .init(bearer: "tok"))
      .getShapes()
    print(list.map(\.name), try ShapesClient.Servers.server1(region: .us).absoluteString)
    """#

  @Test func generatedClientBuildsAndDecodes() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Shapes")).emit(module)
    let result = try EmitterFixture.compileAndRun(files, main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "PUT /shapes/square/7",
        "tags=x&tags=y&ids=1,2&filter%5Bcolor%5D=red",
        "t-1 session=s%201 application/x-www-form-urlencoded",
        "name=a%20b&sides=4",
        "created tri 3",
        "https://eu.shapes.example/v1 api_key=k%261 no auth application/octet-stream",
        "Basic dTpw {\"name\":\"n\"}",
        "unchanged",
        "error 409 [\"taken\"]",
        "[\"a\"] https://us.shapes.example/v1",
      ])
  }

  @Test func outputIsDeterministicAndLintClean() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let emitter = SwiftEmitter(options: EmitterOptions(moduleName: "Shapes"))
    let first = emitter.emit(module)
    #expect(first == emitter.emit(module))
    #expect(
      first.map(\.path).filter { $0.hasPrefix("ShapesClient") } == [
        "ShapesClient+GetShapes.swift", "ShapesClient+PutShape.swift", "ShapesClient.swift",
      ])
    let result = try EmitterFixture.typecheck(first, moduleName: "Shapes")
    #expect(result.status == 0, "\(result.output)")
  }

  /// A server with variables is a throwing function whose listed values are an enum (its default the
  /// first case and the argument's default); a server without variables is a constant URL, and the
  /// client's initializer for it does not throw.
  @Test func serversAreConstantsOrFunctionsOfTheirVariables() throws {
    var module = try TranslationFixture.translate(Self.spec).module
    module.servers.append(Server(url: "https://backup.shapes.example", description: "Backup."))
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Shapes")).emit(module)
    let client = try #require(files.first { $0.path == "ShapesClient.swift" }?.contents)
    let expected = """
        /// The servers the spec lists, as base URLs.
        public enum Servers {
          /// `https://{region}.shapes.example/{version}`
          public static func server1(region: Server1Region = .eu, version: String = "v1") throws -> URL {
            try ServerURL.resolve(
              "https://{region}.shapes.example/{version}",
              variables: ["region": region.rawValue, "version": version])
          }

          /// The values the spec lists for `{region}`; the first is its default.
          public enum Server1Region: String, Sendable, Hashable, CaseIterable {
            case eu
            case us
          }

          /// Backup.
          ///
          /// `https://backup.shapes.example`
          public static let server2 = URL(string: "https://backup.shapes.example")!
        }
      """
    #expect(client.snippet("  public enum Servers", documented: true) == expected)
    #expect(
      client.snippet("  public init(transport:", documented: true) == """
          /// A client for the spec's first server, with its default variables.
          public init(transport: any Transport = URLSessionTransport(), credentials: Credentials = Credentials()) throws {
            self.init(serverURL: try Servers.server1(), transport: transport, credentials: credentials)
          }
        """)
  }
}
