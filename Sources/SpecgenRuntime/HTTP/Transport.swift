import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Sends requests; generated clients talk to servers only through this.
///
/// Tests substitute a transport that records requests and answers from memory.
public protocol Transport: Sendable {
  /// Sends `request` to the server at `baseURL` and returns its answer, whatever its status.
  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse

  /// `request` with what this transport adds to requests on their way (a bearer token,
  /// `atproto-proxy`), for a connection made outside it: an XRPC subscription's WebSocket upgrade.
  /// The default returns it unchanged; a wrapper adds its own headers and asks its base.
  func prepared(_ request: APIRequest) async throws -> APIRequest
}

extension Transport {
  /// Adds nothing: a transport that sends requests as they are.
  public func prepared(_ request: APIRequest) async throws -> APIRequest { request }
}

/// A `Transport` over `URLSession` (FoundationNetworking on Linux).
public struct URLSessionTransport: Transport {
  public let session: URLSession

  public init(session: URLSession = .shared) {
    self.session = session
  }

  public func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    let urlRequest = try urlRequest(request, baseURL: baseURL)
    // A body in a file is uploaded from it, read in chunks, never whole in memory.
    let (data, response) =
      if let file = request.bodyFile {
        try await session.upload(for: urlRequest, fromFile: file.url)
      } else {
        try await session.data(for: urlRequest)
      }
    guard let http = response as? HTTPURLResponse else { throw HTTPRequestError.notHTTP }
    return APIResponse(status: http.statusCode, headers: Self.headers(of: http), body: data)
  }

  /// An answer's header fields (a name HTTP does not allow is left out).
  static func headers(of response: HTTPURLResponse) -> HTTPFields {
    var headers = HTTPFields()
    for (key, value) in response.allHeaderFields {
      guard let name = HTTPField.Name(String(describing: key)) else { continue }
      headers.append(HTTPField(name: name, value: String(describing: value)))
    }
    return headers
  }

  func urlRequest(_ request: APIRequest, baseURL: URL) throws -> URLRequest {
    var urlRequest = URLRequest(url: try request.url(relativeTo: baseURL))
    urlRequest.httpMethod = request.method
    for field in request.headers {
      urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
    }
    urlRequest.httpBody = request.body
    return urlRequest
  }
}
