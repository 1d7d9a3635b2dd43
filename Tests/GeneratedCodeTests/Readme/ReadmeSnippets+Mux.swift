import Foundation
import Mux
import SpecgenRuntime

extension ReadmeSnippets {
  static func muxClient(tokenId: String, tokenSecret: String) throws -> MuxClient {
    // README: mux-client
    let mux = MuxClient(credentials: .init(accessToken: BasicCredentials(username: tokenId, password: tokenSecret)))
    // README end
    return mux
  }

  static func muxCalls(_ mux: MuxClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: mux-calls
    let created = try await mux.createLiveStream(
      body: CreateLiveStreamRequest(
        playbackPolicy: [.public], newAssetSettings: CreateAssetRequest(playbackPolicy: [.public])))
    print(created.data?.id ?? "", created.data?.streamKey ?? "")
    do {
      _ = try await mux.getLiveStream(liveStreamId: "no-such-stream")
    } catch let error as any HTTPErrorResponse {
      // Mux documents no error answers: the status and the raw body are what there is.
      print(error.status, (try? JSONValue(jsonData: error.body))?["error"]?["messages"] ?? [])
    }
    // README end
  }
}
