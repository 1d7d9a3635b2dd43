import Foundation
import SpecgenRuntime

/// A transport that records every request and answers from a script: the n-th request gets the
/// n-th answer, and every request past the end gets the last one.
final class RecordingTransport: Transport, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [(request: HTTPRequest, baseURL: URL)] = []
  let answers: [HTTPResponse]

  init(answer: HTTPResponse) {
    self.answers = [answer]
  }

  init(answers: [HTTPResponse]) {
    precondition(!answers.isEmpty, "a recording transport needs at least one answer")
    self.answers = answers
  }

  var requests: [(request: HTTPRequest, baseURL: URL)] {
    lock.withLock { recorded }
  }

  func send(_ request: HTTPRequest, to baseURL: URL) async throws -> HTTPResponse {
    lock.withLock {
      recorded.append((request, baseURL))
      return answers[min(recorded.count, answers.count) - 1]
    }
  }
}

extension HTTPResponse {
  /// A JSON answer with `status`.
  static func json(_ status: Int, _ text: String) -> HTTPResponse {
    HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(text.utf8))
  }
}
