import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecgenRuntime

/// Carries a generated client over any swift-openapi-runtime `ClientTransport`, through its
/// `ClientMiddleware`s: the URLSession and AsyncHTTPClient transports, and the middlewares written
/// for Apple's generator (logging, auth, retries), work unchanged with specgen's clients.
///
/// ```swift
/// import OpenAPIAsyncHTTPClient
/// import SpecgenOpenAPITransport
///
/// let transport = OpenAPIClientTransport(AsyncHTTPClientTransport(), middlewares: [LoggingMiddleware()])
/// let client = LivepeerClient(serverURL: url, transport: transport)
/// ```
///
/// The request reaches the transport as swift-http-types' `HTTPRequest` with `path` holding the
/// percent-encoded path and query, the form `ClientTransport`s join to the base URL. Answers stream:
/// an event-stream operation reads events as the transport hands chunks over.
public struct OpenAPIClientTransport: StreamingTransport {
  /// The transport requests finally go through.
  public var transport: any ClientTransport
  /// Applied in order: the first sees the request first and the response last.
  public var middlewares: [any ClientMiddleware]

  public init(_ transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) {
    self.transport = transport
    self.middlewares = middlewares
  }

  public func send(_ request: APIRequest, to baseURL: URL) async throws
    -> APIResponse
  {
    try await stream(request, to: baseURL).collected()
  }

  public func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    let operationID = request.operationID ?? ""
    let transport = transport
    var next: @Sendable (HTTPTypes.HTTPRequest, HTTPBody?, URL) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?) = {
      try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
    }
    for middleware in middlewares.reversed() {
      let tail = next
      next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: tail) }
    }
    let body = request.bodyFile.map(Self.body) ?? request.body.map(Self.body)
    let (response, answer) = try await next(try Self.head(of: request), body, baseURL)
    return StreamedResponse(status: response.status.code, headers: response.headerFields, body: Self.chunks(of: answer))
  }

  /// The request line and header fields of `request`, as `ClientTransport`s take them.
  static func head(of request: APIRequest) throws -> HTTPTypes.HTTPRequest {
    guard let method = HTTPTypes.HTTPRequest.Method(request.method) else {
      throw OpenAPIClientTransportError.invalidMethod(request.method)
    }
    let query = request.queryString
    return HTTPTypes.HTTPRequest(
      method: method, scheme: nil, authority: nil, path: request.path + (query.isEmpty ? "" : "?" + query),
      headerFields: request.headers)
  }

  /// A body of known length, which the transport may read more than once (a middleware retrying).
  static func body(_ data: Data) -> HTTPBody {
    HTTPBody(data)
  }

  /// A body in a file, read in 1 MiB chunks as the transport asks for them (again for each reading,
  /// so a middleware may retry).
  static func body(_ file: BodyFile) -> HTTPBody {
    HTTPBody(FileChunks(url: file.url), length: .known(file.length), iterationBehavior: .multiple)
  }

  /// The answer's body as the chunks the transport hands over (none for no body).
  static func chunks(of body: HTTPBody?) -> AsyncThrowingStream<Data, any Error> {
    guard let body else { return AsyncThrowingStream { $0.finish() } }
    return AsyncThrowingStream { continuation in
      let task = Task {
        do {
          for try await chunk in body { continuation.yield(Data(chunk)) }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }
}

/// Why a request could not be handed to a `ClientTransport`.
public enum OpenAPIClientTransportError: Error, Sendable, Hashable {
  /// The method is not an HTTP method token.
  case invalidMethod(String)
}

/// The bytes of a file as an async sequence of chunks, the file opened anew for each iteration.
struct FileChunks: AsyncSequence, Sendable {
  typealias Element = ArraySlice<UInt8>
  let url: URL

  struct AsyncIterator: AsyncIteratorProtocol {
    let url: URL
    var handle: FileHandle?
    var finished = false

    mutating func next() async throws -> ArraySlice<UInt8>? {
      if finished { return nil }
      if handle == nil { handle = try FileHandle(forReadingFrom: url) }
      guard let chunk = try handle?.read(upToCount: 1 << 20), !chunk.isEmpty else {
        finished = true
        try handle?.close()
        return nil
      }
      return ArraySlice(chunk)
    }
  }

  func makeAsyncIterator() -> AsyncIterator { AsyncIterator(url: url) }
}
