import SchemaIR
import Testing

/// `mediaUpload`: the simple protocol becomes a second operation, `<key>Upload`.
@Suite struct DiscoveryMediaUploadTests {
  static let json = DiscoveryFixture.document(
    """
    "schemas": {"Video": {"id": "Video", "type": "object", "properties": {"title": {"type": "string"}}}},
    "resources": {
      "videos": {
        "methods": {
          "insert": {
            "id": "demo.videos.insert", "httpMethod": "POST", "path": "videos",
            "request": {"$ref": "Video"}, "response": {"$ref": "Video"},
            "mediaUpload": {"accept": ["video/*"], "protocols": {"simple": {"multipart": true, "path": "/upload/demo/v1/videos"}}}
          }
        }
      },
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
    let operations = try DiscoveryFixture.translate(Self.json).module.operations.filter {
      $0.name.hasPrefix("demo.thumbnails")
    }
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
      text.snippet("  public static func setUploadRequest(") == """
          public static func setUploadRequest(videoId: String, body: ThumbnailsSetUploadBody) throws -> APIRequest {
            let path = "/upload/demo/v1/thumbnails/set"
            var request = APIRequest(method: "POST", path: path, operationID: "demo.thumbnails.setUpload")
            try request.addQuery("uploadType", "media")
            try request.addQuery("videoId", videoId)
            do {
              switch body {
              case .png(let value):
                request.setRawBody(value, contentType: "image/png")
              case .binary(let value, let contentType):
                try request.setRawBody(value, contentType: contentType, within: "*/*")
              }
            }
            return request
          }
        """)
  }

  /// A method with a `request` and `multipart: true` also gets `<key>MultipartUpload`.
  @Test func multipartUploadCarriesTheMetadata() throws {
    let operations = try DiscoveryFixture.translate(Self.json).module.operations.filter {
      $0.name.hasPrefix("demo.videos")
    }
    #expect(
      operations.map(\.name) == ["demo.videos.insert", "demo.videos.insertUpload", "demo.videos.insertMultipartUpload"])
    let multipart = operations[2]
    #expect(multipart.path == "/upload/demo/v1/videos")
    #expect(multipart.parameters.first { $0.name == "uploadType" }?.constraints.constant == .string("multipart"))
    #expect(
      multipart.requestBody?.contents
        == [Content(mediaType: "multipart/related", type: .named(TypeID("#/schemas/Video")))])
    let text = DiscoveryFixture.file(
      "DemoClient.Videos+InsertMultipartUpload.swift", in: try DiscoveryFixture.emit(Self.json))
    #expect(
      text.snippet("  public static func insertMultipartUploadRequest(") == """
          public static func insertMultipartUploadRequest(body: MediaWithMetadata<Video>) throws -> APIRequest {
            let path = "/upload/demo/v1/videos"
            var request = APIRequest(method: "POST", path: path, operationID: "demo.videos.insertMultipartUpload")
            try request.addQuery("uploadType", "multipart")
            try request.setMultipartRelatedBody(body)
            return request
          }
        """)
  }
}
