import GeneratorPipeline
import SpecgenDiagnostics
import Testing

@Suite struct ConfigTests {
  private func parse(_ text: String) throws(DiagnosticError) -> SpecgenConfig {
    try SpecgenConfig.parse(Array(text.utf8), file: "specgen.yaml", directory: "repo")
  }

  private func error(_ text: String) -> String? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func readsTargetsWithDefaults() throws {
    let config = try parse(
      """
      targets:
        - spec: specs/livepeer/openapi.yaml
          output: Generated/Livepeer
          module: Livepeer
        - spec: lexicons
          output: Generated/Place
          module: PlaceStream
          access: package
      """)
    #expect(config.directory == "repo")
    #expect(
      config.targets == [
        .init(spec: "specs/livepeer/openapi.yaml", output: "Generated/Livepeer", module: "Livepeer", access: .public),
        .init(spec: "lexicons", output: "Generated/Place", module: "PlaceStream", access: .package),
      ])
  }

  @Test func unknownKeysAreReportedAtTheKey() {
    #expect(
      error("targets:\n  - spec: a.yaml\n    output: Out\n    module: A\n    modul: B\n")
        == "specgen.yaml:5:5: error: unknown key 'modul'; expected one of 'access', 'module', 'namespaces', 'output',"
        + " 'spec'"
        + " (at #/targets/0/modul)")
    #expect(
      error("targets: []\nextra: 1\n")
        == "specgen.yaml:2:1: error: unknown key 'extra'; expected one of 'targets' (at #/extra)")
  }

  @Test func badValuesAreReportedAtTheValue() {
    #expect(
      error("targets:\n  - spec: a.yaml\n    output: Out\n    module: A\n    access: open\n")
        == "specgen.yaml:5:13: error: access must be public, internal or package, not 'open' (at #/targets/0/access)")
    #expect(
      error("targets:\n  - spec: a.yaml\n    output: Out\n    module: 2fast\n")
        == "specgen.yaml:4:13: error: module '2fast' is not a Swift identifier (at #/targets/0/module)")
    #expect(
      error("targets:\n  - spec: [a]\n    output: Out\n    module: A\n")
        == "specgen.yaml:2:11: error: expected a non-empty string, found a sequence (at #/targets/0/spec)")
    #expect(
      error("targets: {spec: a}\n") == "specgen.yaml:1:10: error: expected a list, found a mapping (at #/targets)")
  }

  @Test func namespacesAreNSIDPrefixesCheckedAtTheEntry() throws {
    let config = try parse(
      "targets:\n  - spec: lexicons\n    output: Out\n    module: A\n    namespaces: [place.stream, com.example-x.app]\n"
    )
    #expect(config.targets.map(\.namespaces) == [["place.stream", "com.example-x.app"]])
    #expect(
      error("targets:\n  - spec: lexicons\n    output: Out\n    module: A\n    namespaces: [place.stream, place..x]\n")
        == "specgen.yaml:5:32: error: namespace 'place..x' is not an NSID prefix: dot-separated segments of letters,"
        + " digits and '-' (at #/targets/0/namespaces/1)")
    // As in an NSID, the first segment does not start with a digit.
    #expect(
      error("targets:\n  - spec: lexicons\n    output: Out\n    module: A\n    namespaces: [1place.stream]\n")
        == "specgen.yaml:5:18: error: namespace '1place.stream' is not an NSID prefix: dot-separated segments of"
        + " letters, digits and '-' (at #/targets/0/namespaces/0)")
    #expect(
      error("targets:\n  - spec: lexicons\n    output: Out\n    module: A\n    namespaces: place.stream\n")
        == "specgen.yaml:5:17: error: expected a list, found a string (at #/targets/0/namespaces)")
  }

  @Test func missingAndDuplicateEntriesAreErrors() {
    #expect(
      error("targets:\n  - spec: a.yaml\n    module: A\n")
        == "specgen.yaml:2:5: error: missing 'output' (at #/targets/0)")
    #expect(
      error("{}\n") == "specgen.yaml:1:1: error: missing 'targets': the config lists the specs to generate (at #)")
    #expect(
      error("targets: []\n") == "specgen.yaml:1:10: error: 'targets' is empty: list at least one spec (at #/targets)")
    #expect(
      error(
        """
        targets:
          - {spec: a.yaml, output: Out, module: A}
          - {spec: b.yaml, output: ./Out/, module: B}
        """)
        == "specgen.yaml:3:5: error: two targets write to './Out/'; each needs its own output folder (at #/targets/1)")
  }

  @Test func syntaxErrorsComeFromTheReaderWithAPosition() {
    let message = error("targets:\n  - spec: [unclosed\n")
    #expect(message?.hasPrefix("specgen.yaml:") == true)
    #expect(message?.contains(": error: ") == true)
  }

  @Test func aMissingConfigFileIsAnInputError() {
    #expect(throws: DiagnosticError.self) { try SpecgenConfig.load(path: "/nonexistent/specgen.yaml") }
  }
}
