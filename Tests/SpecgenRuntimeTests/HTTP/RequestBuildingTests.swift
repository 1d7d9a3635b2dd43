import Foundation
import HTTPTypes
import SpecgenRuntime
import Testing

@Suite struct RequestBuildingTests {
  private struct Upload: Encodable {
    var name: String
    var tags: [String]
    var options: [String: Int]?
    var note: String?
  }

  @Test func urlKeepsTheServerPath() throws {
    var request = APIRequest(method: "GET", path: "/stream/a%20b")
    try request.addQuery("limit", 10)
    try request.addQuery("skip", Int?.none)
    let url = try request.url(relativeTo: try #require(URL(string: "https://example.com/api/")))
    #expect(url.absoluteString == "https://example.com/api/stream/a%20b?limit=10")
  }

  @Test func formBodyIsExplodedAndEncoded() throws {
    var request = APIRequest(method: "POST", path: "/")
    try request.setFormBody(Upload(name: "a b&c", tags: ["x", "y"], options: nil, note: nil))
    #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "name=a%20b%26c&tags=x&tags=y")
    #expect(request.header("content-type") == "application/x-www-form-urlencoded")
  }

  @Test func multipartHasOnePartPerMember() throws {
    var request = APIRequest(method: "POST", path: "/")
    try request.setMultipartBody(Upload(name: "clip", tags: ["x"], options: ["w": 2], note: nil))
    let contentType = try #require(request.header("Content-Type"))
    #expect(contentType.hasPrefix("multipart/form-data; boundary="))
    let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
    let text = String(decoding: request.body ?? Data(), as: UTF8.self)
    let expected = [
      "--\(boundary)", #"Content-Disposition: form-data; name="name""#, "", "clip",
      "--\(boundary)", #"Content-Disposition: form-data; name="options""#, "Content-Type: application/json", "",
      #"{"w":2}"#,
      "--\(boundary)", #"Content-Disposition: form-data; name="tags""#, "", "x",
      "--\(boundary)--", "",
    ].joined(separator: "\r\n")
    #expect(text == expected)
  }

  @Test func authorizationSchemes() throws {
    var request = APIRequest(method: "GET", path: "/")
    try Authorization.bearer("t0k").apply(to: &request)
    #expect(request.header("Authorization") == "Bearer t0k")
    try Authorization.basic(username: "Aladdin", password: "open sesame").apply(to: &request)
    #expect(request.header("Authorization") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    #expect(request.headers.count == 1)
    try Authorization.apiKeyHeader(name: "X-API-Key", value: "k").apply(to: &request)
    try Authorization.apiKeyQuery(name: "api key", value: "v&w").apply(to: &request)
    try Authorization.apiKeyCookie(name: "sid", value: "1").apply(to: &request)
    try Authorization.apiKeyCookie(name: "other", value: "2").apply(to: &request)
    #expect(request.header("x-api-key") == "k")
    #expect(request.queryString == "api%20key=v%26w")
    #expect(request.header("Cookie") == "sid=1; other=2")
    // A header name HTTP does not allow is an error, never a credential silently left out.
    #expect(throws: HTTPRequestError.invalidHeaderName("X Key")) {
      try Authorization.apiKeyHeader(name: "X Key", value: "k").apply(to: &request)
    }
  }

  @Test func authorizeUsesTheFirstSatisfiableAlternative() throws {
    let credentials: [String: Authorization] = ["key": .apiKeyHeader(name: "X-Key", value: "k"), "token": .bearer("t")]
    var request = APIRequest(method: "GET", path: "/")
    try request.authorize([["missing", "token"], ["key", "token"], ["token"]], credential: { credentials[$0] })
    #expect(request.header("X-Key") == "k")
    #expect(request.header("Authorization") == "Bearer t")
    var unsatisfied = APIRequest(method: "GET", path: "/")
    try unsatisfied.authorize([["missing"]], credential: { credentials[$0] })
    #expect(unsatisfied.headers.isEmpty)
  }

