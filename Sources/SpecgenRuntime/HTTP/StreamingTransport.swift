import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// An answer whose body arrives in chunks, as the server sends them (event streams, JSON Lines).
public struct StreamedResponse: Sendable {
  public var status: Int
  public var headers: HTTPFields
  /// The body's chunks, in order; the stream ends with the body (or the transport's error).
  public var body: AsyncThrowingStream<Data, any Error>

  public init(status: Int, headers: HTTPFields = [:], body: AsyncThrowingStream<Data, any Error>) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// An answer already received whole, as one chunk.
  public init(_ response: APIResponse) {
    self.init(status: response.status, headers: response.headers, body: StreamingResponse.whole(response.body))
  }

  /// Waits for the whole body (an error answer is read whole, then decoded like any other).
  public func collected() async throws -> APIResponse {
    var data = Data()
    for try await chunk in body { data += chunk }
    return APIResponse(status: status, headers: headers, body: data)
  }
}

/// A `Transport` that can also hand a body over as it arrives. Generated operations answering
/// `text/event-stream` or JSON Lines use it when the client's transport is one (`URLSessionTransport`
/// is); any other transport's answer is read whole first.
public protocol StreamingTransport: Transport {
  /// Sends `request` and returns as soon as the status and headers are in; the body follows.
  func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse
}

extension Transport {
  /// Streams through `StreamingTransport.stream` when this transport is one; else sends and wraps the
  /// whole answer.
  public func streamIfPossible(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    if let streaming = self as? any StreamingTransport { return try await streaming.stream(request, to: baseURL) }
    return StreamedResponse(try await send(request, to: baseURL))
  }
}

extension URLSessionTransport: StreamingTransport {
  /// A data task on a session of this transport's configuration, whose delegate passes each chunk on.
  public func stream(_ request: APIRequest, to baseURL: URL) async throws -> StreamedResponse {
    let urlRequest = try urlRequest(request, baseURL: baseURL)
    let delegate = StreamingDelegate()
    let streamingSession = URLSession(configuration: session.configuration, delegate: delegate, delegateQueue: nil)
    let task =
      if let file = request.bodyFile {
        streamingSession.uploadTask(with: urlRequest, fromFile: file.url)
      } else {
        streamingSession.dataTask(with: urlRequest)
      }
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        delegate.start(continuation)
        task.resume()
      }
    } onCancel: {
      task.cancel()
    }
  }
}

/// Resumes with the head once the response arrives, then yields each chunk until the task completes.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  private let lock = NSLock()
  private var head: CheckedContinuation<StreamedResponse, any Error>?
  private let chunks: AsyncThrowingStream<Data, any Error>
  private let input: AsyncThrowingStream<Data, any Error>.Continuation

  override init() {
    (chunks, input) = AsyncThrowingStream<Data, any Error>.makeStream()
  }

  func start(_ continuation: CheckedContinuation<StreamedResponse, any Error>) {
    lock.withLock { head = continuation }
  }

  private func takeHead() -> CheckedContinuation<StreamedResponse, any Error>? {
    lock.withLock {
      defer { head = nil }
      return head
    }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    guard let http = response as? HTTPURLResponse else {
      takeHead()?.resume(throwing: HTTPRequestError.notHTTP)
      completionHandler(.cancel)
      return
    }
    takeHead()?.resume(
      returning: StreamedResponse(status: http.statusCode, headers: URLSessionTransport.headers(of: http), body: chunks)
    )
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    input.yield(data)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    takeHead()?.resume(throwing: error ?? HTTPRequestError.notHTTP)
    if let error { input.finish(throwing: error) } else { input.finish() }
    session.finishTasksAndInvalidate()
  }
}
