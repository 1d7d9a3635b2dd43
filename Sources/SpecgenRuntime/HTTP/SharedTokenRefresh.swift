import Foundation

/// One refresh for every request the server rejected with the same token.
///
/// When a token expires, every call in flight is rejected at about the same time. Refreshing once per
/// call would hammer the token endpoint and, where refresh tokens are single-use (AT Protocol
/// sessions, OAuth 2 with rotation), make all but the first refresh fail. So a refresh is keyed by the
/// token that was rejected: a call rejected with a token whose refresh is running waits for it, and
/// one rejected with a token already refreshed away from (its answer arrived late) takes the new token
/// without asking again. A call rejected with the new token starts the next refresh.
///
/// A refresh that failed or gave up (nil) is forgotten once it ends, so the next rejection asks the
/// provider again instead of repeating the failure forever; calls that were already waiting for it
/// share its outcome.
actor SharedTokenRefresh {
  /// The latest refresh: the token it replaces and the task fetching its successor.
  private var latest: (rejected: String?, task: Task<String?, any Error>)?

  /// The token that replaces `rejected`, refreshing through `tokens` unless a refresh for it is
  /// running or has already succeeded.
  func token(replacing rejected: String?, from tokens: any AccessTokenProvider) async throws -> String? {
    if let latest, latest.rejected == rejected { return try await latest.task.value }
    // An unstructured task, so the refresh a caller started outlives that caller's cancellation: the
    // others waiting for it still get their token.
    let task = Task { try await tokens.refreshedAccessToken() }
    latest = (rejected, task)
    do {
      let token = try await task.value
      if token == nil { forget(task) }
      return token
    } catch {
      forget(task)
      throw error
    }
  }

  /// Drops `task` if it is still the latest refresh (a newer one is kept).
  private func forget(_ task: Task<String?, any Error>) {
    if latest?.task == task { latest = nil }
  }
}
