import Foundation
import SpecgenRuntime
import Testing

/// `multipart/form-data` bodies: files with their name and type, `encoding` overrides, a random boundary.
@Suite struct MultipartFormDataTests {
  private struct Upload: Encodable {
    var file: FileUpload
    var thumbnails: [FileUpload]?
    var title: String
    var options: [String: Int]?
  }

  private static func parts(_ request: APIRequest) throws -> (boundary: String, text: String) {
    let contentType = try #require(request.header("Content-Type"))
    #expect(contentType.hasPrefix("multipart/form-data; boundary=specgen-"))
    let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
    return (boundary, String(decoding: request.body ?? Data(), as: UTF8.self))
  }

  @Test func filesCarryTheirBytesFilenameAndContentType() throws {
    var request = APIRequest(method: "POST", path: "/")
    let bytes = Data([0, 0xFF, 0x0D, 0x0A]) + Data("video".utf8)
    try request.setMultipartBody(
      Upload(
        file: FileUpload(data: bytes, filename: "talk \"1\".mp4", contentType: "video/mp4"),
        thumbnails: [FileUpload(data: Data("png".utf8)), FileUpload(data: Data("jpg".utf8), filename: "b.jpg")],
        title: "Talk", options: ["w": 2]),
      encoding: ["thumbnails": MultipartEncoding(contentType: "image/png, image/jpeg")])
    let (boundary, text) = try Self.parts(request)
    let expected = [
      "--\(boundary)", #"Content-Disposition: form-data; name="file"; filename="talk %221%22.mp4""#,
      "Content-Type: video/mp4", "", String(decoding: bytes, as: UTF8.self),
      "--\(boundary)", #"Content-Disposition: form-data; name="options""#, "Content-Type: application/json", "",
      #"{"w":2}"#,
      "--\(boundary)", #"Content-Disposition: form-data; name="thumbnails""#, "Content-Type: image/png", "", "png",
      "--\(boundary)", #"Content-Disposition: form-data; name="thumbnails"; filename="b.jpg""#,
      "Content-Type: image/png", "", "jpg",
      "--\(boundary)", #"Content-Disposition: form-data; name="title""#, "", "Talk",
      "--\(boundary)--", "",
    ].joined(separator: "\r\n")
    #expect(text == expected)
    // The file's bytes are sent as they are, not as UTF-8 text.
    #expect(request.body?.range(of: bytes) != nil)
  }

  @Test func aFileWithoutTypeIsOctetStreamAndEncodingNamesTextParts() throws {
    var request = APIRequest(method: "POST", path: "/")
    try request.setMultipartBody(
      Upload(file: FileUpload(data: Data("x".utf8)), title: "T"),
      encoding: ["title": MultipartEncoding(contentType: "text/plain; charset=utf-8")])
    let (boundary, text) = try Self.parts(request)
    #expect(
      text
        == [
          "--\(boundary)", #"Content-Disposition: form-data; name="file""#, "Content-Type: application/octet-stream",
          "", "x", "--\(boundary)", #"Content-Disposition: form-data; name="title""#,
          "Content-Type: text/plain; charset=utf-8", "", "T", "--\(boundary)--", "",
        ].joined(separator: "\r\n"))
  }

  @Test func theBoundaryIsRandom() throws {
    var first = APIRequest(method: "POST", path: "/")
    var second = first
    try first.setMultipartBody(Upload(file: FileUpload(data: Data()), title: ""))
    try second.setMultipartBody(Upload(file: FileUpload(data: Data()), title: ""))
    #expect(first.header("Content-Type") != second.header("Content-Type"))
  }

  @Test func aFileFromAURLIsNamedAfterIt() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-\(UUID().uuidString).mp3")
    try Data([1, 2, 3]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try FileUpload(contentsOf: url, contentType: "audio/mpeg")
    var expected = FileUpload(data: Data([1, 2, 3]), filename: url.lastPathComponent, contentType: "audio/mpeg")
    expected.fileURL = url
    #expect(file == expected)
  }

  @Test func inJSONAFileIsItsTextAndBytesAreBase64() throws {
    struct Document: Codable, Equatable {
      var file: FileUpload
      var key: Data
    }
    let value = Document(file: FileUpload(data: Data("text".utf8)), key: Data([0xFB, 0xFF]))
    let json = try RequestBodyEncoding.json(value)
    #expect(String(decoding: json, as: UTF8.self) == #"{"file":"text","key":"+/8="}"#)
    #expect(try JSONDecoder().decode(Document.self, from: json) == value)
  }

  /// A file given by URL is not copied into memory: the body is written to a temporary file (the
  /// video copied in chunks), uploaded from there, and removed with the last request holding it.
  @Test func aFileGivenByURLIsSentFromATemporaryFile() throws {
    let folder = FileManager.default.temporaryDirectory
    let movieURL = folder.appendingPathComponent("movie-\(UUID().uuidString).mp4")
    let movie = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try movie.write(to: movieURL)
    defer { try? FileManager.default.removeItem(at: movieURL) }
    var request: APIRequest? = APIRequest(method: "POST", path: "/")
    let upload = Upload(file: try FileUpload(contentsOf: movieURL, contentType: "video/mp4"), title: "Talk")
    try request?.setMultipartBody(upload)
    // Only the request holds the body file (no other reference kept here), so dropping it removes it.
    let bodyURL = try #require(request?.bodyFile?.url)
    #expect(request?.body == nil)
    #expect(bodyURL != movieURL)
    // The same bytes the in-memory encoding writes for the same parts, boundary and all.
    let contentType = try #require(request?.header("Content-Type"))
    let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
    let expected = try RequestBodyEncoding.multipart(
      Upload(
        file: FileUpload(data: movie, filename: movieURL.lastPathComponent, contentType: "video/mp4"), title: "Talk"),
      boundary: boundary
    ).body
    #expect(try request?.bodyData() == expected)
    #expect(request?.bodyFile?.length == Int64(expected.count))
    #expect(FileManager.default.fileExists(atPath: bodyURL.path))
    request = nil
    #expect(!FileManager.default.fileExists(atPath: bodyURL.path))
  }

  /// A file already in memory stays in memory.
  @Test func aFileInMemoryIsSentFromMemory() throws {
    var request = APIRequest(method: "POST", path: "/")
    try request.setMultipartBody(Upload(file: FileUpload(data: Data("x".utf8)), title: "T"))
    #expect(request.bodyFile == nil)
    #expect(try request.bodyData() == request.body)
  }
}
