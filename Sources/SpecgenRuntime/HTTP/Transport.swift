import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Sends requests; generated clients talk to servers only through this.
///
/// Tests substitute a transport that records requests and answers from memory.
public protocol Transport: Sendable {
  /// Sends `request` to the server at `baseURL` and returns its answer, whatever its status.
  func send(_ request: HTTPRequest, to baseURL: URL) async throws -> HTTPResponse
}

/// A `Transport` over `URLSession` (FoundationNetworking on Linux).
public struct URLSessionTransport: Transport {
  public let session: URLSession

  public init(session: URLSession = .shared) {
    self.session = session
  }

  public func send(_ request: HTTPRequest, to baseURL: URL) async throws -> HTTPResponse {
    let urlRequest = try urlRequest(request, baseURL: baseURL)
    let (data, response) = try await session.data(for: urlRequest)
    guard let http = response as? HTTPURLResponse else { throw HTTPRequestError.notHTTP }
    return HTTPResponse(status: http.statusCode, headers: Self.headers(of: http), body: data)
  }

  /// An answer's header fields as strings.
  static func headers(of response: HTTPURLResponse) -> [String: String] {
    var headers: [String: String] = [:]
    for (key, value) in response.allHeaderFields {
      headers[String(describing: key)] = String(describing: value)
    }
    return headers
  }

  func urlRequest(_ request: HTTPRequest, baseURL: URL) throws -> URLRequest {
    var urlRequest = URLRequest(url: try request.url(relativeTo: baseURL))
    urlRequest.httpMethod = request.method
    for header in request.headers {
      urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
    }
    urlRequest.httpBody = request.body
    return urlRequest
  }
}