  @Test func anUnexpectedAnswerIsAnHTTPErrorResponseKeepingItsCause() {
    let bad = APIResponse(status: 500, headers: [.contentType: "text/plain"], body: Data("oops".utf8))
    let cause = ResponseDecodingError(
      status: 500, mediaType: "text/plain", body: bad.body, underlying: CancellationError())
    let error: any HTTPErrorResponse = UnexpectedResponse(bad, underlying: cause)
    #expect(error.status == 500)
    #expect(error.body == Data("oops".utf8))
    #expect(error.headers == [.contentType: "text/plain"])
    #expect(!error.isDocumented)
    #expect(((error as? UnexpectedResponse)?.underlying as? ResponseDecodingError)?.underlying is CancellationError)
    #expect("\(error)" == "unexpected answer, status 500: status 500 (text/plain): CancellationError()")
  }

  @Test func textBodiesAreUTF8Strings() throws {
    #expect(try ResponseDecoding.text(APIResponse(status: 200, body: Data("héllo".utf8))) == "héllo")
    #expect(throws: ResponseDecodingError.self) {
      try ResponseDecoding.text(APIResponse(status: 200, body: Data([0xFF])))
    }
  }

  @Test func successBodyThatDoesNotDecodeSaysWhy() {
    let response = APIResponse(
      status: 200, headers: [.contentType: "application/json; charset=utf-8"], body: Data("[".utf8))
    #expect(response.mediaType == "application/json")
    #expect(throws: ResponseDecodingError.self) { try ResponseDecoding.json([String].self, from: response) }
  }

  @Test func xrpcErrorBody() {
    let response = APIResponse(status: 400, body: Data(#"{"error":"RecordNotFound","message":"gone"}"#.utf8))
    #expect(XRPCError(response: response) == XRPCError(status: 400, error: "RecordNotFound", message: "gone"))
    #expect(
      XRPCError(response: APIResponse(status: 502, body: Data("<html>".utf8)))
        == XRPCError(status: 502, error: nil, message: nil))
  }

  @Test func serverVariablesAndWebSockets() throws {
    let url = try ServerURL.resolve(
      "https://{region}.example.com/{version}", variables: ["region": "eu", "version": "v2"])
    #expect(url.absoluteString == "https://eu.example.com/v2")
    var request = APIRequest(method: "GET", path: "/xrpc/place.stream.live.subscribe")
    try request.addQuery("cursor", 5)
    #expect(
      try WebSocketURL.make(request, serverURL: url).absoluteString
        == "wss://eu.example.com/v2/xrpc/place.stream.live.subscribe?cursor=5")
  }

  @Test func percentEncodingKeepsOnlyUnreserved() {
    #expect(PercentEncoding.encode("AZaz09-._~") == "AZaz09-._~")
    #expect(
      PercentEncoding.encode(" /?#[]@!$&'()*+,;=%") == "%20%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25")
    #expect(PercentEncoding.encode("é") == "%C3%A9")
  }

  /// A raw body under a media range takes the caller's type only when the range holds it.
  @Test func aBodyUnderAMediaRangeTakesATypeWithinIt() throws {
    var request = APIRequest(method: "POST", path: "/upload")
    try request.setRawBody(Data([1]), contentType: "video/MP4; codecs=avc1", within: "video/*")
    #expect(request.header("Content-Type") == "video/MP4; codecs=avc1")
    try request.setRawBody(Data([1]), contentType: "application/sdp", within: "*/*")
    #expect(request.header("Content-Type") == "application/sdp")
    for (type, range) in [("audio/mpeg", "video/*"), ("video/*", "video/*"), ("video", "*/*"), ("vid eo/mp4", "*/*")] {
      #expect(throws: HTTPRequestError.contentTypeOutsideRange(contentType: type, range: range)) {
        try request.setRawBody(Data([1]), contentType: type, within: range)
      }
    }
    #expect(request.header("Content-Type") == "application/sdp")
  }
}
