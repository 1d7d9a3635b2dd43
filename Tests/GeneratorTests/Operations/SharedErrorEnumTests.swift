import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// Operations documenting the same error statuses and bodies share one enum, in a file of its own,
/// which each names with a typealias; a description that differs between them leaves that case
/// documented by its status alone, and an operation with other answers keeps its own enum.
@Suite struct SharedErrorEnumTests {
  static let spec = """
    openapi: 3.0.0
    info: {title: Shop, version: "1"}
    components:
      schemas:
        Problem: {type: object, properties: {title: {type: string}}}
    paths:
      /a:
        get:
          operationId: getA
          responses:
            "200": {description: ok}
            "404": {description: Not found, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            "429": {description: Slow down, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
      /b:
        get:
          operationId: getB
          responses:
            "200": {description: ok}
            "404": {description: Not found, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            "429": {description: Too many, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
      /c:
        get:
          operationId: getC
          responses:
            "200": {description: ok}
            "404": {description: Not found}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Shop")).emit(module)
  }

  @Test func theSharedEnumHasItsOwnFile() throws {
    let file = EmitterFixture.file("ShopClient+NotFoundOrTooManyRequestsError.swift", in: try Self.files())
    #expect(
      file == """
        import SpecgenRuntime

        extension ShopClient {
          /// The error answers 2 operations document alike, by status; any other answer is `unexpected`.
          /// Each operation names this enum with a typealias (`GetAError`).
          public enum NotFoundOrTooManyRequestsError: HTTPErrorResponse {
            /// `404`: Not found
            case notFound(Problem, APIResponse)
            /// `429`
            case tooManyRequests(Problem, APIResponse)
            /// A status the spec does not document, or a body that is not of its documented type
            /// (`underlying` says why).
            case unexpected(UnexpectedResponse)

            /// Reads an error answer by its status.
            public init(_ response: APIResponse) {
              do {
                switch response.status {
                case 404:
                  let model = try ResponseDecoding.json(Problem.self, from: response)
                  self = .notFound(model, response)
                case 429:
                  let model = try ResponseDecoding.json(Problem.self, from: response)
                  self = .tooManyRequests(model, response)
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
              case .notFound(_, let response): return response
              case .tooManyRequests(_, let response): return response
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

  @Test func eachUserNamesItWithATypealias() throws {
    let files = try Self.files()
    for (operation, name) in [("getA", "GetA"), ("getB", "GetB")] {
      let file = EmitterFixture.file("ShopClient+\(name).swift", in: files)
      #expect(
        file.snippet("  public typealias \(name)Error", documented: true) == """
            /// The error answers `\(operation)` documents: `NotFoundOrTooManyRequestsError`, which 1 other operation
            /// shares.
            public typealias \(name)Error = NotFoundOrTooManyRequestsError
          """)
      #expect(!file.contains("enum \(name)Error"))
    }
    let own = EmitterFixture.file("ShopClient+GetC.swift", in: files)
    #expect(
      own.snippet("  public enum GetCError") == """
          public enum GetCError: HTTPErrorResponse {
            /// `404`: Not found
            case notFound(APIResponse)
            /// A status the spec does not document, or a body that is not of its documented type
            /// (`underlying` says why).
            case unexpected(UnexpectedResponse)

            /// Reads an error answer by its status.
            public init(_ response: APIResponse) {
              switch response.status {
              case 404:
                self = .notFound(response)
              default:
                self = .unexpected(UnexpectedResponse(response))
              }
            }

            /// The answer as received.
            public var response: APIResponse {
              switch self {
              case .notFound(let response): return response
              case .unexpected(let error): return error.response
              }
            }

            /// Whether the status is documented and its body was read as documented.
            public var isDocumented: Bool {
              if case .unexpected = self { return false }
              return true
            }
          }
        """)
  }

  /// A shared enum whose name a model has (api.video's `ConflictError` body) says what it is instead of
  /// taking a number: `ConflictErrorResponse`, not `ConflictError2`.
  @Test func aNameAModelHasGetsTheResponseSuffix() throws {
    let spec = """
      openapi: 3.0.0
      info: {title: Shop, version: "1"}
      components:
        schemas:
          ConflictError: {type: object, properties: {title: {type: string}}}
      paths:
        /a:
          post:
            operationId: postA
            responses:
              "204": {description: done}
              "409": {description: Conflict, content: {application/json: {schema: {$ref: '#/components/schemas/ConflictError'}}}}
        /b:
          post:
            operationId: postB
            responses:
              "204": {description: done}
              "409": {description: Conflict, content: {application/json: {schema: {$ref: '#/components/schemas/ConflictError'}}}}
      """
    let module = try TranslationFixture.translate(spec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Shop")).emit(module)
    #expect(
      files.map(\.path).filter { $0.contains("Conflict") } == [
        "ConflictError.swift", "ShopClient+ConflictErrorResponse.swift",
      ])
    #expect(
      EmitterFixture.file("ShopClient+PostA.swift", in: files).snippet("  public typealias PostAError") == """
          public typealias PostAError = ConflictErrorResponse
        """)
  }

  /// Four statuses or more: the enum is named after the words its users' names begin with, or, when
  /// they share none, after its statuses, with a typealias too long for a line broken after `=`.
  @Test func aLongSetIsNamedAfterItsUsers() throws {
    func operation(_ name: String) -> String {
      let answers = ["400", "401", "422", "500"].map { status in
        "\"\(status)\": {description: e, content: {application/json: {schema: {$ref: '#/components/schemas/P'}}}}"
      }
      return """
          /\(name):
            post:
              operationId: \(name)
              responses: {"204": {description: done}, \(answers.joined(separator: ", "))}
        """
    }
    func files(_ names: [String]) throws -> [EmittedFile] {
      let spec = """
        openapi: 3.0.0
        info: {title: Shop, version: "1"}
        components:
          schemas:
            P: {type: object, properties: {title: {type: string}}}
        paths:
        \(names.map(operation).joined(separator: "\n"))
        """
      return SwiftEmitter(options: EmitterOptions(moduleName: "Shop")).emit(
        try TranslationFixture.translate(spec).module)
    }
    let generation = try files(["genTextToImage", "genLLM"])
    #expect(
      EmitterFixture.file("ShopClient+GenLLM.swift", in: generation).snippet("  public typealias") == """
          public typealias GenLLMError = GenError
        """)
    let unrelated = try files(["describeTheThingThatWasUploaded", "removeTheThing"])
    let status = "BadRequestOrUnauthorizedOrUnprocessableContentOrInternalServerErrorError"
    #expect(unrelated.contains { $0.path == "ShopClient+\(status).swift" })
    #expect(
      EmitterFixture.file("ShopClient+DescribeTheThingThatWasUploaded.swift", in: unrelated).snippet(
        "  public typealias") == """
            public typealias DescribeTheThingThatWasUploadedError =
              \(status)
          """)
  }
}
