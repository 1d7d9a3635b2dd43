import FrontEndSupport
import SpecgenDiagnostics
import Testing

/// One sink per translation, warnings in the order they were found.
@Suite struct DiagnosticSinkTests {
  @Test func keepsTheOrderOfReports() throws {
    let root = try FrontEndSupportFixture.document("a: 1\nb: 2\n")
    let sink = DiagnosticSink()
    sink.warn("second key", at: try #require(root["b"]))
    sink.report(Diagnostic(.note, "unpositioned", at: nil))
    sink.warn("first key", at: try #require(root["a"]))
    #expect(
      sink.diagnostics.map(\.description) == [
        "spec.yaml:2:4: warning: second key (at #/b)", "note: unpositioned",
        "spec.yaml:1:4: warning: first key (at #/a)",
      ])
  }

  /// A lexicon whose id disagrees with its path (the catalog warns) and that uses an unknown field type
  /// (the type translator warns): both in one list, in the order the translation met them.
  @Test func aTranslationReportsEveryPartsWarningsInReadingOrder() throws {
    let lexicon = LexiconFixture.lexicon(
      "com.example.other",
      #""main": {"type": "object", "properties": {"a": {"type": "future"}, "b": {"type": "string"}}, "required": ["c"]}"#
    )
    let result = try LexiconFixture.translate([LexiconFixture.path("com.example.thing"): lexicon])
    #expect(
      result.warnings.map(\.message) == [
        "lexicon id 'com.example.other' does not match its path 'com/example/thing.json' (expected it at "
          + "…/com/example/other.json); the id is used",
        "unknown field type 'future' is read as any JSON value",
        "required property 'c' is not among the properties",
      ])
  }
}
