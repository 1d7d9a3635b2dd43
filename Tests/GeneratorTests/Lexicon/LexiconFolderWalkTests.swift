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

  @Test func linksInsideTheRootAreReadByTheirOwnPathsAndALinkedFolderIsNotWalkedTwice() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let thing = #"{"lexicon": 1, "id": "com.example.thing", "defs": {"main": {"type": "object"}}}"#
    let other = #"{"lexicon": 1, "id": "com.example.other", "defs": {"main": {"type": "object"}}}"#
    try scratch.write("lexicons/com/example/thing.json", thing)
    // Not `*.json`, so the walk reaches it only through the link.
    try scratch.write("lexicons/stored/other.lexicon", other)
    let lexicons = scratch.url("lexicons")
    // A link to a file inside the root is read; a link to a folder (here, back up the tree) is not
    // entered; a dangling link is reported.
    try FileManager.default.createSymbolicLink(
      atPath: lexicons + "/com/example/other.json", withDestinationPath: "../../stored/other.lexicon")
    try FileManager.default.createSymbolicLink(atPath: lexicons + "/com/loop.json", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: lexicons + "/com/gone.json", withDestinationPath: "nowhere.json")
    let outcome = SpecgenCommands.generate(
      spec: lexicons, output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .success, "\(outcome.standardError)")
    #expect(
      outcome.standardError == [
        "warning: skipped \(try #require(realPath(lexicons)))/com/gone.json: a symbolic link that leads nowhere (or in a loop)"
      ])
    let generated = try FileManager.default.contentsOfDirectory(atPath: scratch.url("out")).sorted()
    // Walking `com/loop.json` would have read `thing.json` twice, an error ("defined twice").
    #expect(generated == ["ComExample.Other.swift", "ComExample.Thing.swift", "ComExample.swift"])
  }

  private func realPath(_ path: String) -> String? {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
