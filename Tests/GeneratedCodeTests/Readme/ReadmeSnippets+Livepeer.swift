import Foundation
import Livepeer
import SpecgenRuntime

extension ReadmeSnippets {
  static func livepeerClient(apiKey: String) throws -> LivepeerClient {
    // README: livepeer-client
    let livepeer = LivepeerClient(credentials: .init(apiKey: apiKey))
    // README end
    return livepeer
  }

  static func livepeerCalls(_ livepeer: LivepeerClient, output: SnippetOutput) async throws {
    let print = output.print
    // README: livepeer-calls
    let stream = try await livepeer.createStream(body: NewStreamPayload(name: "studio"))
    print(stream.name, stream.streamKey ?? "")
    // `.null` sends `"playbackPolicy": null` (remove the policy); leaving a member out sends nothing.
    try await livepeer.updateStream(id: stream.id ?? "", body: StreamPatchPayload(record: true, playbackPolicy: .null))
    do {
      _ = try await livepeer.getStream(id: "no-such-stream")
    } catch LivepeerClient.GetStreamError.default(let model, let response) {
      print(response.status, model.errors ?? [])  // the `default` error answer, decoded as `ErrorModel`
    }
    // README end
  }

  static func livepeerValidation(output: SnippetOutput) {
    let print = output.print
    // README: livepeer-validation
    let profile = FfmpegProfile(width: 64, name: "tiny", height: 64, bitrate: 1, fps: 0)
    print(profile.violations)  // every broken constraint, with its path, before anything is sent
    // README end
  }
}
