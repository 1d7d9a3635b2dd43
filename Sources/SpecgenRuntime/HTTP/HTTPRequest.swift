import Foundation

/// A request as generated builders describe it, independent of any HTTP library.
///
/// The path and query items are already percent-encoded, so a transport only joins them to a base
/// URL; tests compare them with the text the OpenAPI style tables show.
public struct HTTPRequest: Sendable, Hashable {
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
  /// Header fields in the order they were set; names compare case-insensitively in `header(_:)`.
  public var headers: [(name: String, value: String)]
  public var body: Data?

  public init(
    method: String, path: String, query: [QueryItem] = [], headers: [(name: String, value: String)] = [],
    body: Data? = nil
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
  }

  /// The first value of the header `name` (case-insensitive).
  public func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }

  /// Sets `name`, replacing every earlier value.
  public mutating func setHeader(_ name: String, _ value: String) {
    headers.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    headers.append((name, value))
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

  public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
    lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query && lhs.body == rhs.body
      && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(method)
    hasher.combine(path)
    hasher.combine(query)
    hasher.combine(body)
    for header in headers {
      hasher.combine(header.name)
      hasher.combine(header.value)
    }
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
}

/// A response as transports hand it to generated decoders.
public struct HTTPResponse: Sendable, Hashable {
  public var status: Int
  public var headers: [String: String]
  public var body: Data

  public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The value of header `name` (case-insensitive).
  public func header(_ name: String) -> String? {
    headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
  }

  /// The media type of the body without parameters, lower-cased: `application/json`.
  public var mediaType: String? {
    header("Content-Type").map {
      String($0.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }
  }
}
