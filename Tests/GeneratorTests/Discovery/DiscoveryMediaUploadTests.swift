import SchemaIR
import Testing

/// `mediaUpload`: the simple protocol becomes a second operation, `<key>Upload`.
@Suite struct DiscoveryMediaUploadTests {
  static let json = DiscoveryFixture.document(
    """
    "resources": {
      "thumbnails": {
        "methods": {
          "set": {
            "id": "demo.thumbnails.set", "httpMethod": "POST", "path": "thumbnails/set",
            "parameters": {"videoId": {"type": "string", "required": true, "location": "query"}},
            "parameterOrder": ["videoId"],
            "supportsMediaUpload": true,
            "mediaUpload": {
              "accept": ["image/png", "*/*"], "maxSize": "2097152",
              "protocols": {
                "simple": {"multipart": true, "path": "/upload/demo/v1/thumbnails/set"},
                "resumable": {"multipart": true, "path": "/resumable/upload/demo/v1/thumbnails/set"}
              }
            }
          }
        }
      }
    }
    """)

  @Test func simpleUploadIsASecondOperation() throws {
    let operations = try DiscoveryFixture.translate(Self.json).module.operations
    #expect(operations.map(\.name) == ["demo.thumbnails.set", "demo.thumbnails.setUpload"])
    let upload = operations[1]
    #expect(operations[0].path == "/demo/v1/thumbnails/set")
    #expect(upload.path == "/upload/demo/v1/thumbnails/set")
    #expect(upload.parameters.map(\.name) == ["videoId", "uploadType"])
    #expect(upload.parameters[1].constraints.constant == .string("media"))
    #expect(
      upload.requestBody?.contents == [
        Content(mediaType: "image/png", type: nil), Content(mediaType: "*/*", type: nil),
      ])
    #expect(upload.documentation.description?.contains("At most 2097152 bytes.") == true)
  }

  @Test func uploadBuilderSendsTheMediaAsTheBody() throws {
    let text = DiscoveryFixture.file("DemoClient.Thumbnails+SetUpload.swift", in: try DiscoveryFixture.emit(Self.json))
    #expect(
      text.contains(
        """
          public static func setUploadRequest(videoId: String, body: ThumbnailsSetUploadBody) throws -> HTTPRequest {
            let path = "/upload/demo/v1/thumbnails/set"
            var request = HTTPRequest(method: "POST", path: path)
            try request.addQuery("uploadType", "media")
            try request.addQuery("videoId", videoId)
            do {
              switch body {
              case .png(let value):
                request.setRawBody(value, contentType: "image/png")
              case .binary(let value):
                request.setRawBody(value, contentType: "application/octet-stream")
              }
            }
            return request
          }
        """))
  }
}
