import Foundation
import Livepeer
import SpecgenRuntime

extension ReadmeSnippets {
  static func middlewareStack(
    accessToken: @escaping @Sendable () async -> String, refreshToken: @escaping @Sendable () async throws -> String,
    output: SnippetOutput
  ) throws -> LivepeerClient {
    let print: @Sendable (TransportLogEntry) -> Void = { output.print($0) }
    // README: middleware-stack
    let tokens = AccessTokens(current: { await accessToken() }, refresh: { try await refreshToken() })
    let transport = URLSessionTransport()
      .retrying(RetryPolicy(maxAttempts: 4))  // repeatable requests after 408, 429, 502-504, a dropped connection
      .authorized(by: tokens)  // Authorization: Bearer <token>; refreshed once, and the call resent, after a 401
      .logging { print($0) }  // GET /stream/abc [getStream] → 200 in 85 ms
    let livepeer = LivepeerClient(transport: transport)
    // README end
    return livepeer
  }
}
