import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing
import YouTube

/// The seed call (`PUT liveBroadcasts?part=snippet,status` with a `LiveBroadcast` body) through the
/// generated YouTube client, and the string-encoded 64-bit integers Discovery documents use.
@Suite struct LiveBroadcastsUpdateTests {
  static let answer = APIResponse(
    status: 200, headers: [.contentType: "application/json"],
    body: Data(#"{"id":"b1","kind":"youtube#liveBroadcast","status":{"privacyStatus":"unlisted"}}"#.utf8))

  /// The README's YouTube example, run against a recording transport.
  @Test func seedCallSendsTheDocumentedRequest() async throws {
    let transport = RecordingTransport(answer: Self.answer)
    let token = "ya29.token"
    let client = YouTubeClient(transport: transport, credentials: .init(oauth2: token))
    let broadcast = LiveBroadcast(
      id: "b1",
      snippet: LiveBroadcastSnippet(scheduledStartTime: DateTime(rawValue: "2026-12-06T20:00:00Z"), title: "Studio"),
      status: LiveBroadcastStatus(privacyStatus: .unlisted))
    let updated = try await client.liveBroadcasts.update(part: ["snippet", "status"], body: broadcast)
    #expect(updated.status?.privacyStatus == .unlisted)

    let (sent, baseURL) = try #require(transport.requests.first)
    #expect(sent.method == "PUT")
    #expect(
      try sent.url(relativeTo: baseURL).absoluteString
        == "https://youtube.googleapis.com/youtube/v3/liveBroadcasts?part=snippet&part=status")
    #expect(sent.header("Authorization") == "Bearer ya29.token")
    #expect(sent.header("Content-Type") == "application/json")
    let body = try JSONValue(jsonData: try #require(sent.body))
    #expect(
      body == [
        "id": "b1", "snippet": ["scheduledStartTime": "2026-12-06T20:00:00Z", "title": "Studio"],
        "status": ["privacyStatus": "unlisted"],
      ])
  }

  /// The builder alone, with the optional parameters and standard parameters the document defines.
  @Test func builderWritesOptionalAndStandardParameters() throws {
    let request = try YouTubeClient.LiveBroadcasts.updateRequest(
      part: ["snippet,status"], body: LiveBroadcast(id: "b1"), onBehalfOfContentOwner: "owner 1",
      standardParameters: StandardParameters(alt: .json, fields: "id,snippet(title)", prettyPrint: false))
    #expect(request.path == "/youtube/v3/liveBroadcasts")
    #expect(
      request.queryString
        == "part=snippet%2Cstatus&onBehalfOfContentOwner=owner%201&alt=json&fields=id%2Csnippet%28title%29"
        + "&prettyPrint=false")
    #expect(request.body == Data(#"{"id":"b1"}"#.utf8))
  }

  /// An API key goes in the `key` query item when no access token is set.
  @Test func apiKeyIsTheKeyQueryItem() async throws {
    let transport = RecordingTransport(answer: Self.answer)
    let client = YouTubeClient(transport: transport, credentials: .init(apiKey: "AIza-key"))
    _ = try await client.liveBroadcasts.list(part: ["id"], id: ["b1", "b2"])
    let sent = try #require(transport.requests.first?.request)
    #expect(sent.queryString == "part=id&id=b1&id=b2&key=AIza-key")
    #expect(sent.header("Authorization") == nil)
  }

  /// `int64`/`uint64` travel as JSON strings and come back exactly, beyond what a `Double` holds.
  @Test func stringEncodedIntegersRoundTripExactly() throws {
    let json = #"{"insertionOffsetTimeMs":"-9007199254740993","walltimeMs":"18446744073709551615"}"#
    let cuepoint = try JSONDecoder().decode(Cuepoint.self, from: Data(json.utf8))
    #expect(cuepoint.insertionOffsetTimeMs == -9_007_199_254_740_993)
    #expect(cuepoint.walltimeMs?.value == UInt64.max)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(String(decoding: try encoder.encode(cuepoint), as: UTF8.self) == json)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Cuepoint.self, from: Data(#"{"walltimeMs":"-1"}"#.utf8))
    }
  }
}

/// The simple media upload the generated client adds beside a method with `mediaUpload`.
@Suite struct YouTubeMediaUploadTests {
  @Test func thumbnailUploadSendsTheBytesToTheUploadPath() throws {
    let request = try YouTubeClient.Thumbnails.setUploadRequest(videoId: "v1", body: .png(Data([0x89, 0x50])))
    #expect(request.method == "POST")
    #expect(request.path == "/upload/youtube/v3/thumbnails/set")
    #expect(request.queryString == "uploadType=media&videoId=v1")
    #expect(request.header("Content-Type") == "image/png")
    #expect(request.body == Data([0x89, 0x50]))
  }

  /// `videos.insert` accepts `video/*`: the caller names the actual type, and one outside the range
  /// is refused before anything is sent.
  @Test func videoUploadSendsTheTypeTheCallerNamesWithinTheRange() throws {
    let request = try YouTubeClient.Videos.insertUploadRequest(
      part: ["snippet"], body: .binary(Data([0, 0, 0, 0x18]), contentType: "video/mp4"))
    #expect(request.header("Content-Type") == "video/mp4")
    #expect(request.body == Data([0, 0, 0, 0x18]))
    #expect(throws: HTTPRequestError.contentTypeOutsideRange(contentType: "image/png", range: "video/*")) {
      try YouTubeClient.Videos.insertUploadRequest(
        part: ["snippet"], body: .binary(Data([1]), contentType: "image/png"))
    }
  }
}

/// Metadata and media in one `multipart/related` request (`uploadType=multipart`).
@Suite struct YouTubeMultipartUploadTests {
  @Test func videoInsertSendsMetadataThenMedia() throws {
    let video = Video(snippet: VideoSnippet(title: "Clip"), status: VideoStatus(privacyStatus: .private))
    let request = try YouTubeClient.Videos.insertMultipartUploadRequest(
      part: ["snippet", "status"],
      body: MediaWithMetadata(metadata: video, media: Data("MP4".utf8), mediaType: "video/mp4"))
    #expect(request.path == "/upload/youtube/v3/videos")
    #expect(request.queryString == "uploadType=multipart&part=snippet&part=status")
    let contentType = try #require(request.header("Content-Type"))
    let prefix = "multipart/related; boundary="
    #expect(contentType.hasPrefix(prefix))
    let boundary = String(contentType.dropFirst(prefix.count))
    let metadata = String(decoding: try RequestBodyEncoding.json(video), as: UTF8.self)
    let expected =
      "--\(boundary)\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n\(metadata)\r\n"
      + "--\(boundary)\r\nContent-Type: video/mp4\r\n\r\nMP4\r\n--\(boundary)--\r\n"
    #expect(String(decoding: try #require(request.body), as: UTF8.self) == expected)
    #expect(metadata.contains(#""privacyStatus":"private""#))
  }
}

/// RFC 6570 reserved expansion, as Discovery `{+name}` path placeholders use it.
@Suite struct ReservedExpansionTests {
  @Test func reservedCharactersStayAndOthersAreEncoded() throws {
    #expect(
      PercentEncoding.encodeAllowingReserved("projects/p 1/topics/t:ü%41%zz")
        == "projects/p%201/topics/t:%C3%BC%41%25zz")
    #expect(
      try ParameterSerialization.pathSegment("name", "a/b c", allowReserved: true) == "a/b%20c")
    #expect(try ParameterSerialization.pathSegment("name", "a/b c") == "a%2Fb%20c")
  }
}
