import Foundation
import HTTPTypes

/// A request as generated builders describe it, independent of any HTTP library.
///
/// The path and query items are already percent-encoded, so a transport only joins them to a base
/// URL; tests compare them with the text the OpenAPI style tables show.
public struct APIRequest: Sendable, Hashable {
  /// One `name=value` pair of the query string, both already percent-encoded.
  public struct QueryItem: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// Upper-case method: `GET`, `PATCH`, ...
  public var method: String
  /// The path below the server URL, starting with `/`, segments percent-encoded.
  public var path: String
  public var query: [QueryItem]
  /// Header fields in the order they were set (swift-http-types' `HTTPFields`: names compare
  /// case-insensitively, a name may repeat).
  public var headers: HTTPFields
  /// The body in memory; setting one drops any `bodyFile`, so a request has one body.
  public var body: Data? {
    didSet { if body != nil { bodyFile = nil } }
  }
  /// A body held in a file instead of `body` (a multipart upload of a file given by URL); read it with
  /// `bodyData()`, or upload from `bodyFile.url`.
  public var bodyFile: BodyFile?
  /// The operation's name, for logging and middlewares: OpenAPI `operationId` (or the name specgen
  /// derives from method and path), an XRPC NSID, a Discovery method id; nil for a hand-built request.
  public var operationID: String?

  public init(
    method: String, path: String, query: [QueryItem] = [], headers: HTTPFields = [:], body: Data? = nil,
    operationID: String? = nil
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
    self.operationID = operationID
  }

  /// The body, wherever it is held: `body`, or the memory-mapped `bodyFile`.
  public func bodyData() throws -> Data? {
    try body ?? bodyFile?.mappedData()
  }

  /// The values of the header `name`, combined as HTTP combines them (nil if unset or not a valid name).
  public func header(_ name: String) -> String? {
    HTTPField.Name(name).flatMap { headers[$0] }
  }

  /// Sets `name`, replacing every earlier value.
  public mutating func setHeader(_ name: HTTPField.Name, _ value: String) {
    headers[name] = value
  }

  /// Sets the header a spec names (a header parameter, an API key), replacing every earlier value;
  /// throws `HTTPRequestError.invalidHeaderName` for a name HTTP does not allow.
  public mutating func setHeader(named name: String, _ value: String) throws {
    headers[try HTTPField.Name.checked(name)] = value
  }

  /// The encoded query string without `?`: `a=1&b=2`.
  public var queryString: String {
    query.map { $0.name + "=" + $0.value }.joined(separator: "&")
  }

  /// The full URL below `baseURL` (whose own path is kept: `https://host/api` + `/stream`).
  public func url(relativeTo baseURL: URL) throws -> URL {
    var base = baseURL.absoluteString
    while base.hasSuffix("/") { base.removeLast() }
    var text = base + path
    if !query.isEmpty { text += "?" + queryString }
    guard let url = URL(string: text) else { throw HTTPRequestError.invalidURL(text) }
    return url
  }
}

/// Why a request could not be built or sent.
public enum HTTPRequestError: Error, Sendable, Hashable {
  /// The server URL and path do not form a URL.
  case invalidURL(String)
  /// A value could not be written in the requested parameter style (e.g. an object in a path).
  case unsupportedParameter(name: String, reason: String)
  /// The transport answered with something that is not an HTTP response.
  case notHTTP
  /// A header name the spec gives (a parameter, an API key) is not an HTTP field name.
  case invalidHeaderName(String)
  /// A body's media type is not within the media range the operation accepts (`video/*`).
  case contentTypeOutsideRange(contentType: String, range: String)
}

extension HTTPField.Name {
  /// The field name `name`, or `HTTPRequestError.invalidHeaderName`.
  static func checked(_ name: String) throws -> HTTPField.Name {
    guard let field = HTTPField.Name(name) else { throw HTTPRequestError.invalidHeaderName(name) }
    return field
  }
}

/// A response as transports hand it to generated decoders.
public struct APIResponse: Sendable, Hashable {
  public var status: Int
  public var headers: HTTPFields
  public var body: Data

  public init(status: Int, headers: HTTPFields = [:], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The values of header `name`, combined as HTTP combines them (nil if absent or not a valid name).
  public func header(_ name: String) -> String? {
    HTTPField.Name(name).flatMap { headers[$0] }
  }

  /// The media type of the body without parameters, lower-cased: `application/json`.
  public var mediaType: String? {
    headers[.contentType].map {
      String($0.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }
  }
}
