import Foundation
import SpecgenRuntime

/// A transport that records every request and answers with a fixed response.
final class RecordingTransport: Transport, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [(request: HTTPRequest, baseURL: URL)] = []
  let answer: HTTPResponse

  init(answer: HTTPResponse) {
    self.answer = answer
  }

  var requests: [(request: HTTPRequest, baseURL: URL)] {
    lock.withLock { recorded }
  }

  func send(_ request: HTTPRequest, to baseURL: URL) async throws -> HTTPResponse {
    lock.withLock { recorded.append((request, baseURL)) }
    return answer
  }
}
