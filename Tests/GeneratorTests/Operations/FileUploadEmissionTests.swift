import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// `format: binary` is a `FileUpload`, `format: byte` base64 `Data`, and a multipart body's `encoding`
/// object reaches the request builder.
@Suite struct FileUploadEmissionTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Uploads, version: "1"}
    components:
      schemas:
        upload:
          type: object
          required: [file]
          properties:
            file: {type: string, format: binary}
            thumbnails: {type: array, items: {type: string, format: binary}}
            signature: {type: string, format: byte}
            cover: {type: string, contentMediaType: image/png}
            key: {type: string, contentEncoding: base64}
    paths:
      /videos/{id}/source:
        post:
          operationId: uploadVideo
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          requestBody:
            required: true
            content:
              multipart/form-data:
                schema: {$ref: '#/components/schemas/upload'}
                encoding:
                  thumbnails: {contentType: "image/png, image/jpeg"}
          responses:
            "204": {description: uploaded}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Uploads")).emit(module)
  }

  @Test func theFrontEndKeepsTheEncodingObject() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let content = try #require(module.operations.first?.requestBody?.contents.first)
    #expect(content.partContentTypes == ["thumbnails": "image/png, image/jpeg"])
  }

  @Test func binaryIsAFileAndByteIsData() throws {
    // OpenAPI 3.1's content keywords (`cover`, `key`) say the same.
    #expect(
      EmitterFixture.file("Upload.swift", in: try Self.files()) == """
        import Foundation
        import SpecgenRuntime

        public struct Upload: Codable, Hashable, Sendable {
          public var file: FileUpload
          public var thumbnails: [FileUpload]?
          public var signature: Data?
          public var cover: FileUpload?
          public var key: Data?

          /// Creates a value; optional members default to absent (`nil`).
          public init(
            file: FileUpload,
            thumbnails: [FileUpload]? = nil,
            signature: Data? = nil,
            cover: FileUpload? = nil,
            key: Data? = nil
          ) {
            self.file = file
            self.thumbnails = thumbnails
            self.signature = signature
            self.cover = cover
            self.key = key
          }
        }

        """)
  }

  @Test func theBuilderPassesTheEncoding() throws {
    let file = EmitterFixture.file("UploadsClient+UploadVideo.swift", in: try Self.files())
    let builder = try #require(
      file.range(of: "  /// Builds the").map { String(file[$0.lowerBound...].prefix { $0 != "}" }) })
    #expect(
      builder == """
          /// Builds the `uploadVideo` request without sending it.
          public static func uploadVideoRequest(id: String, body: Upload) throws -> APIRequest {
            var path = try "/videos/" + ParameterSerialization.pathSegment("id", id)
            path += "/source"
            var request = APIRequest(method: "POST", path: path, operationID: "uploadVideo")
            try request.setMultipartBody(
              body,
              encoding: ["thumbnails": MultipartEncoding(contentType: "image/png, image/jpeg")])
            return request
          
        """)
  }

  @Test func aBuiltRequestSendsTheFiles() throws {
    let main = ##"""
      import Foundation
      import SpecgenRuntime

      let video = FileUpload(data: Data([0, 255]), filename: "talk.mp4", contentType: "video/mp4")
      let body = Upload(file: video, thumbnails: [FileUpload(data: Data("t".utf8))], signature: Data([0xFB, 0xFF]))
      let request = try UploadsClient.uploadVideoRequest(id: "v1", body: body)
      let text = String(decoding: request.body ?? Data(), as: UTF8.self)
      for line in text.split(separator: "\r\n") where !line.hasPrefix("--") { print(line) }
      """##
    let result = try EmitterFixture.compileAndRun(try Self.files(), main: main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        #"Content-Disposition: form-data; name="file"; filename="talk.mp4""#, "Content-Type: video/mp4",
        String(decoding: Data([0, 255]), as: UTF8.self),
        #"Content-Disposition: form-data; name="signature""#, "+/8=",
        #"Content-Disposition: form-data; name="thumbnails""#, "Content-Type: image/png", "t",
      ])
  }
}
