import Foundation
import SpecgenRuntime
import YouTube

extension ReadmeSnippets {
  static func youTubeClient(accessToken: String) throws -> YouTubeClient {
    // README: youtube-client
    let youtube = YouTubeClient(credentials: .init(oauth2: accessToken))  // or .init(apiKey: key)
    // README end
    return youtube
  }

  static func youTubeCalls(_ youtube: YouTubeClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: youtube-calls
    let broadcast = LiveBroadcast(
      id: "b1",
      snippet: LiveBroadcastSnippet(scheduledStartTime: DateTime(rawValue: "2026-12-06T20:00:00Z"), title: "Studio"),
      status: LiveBroadcastStatus(privacyStatus: .unlisted))
    // PUT https://youtube.googleapis.com/youtube/v3/liveBroadcasts?part=snippet&part=status
    let updated = try await youtube.liveBroadcasts.update(part: ["snippet", "status"], body: broadcast)
    print(updated.id ?? "", updated.status?.privacyStatus?.rawValue ?? "none")
    // README end
  }
}
