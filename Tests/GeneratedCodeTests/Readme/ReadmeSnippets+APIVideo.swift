import APIVideo
import Foundation
import SpecgenRuntime

extension ReadmeSnippets {
  static func apiVideoClient(apiKey: String) throws -> APIVideoClient {
    // README: apivideo-client
    let apiVideo = try APIVideoClient(credentials: .init(apiKey: BasicCredentials(username: apiKey, password: "")))
    // README end
    return apiVideo
  }

  static func apiVideoCalls(_ apiVideo: APIVideoClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: apivideo-calls
    let live = try await apiVideo.postLiveStreams(body: LiveStreamCreationPayload(name: "studio", public: true))
    print(live.liveStreamId, live.streamKey ?? "")
    do {
      _ = try await apiVideo.getLiveStreamsLiveStreamId(liveStreamId: "no-such-stream")
    } catch let error as APIError<TooManyRequests> {
      // 429 is the one error status this operation documents: `model` is decoded for it alone.
      print(error.status, error.model?.title ?? "undocumented status")
    }
    // README end
  }
}
