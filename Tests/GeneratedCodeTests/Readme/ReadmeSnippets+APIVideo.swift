import APIVideo
import Foundation
import SpecgenRuntime

extension ReadmeSnippets {
  static func apiVideoClient(apiKey: String) throws -> APIVideoClient {
    // README: apivideo-client
    let apiVideo = APIVideoClient(credentials: .init(apiKey: BasicCredentials(username: apiKey, password: "")))
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
    } catch APIVideoClient.GetLiveStreamsLiveStreamIdError.tooManyRequests(let problem, _) {
      print("slow down:", problem.title ?? "")  // 429, the status this operation documents
    } catch let error as any HTTPErrorResponse {
      // Every operation's error is an HTTPErrorResponse; an undocumented 404 is `unexpected`, body kept.
      print(error.status, error.isDocumented, error.body.count)
    }
    // README end
  }

  static func apiVideoUpload(_ apiVideo: APIVideoClient, movieURL: URL, output: SnippetOutput) async throws {
    let print = output.print
    // README: apivideo-upload
    let movie = try FileUpload(contentsOf: movieURL, contentType: "video/mp4")  // filename: the URL's last component
    let video = try await apiVideo.postVideosVideoIdSource(
      videoId: "vi4k0jvEUuaTdRAEjQ4Jfrgz", body: VideoUploadPayload(file: movie))
    print(video.videoId, video.title ?? "")
    // README end
  }

  static func apiVideoHeaders(_ apiVideo: APIVideoClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: apivideo-headers
    let (videos, rate) = try await apiVideo.listVideosWithHeaders(pageSize: 10)
    print(videos.data.count, rate.xRateLimitRemaining ?? 0, rate.xRateLimitRetryAfter ?? 0)
    // README end
  }
}
