import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// Documented response headers: a struct of typed members beside the body, shared by the operations
/// documenting the same fields, compiled with the runtime and read from answers.
@Suite struct ResponseHeadersEmissionTests {
  static let spec = """
    openapi: 3.0.3
    info: {title: Clips, version: "1"}
    servers: [{url: "https://clips.example"}]
    components:
      headers:
        limit: {description: Requests allowed per minute., schema: {type: integer}}
    paths:
      /clips:
        get:
          operationId: listClips
          responses:
            "200":
              description: the clips
              headers:
                X-Rate-Limit: {$ref: '#/components/headers/limit'}
                X-Rate-Remaining: {schema: {type: integer}}
                Content-Type: {schema: {type: string}}
              content: {application/json: {schema: {type: array, items: {type: string}}}}
        post:
          operationId: createClip
          responses:
            "201":
              description: created
              headers:
                Location: {description: Where the clip is., required: true, schema: {type: string, format: uri}}
                Link: {schema: {type: array, items: {type: string}}}
                X-State: {schema: {type: string, enum: [ready, queued]}}
      /clips/{id}:
        delete:
          operationId: deleteClip
          parameters: [{name: id, in: path, required: true, schema: {type: string}}]
          responses:
            "204":
              description: gone
              headers:
                X-Rate-Limit: {$ref: '#/components/headers/limit'}
                X-Rate-Remaining: {schema: {type: integer}}
    """

  static func emit() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Clips")).emit(module)
  }

  @Test func aSharedSetIsOneStructNamedByItsCommonPrefix() throws {
    let files = try Self.emit()
    let list = try #require(files.first { $0.path == "ClipsClient+ListClips.swift" }?.contents)
    let delete = try #require(files.first { $0.path == "ClipsClient+DeleteClip.swift" }?.contents)
    #expect(
      list.snippet("  public func listClipsWithHeaders", documented: true) == """
          /// `listClips`, with the headers its answer documents (`XRateHeaders`).
          ///
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
          public func listClipsWithHeaders() async throws -> (body: [String], headers: XRateHeaders) {
            let request = try Self.listClipsRequest()
            let response = try await send(request, security: [])
            return (try Self.listClipsResponse(response), XRateHeaders(response))
          }
        """)
    #expect(
      list.snippet("  public struct XRateHeaders") == """
          public struct XRateHeaders: Sendable, Hashable {
            /// Requests allowed per minute.
            ///
            /// `X-Rate-Limit`
            public var xRateLimit: Int?
            /// `X-Rate-Remaining`
            public var xRateRemaining: Int?

            /// Reads the documented fields of `response`.
            public init(_ response: APIResponse) {
              xRateLimit = ResponseHeaders.value("X-Rate-Limit", in: response)
              xRateRemaining = ResponseHeaders.value("X-Rate-Remaining", in: response)
            }
          }
        """)
    #expect(!list.contains("ContentType"))
    // The second user returns the same struct and does not declare it again.
    #expect(
      delete.snippet("  public func deleteClipWithHeaders") == """
          public func deleteClipWithHeaders(id: String) async throws -> XRateHeaders {
            let request = try Self.deleteClipRequest(id: id)
            let response = try await send(request, security: [])
            try Self.deleteClipResponse(response)
            return XRateHeaders(response)
          }
        """)
    #expect(!delete.contains("struct XRateHeaders"))
  }

  static let main = #"""
    import Foundation
    import HTTPTypes
    import SpecgenRuntime

    struct Answering: Transport {
      let status: Int
      let headers: HTTPFields
      let body: String
      func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
        APIResponse(status: status, headers: headers, body: Data(body.utf8))
      }
    }

    func field(_ name: String) -> HTTPField.Name { HTTPField.Name(name)! }

    let created = ClipsClient(
      transport: Answering(
        status: 201,
        headers: [field("location"): "https://clips.example/c/1", field("Link"): "<a>, <b>", field("X-State"): "queued"],
        body: ""))
    let headers = try await created.createClipWithHeaders()
    print(headers.location ?? "-", headers.link ?? [], headers.xState.map { "\($0)" } ?? "-")

    let listed = ClipsClient(
      transport: Answering(
        status: 200, headers: [field("X-Rate-Limit"): "60", field("X-Rate-Remaining"): "soon"], body: #"["a"]"#))
    let (clips, rate) = try await listed.listClipsWithHeaders()
    print(clips, rate.xRateLimit ?? -1, rate.xRateRemaining ?? -1)
    let deleted = ClipsClient(
      transport: Answering(
        status: 204, headers: [field("x-rate-limit"): "60", field("X-Rate-Remaining"): "soon"], body: ""))
    print(try await deleted.deleteClipWithHeaders(id: "1") == rate)
    """#

  @Test func headersAreReadTypedAndLeniently() throws {
    let result = try EmitterFixture.compileAndRun(try Self.emit(), main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n") == [
        #"https://clips.example/c/1 ["<a>", "<b>"] queued"#,
        #"["a"] 60 -1"#,
        "true",
      ])
  }
}
