import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// Every documented error status is its own case of the operation's error enum, read as its own schema:
/// api.video documents `429: too-many-requests` and nothing for 404, whose body must not become a
/// `TooManyRequests`; statuses with different schemas each keep theirs; anything else is `unexpected`.
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
            4XX: {description: client error, content: {text/plain: {schema: {type: string}}}}
            "503": {description: down}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Limits")).emit(module)
  }

  @Test func decoderThrowsTheOperationsErrorEnum() throws {
    let file = EmitterFixture.file("LimitsClient+GetThing.swift", in: try Self.files())
    let decoder = try #require(file.range(of: "  /// Reads the answer").map { String(file[$0.lowerBound...]) })
    #expect(
      decoder == """
          /// Reads the answer to `getThing`: the success body, or the error it describes.
          public static func getThingResponse(_ response: APIResponse) throws -> String {
            guard case 200 = response.status else { throw GetThingError(response) }
            return try ResponseDecoding.json(String.self, from: response)
          }

          /// The error answers `getThing` documents, by status; any other answer is `unexpected`.
          public enum GetThingError: HTTPErrorResponse {
            /// `429`: slow down
            case tooManyRequests(TooManyRequests, APIResponse)
            /// `503`: down
            case serviceUnavailable(APIResponse)
            /// `4XX`: client error
            case clientError(String, APIResponse)
            /// A status the spec does not document, or a body that is not of its documented type
            /// (`underlying` says why).
            case unexpected(UnexpectedResponse)

            /// Reads an error answer by its status.
            public init(_ response: APIResponse) {
              do {
                switch response.status {
                case 429:
                  let model = try ResponseDecoding.json(TooManyRequests.self, from: response)
                  self = .tooManyRequests(model, response)
                case 503:
                  self = .serviceUnavailable(response)
                case 400...499:
                  self = .clientError(try ResponseDecoding.text(response), response)
                default:
                  self = .unexpected(UnexpectedResponse(response))
                }
              } catch {
                self = .unexpected(UnexpectedResponse(response, underlying: error))
              }
            }

            /// The answer as received.
            public var response: APIResponse {
              switch self {
              case .tooManyRequests(_, let response): return response
              case .serviceUnavailable(let response): return response
              case .clientError(_, let response): return response
              case .unexpected(let error): return error.response
              }
            }

            /// Whether the status is documented and its body was read as documented.
            public var isDocumented: Bool {
              if case .unexpected = self { return false }
              return true
            }
          }
        }

        """)
  }

  @Test func eachStatusIsReadAsItsOwnSchema() throws {
    let main = ##"""
      import Foundation
      import SpecgenRuntime

      func answer(_ status: Int, _ text: String) {
        do {
          _ = try LimitsClient.getThingResponse(APIResponse(status: status, body: Data(text.utf8)))
        } catch LimitsClient.GetThingError.tooManyRequests(let model, let response) {
          print("tooManyRequests", response.status, model.title ?? "")
        } catch LimitsClient.GetThingError.clientError(let text, let response) {
          print("clientError", response.status, text)
        } catch let error as any HTTPErrorResponse {
          let cause = (error as? LimitsClient.GetThingError).flatMap {
            if case .unexpected(let unexpected) = $0 { return unexpected.underlying } else { return nil }
          }
          print("other", error.status, error.isDocumented, cause is ResponseDecodingError)
        } catch {
          print("not an HTTPErrorResponse", error)
        }
      }
      answer(429, #"{"title":"Too many requests.","status":429}"#)
      answer(404, #"{"title":"Too many requests.","status":404}"#)
      answer(503, "down")
      answer(500, "oops")
      answer(429, "not JSON")
      """##
    let result = try EmitterFixture.compileAndRun(try Self.files(), main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "tooManyRequests 429 Too many requests.", #"clientError 404 {"title":"Too many requests.","status":404}"#,
        "other 503 true false", "other 500 false false", "other 429 false true",
      ])
  }
}
