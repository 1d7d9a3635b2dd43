import Foundation
import HTTPTypes
import SpecgenRuntime

/// A transport that records every request and answers from a script: the n-th request gets the
/// n-th answer, and every request past the end gets the last one.
final class RecordingTransport: Transport, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [(request: APIRequest, baseURL: URL)] = []
  let answers: [APIResponse]

  init(answer: APIResponse) {
    self.answers = [answer]
  }

  init(answers: [APIResponse]) {
    precondition(!answers.isEmpty, "a recording transport needs at least one answer")
    self.answers = answers
  }

  var requests: [(request: APIRequest, baseURL: URL)] {
    lock.withLock { recorded }
  }

  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {
    lock.withLock {
      recorded.append((request, baseURL))
      return answers[min(recorded.count, answers.count) - 1]
    }
  }
}

extension APIResponse {
  /// A JSON answer with `status`.
  static func json(_ status: Int, _ text: String) -> APIResponse {
    APIResponse(status: status, headers: [.contentType: "application/json"], body: Data(text.utf8))
  }
}
