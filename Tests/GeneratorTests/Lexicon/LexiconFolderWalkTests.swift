import Foundation
import GeneratorPipeline
import Testing

/// A lexicon folder walk never skips a file without a word.
@Suite struct LexiconFolderWalkTests {
  @Test func aFileNameThatIsNotUTF8IsReportedNotSkippedSilently() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let lexicon = #"{"lexicon": 1, "id": "com.example.thing", "defs": {"main": {"type": "object"}}}"#
    try scratch.write("lexicons/com/example/thing.json", lexicon)
    // `bad\xFF.json`: a name the file system holds as bytes that are not UTF-8.
    var path = Array(scratch.url("lexicons/com/example/bad").utf8)
    path += [0xFF] + Array(".json".utf8) + [0]
    let descriptor = path.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_CREAT | O_WRONLY, 0o644)
      }
    }
    try #require(descriptor >= 0)
    close(descriptor)
    let outcome = SpecgenCommands.generate(
      spec: scratch.url("lexicons"), output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .success)
    #expect(outcome.standardError.count == 1)
    #expect(
      outcome.standardError.first?.hasPrefix("warning: skipped \(scratch.url("lexicons/com/example/bad"))") == true)
    #expect(outcome.standardError.first?.hasSuffix(".json: its name is not valid UTF-8") == true)
  }
}
