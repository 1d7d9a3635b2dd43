import Foundation
import Testing

/// The reader limits through the real executable: each flag changes the outcome, a value below 1 is
/// a usage error, and `--help` documents the defaults.
@Suite struct LimitFlagTests {
  /// `specgen generate <corpus case spec> --output <scratch> --module-name M <flags>`.
  private func generate(_ spec: String, _ flags: [String]) throws -> EmitterFixture.ProcessResult {
    let executable = SpecRootSecurityTests.executable
    try #require(FileManager.default.isExecutableFile(atPath: executable), "build specgen first: \(executable)")
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    return try EmitterFixture.run(
      executable,
      ["generate", BadInputCase.corpusFolder + "/" + spec, "--output", scratch.url("out"), "--module-name", "M"]
        + flags)
  }

  @Test func maxDepthFlagLowersTheLimit() throws {
    let spec = "limit-depth-flag/openapi.yaml"
    #expect(try generate(spec, []).status == 0)
    let limited = try generate(spec, ["--max-depth", "5"])
    #expect(limited.status == 1)
    #expect(limited.output.contains("openapi.yaml:4:25: error: nesting is deeper than the limit of 5 levels"))
  }

  @Test func maxAliasExpansionFlagLowersTheLimit() throws {
    let spec = "limit-alias-flag/openapi.yaml"
    #expect(try generate(spec, []).status == 0)
    let limited = try generate(spec, ["--max-alias-expansion", "10"])
    #expect(limited.status == 1)
    #expect(limited.output.contains("openapi.yaml:5:15: error: aliases expand to more than 10 nodes"))
  }

  @Test func maxInputBytesFlagLowersTheLimit() throws {
    let spec = "limit-size-flag/openapi.yaml"
    #expect(try generate(spec, []).status == 0)
    let limited = try generate(spec, ["--max-input-bytes", "32"])
    #expect(limited.status == 1)
    #expect(limited.output.contains("openapi.yaml:1:1: error: '"))
    #expect(limited.output.contains("openapi.yaml' is 99 bytes, more than the limit of 32"))
  }

  @Test(arguments: ["--max-input-bytes", "--max-depth", "--max-alias-expansion"])
  func limitBelowOneIsAUsageError(_ flag: String) throws {
    let result = try generate("limit-size-flag/openapi.yaml", [flag, "0"])
    #expect(result.status == 2)
    #expect(result.output.contains("\(flag) must be at least 1, not 0"))
  }

  @Test func helpDocumentsTheDefaults() throws {
    let result = try EmitterFixture.run(SpecRootSecurityTests.executable, ["generate", "--help"])
    let help = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("--max-input-bytes <max-input-bytes> Largest spec file read, in bytes. (default: 16777216)"))
    #expect(help.contains("(default: 256)"))
    #expect(help.contains("(default: 100000)"))
  }
}
