import Foundation
import SpecgenRuntime

extension ReadmeSnippets {
  static func streamedEvents(_ bytes: AsyncStream<UInt8>, output: SnippetOutput) async throws {
    let print = output.print
    // README: streamed-events
    for try await event in StreamingResponse.events(bytes) {  // any AsyncSequence of bytes, read as it arrives
      print(event.event, event.id ?? "-", event.data)
    }
    // README end
  }
}
