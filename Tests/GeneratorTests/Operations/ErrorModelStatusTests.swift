import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// An error schema documented for some statuses only is decoded for those statuses only: api.video
/// documents `429: too-many-requests` and nothing for 404, whose body must not become a `TooManyRequests`.
@Suite struct ErrorModelStatusTests {
  static let spec = """
    openapi: 3.0.0
    info: {title: Limits, version: "1"}
    components:
      schemas:
        too-many-requests:
          type: object
          properties:
            title: {type: string}
            status: {type: integer}
    paths:
      /things/{id}:
        get:
          operationId: getThing
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            "200": {description: found, content: {application/json: {schema: {type: string}}}}
            "429": {description: slow down, content: {application/json: {schema: {$ref: '#/components/schemas/too-many-requests'}}}}
            4XX: {description: client error, content: {application/json: {schema: {$ref: '#/components/schemas/too-many-requests'}}}}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Limits")).emit(module)
  }

  @Test func decoderNamesTheDocumentedStatusesAndKeepsOthersUndecoded() throws {
    let file = EmitterFixture.file("LimitsClient+GetThing.swift", in: try Self.files())
    let decoder = try #require(file.range(of: "  /// Reads the answer").map { String(file[$0.lowerBound...]) })
    #expect(
      decoder == """
          /// Reads the answer to `getThing`: the success body, or the error it describes.
          public static func getThingResponse(_ response: HTTPResponse) throws -> String {
            switch response.status {
            case 200:
              return try ResponseDecoding.json(String.self, from: response)
            case 429:
              throw ResponseDecoding.apiError(TooManyRequests.self, from: response)
            case 400...499:
              throw ResponseDecoding.apiError(TooManyRequests.self, from: response)
            default:
              throw ResponseDecoding.undocumentedError(TooManyRequests.self, from: response)
            }
          }
        }

        """)
  }

  @Test func anUndocumentedStatusKeepsItsBodyAndNoModel() throws {
    let main = ##"""
      import Foundation
      import SpecgenRuntime

      func answer(_ status: Int) throws {
        let body = Data(#"{"title":"Too many requests.","status":\#(status)}"#.utf8)
        do {
          _ = try LimitsClient.getThingResponse(HTTPResponse(status: status, body: body))
        } catch let error as APIError<TooManyRequests> {
          print(error.status, error.model?.title ?? "no model", error.body.count == body.count)
        }
      }
      try answer(429)
      try answer(404)
      try answer(503)
      """##
    let result = try EmitterFixture.compileAndRun(try Self.files(), main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "429 Too many requests. true", "404 Too many requests. true", "503 no model true",
      ])
  }
}
