import Foundation
import LexiconFrontEnd
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import Testing

/// Which files an input path reads: folders, the layout lookup for references, links and bad files.
@Suite struct LexiconInputTests {
  @Test func referencesOutsideAnInputFolderAreReadFromTheLayoutRoot() throws {
    let module = try LexiconFixture.translate(
      [
        "lexicons/com/example/feed/get.json": LexiconFixture.lexicon(
          "com.example.feed.get",
          #""main": {"type": "query", "output": {"encoding": "application/json", "schema": {"type": "ref", "ref": "com.example.defs#view"}}}"#
        ),
        "lexicons/com/example/defs.json": LexiconFixture.lexicon(
          "com.example.defs", #""view": {"type": "object", "properties": {}}"#),
      ], input: "lexicons/com/example/feed"
    ).module
    #expect(module.declarations.map(\.id.rawValue) == ["com.example.defs#view"])
    #expect(
      module.operation("com.example.feed.get")?.responses.first?.contents.first?.type
        == .named(TypeID("com.example.defs#view")))
  }

  @Test func symbolicLinkLeavingTheRootIsSkippedWithAWarning() throws {
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    let target = outside.appendingPathComponent("secret.json")
    try LexiconFixture.lexicon("com.example.secret", #""main": {"type": "token"}"#)
      .write(to: target, atomically: true, encoding: .utf8)

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-root-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try LexiconFixture.lexicon("com.example.thing", #""main": {"type": "token"}"#)
      .write(to: root.appendingPathComponent("thing.json"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("secret.json"), withDestinationURL: target)

    let result = try LexiconTranslator.translate(path: "", loader: DocumentLoader(root: root.path))
    #expect(result.module.constants.map(\.id.rawValue) == ["com.example.thing#main"])
    #expect(result.warnings.count == 1)
    #expect(result.warnings.first?.message.contains("symbolic link leaving the spec root") == true)
  }

  @Test func malformedJSONIsAnErrorNotACrash() throws {
    let failure = try #require(
      LexiconFixture.error(["bad.json": #"{"lexicon": 1, "id": "com.example.bad", "defs": {"#]))
    #expect(failure.diagnostics.first?.severity == .error)
    #expect(failure.diagnostics.first?.location?.file.hasSuffix("bad.json") == true)
  }

  @Test func ofManyFilesThatDoNotParseTheFirstInPathOrderIsReported() throws {
    // Files are parsed on every core before the catalog reads them in order: the error is still the
    // first file's, every time.
    var files: [String: String] = [:]
    for index in 0..<40 {
      let name = String(format: "com/example/f%02d.json", index)
      files[name] = LexiconFixture.lexicon("com.example.f\(index)", #""main": {"type": "token"}"#)
    }
    files["com/example/f17.json"] = #"{"lexicon": 1, "id": "com.example.f17", "defs": "#
    files["com/example/f31.json"] = #"{"lexicon": 1, "id": "com.example.f31", "defs": {]}"#
    for _ in 0..<5 {
      let failure = try #require(LexiconFixture.error(files))
      #expect(failure.diagnostics.count == 1)
      #expect(failure.diagnostics.first?.location?.file.hasSuffix("/com/example/f17.json") == true)
    }
  }

  @Test func wrongKindsOfNodesArePositionedErrors() throws {
    let failure = try #require(LexiconFixture.error(["a.json": "[1, 2]"]))
    #expect(failure.diagnostics.first?.message.contains("expected a lexicon document (an object)") == true)
    let properties = try #require(
      LexiconFixture.error([
        "com/example/a.json": LexiconFixture.lexicon(
          "com.example.a", #""main": {"type": "object", "properties": ["x"]}"#)
      ]))
    #expect(properties.diagnostics.first?.path == "#/defs/main/properties")
  }
}
