import Foundation
import GeneratorPipeline
import SpecgenDiagnostics
import Testing

/// A spec whose file name holds a newline (or another control character) must not forge
/// diagnostic lines, and must not break the ownership header of the files generated from it.
@Suite struct ControlCharacterPathTests {
  static let forgedName = "evil\nforged.yaml:1:1: error: fake\r\u{1B}[31m.yaml"

  @Test func aDiagnosticIsOneLineWhateverTheFileName() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(Self.forgedName, "openapi: 3.1.0\ninfo: [\n")
    let outcome = SpecgenCommands.generate(
      spec: scratch.url(Self.forgedName), output: scratch.url("out"), moduleName: "M", access: .public)
    #expect(outcome.status == .inputError)
    #expect(outcome.standardError.count == 1)
    let line = try #require(outcome.standardError.first)
    #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{1B}"))
    #expect(line.hasPrefix(scratch.url("evil\\nforged.yaml:1:1: error: fake\\r\\u{1B}[31m.yaml:")))
  }

  @Test func theHeaderStaysOneLineAndTheNextRunRecognisesItsFiles() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    try scratch.write(
      Self.forgedName,
      "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
        + "components: {schemas: {Thing: {type: object, properties: {name: {type: string}}}}}\n")
    func run() -> CommandOutcome {
      SpecgenCommands.generate(
        spec: scratch.url(Self.forgedName), output: scratch.url("out"), moduleName: "M", access: .public)
    }
    #expect(run().status == .success)
    let thing = try #require(scratch.read("out/Thing.swift"))
    let header = thing.prefix { $0 != "\n" }
    #expect(header.hasSuffix("evil\\nforged.yaml:1:1: error: fake\\r\\u{1B}[31m.yaml. Do not edit."))
    let second = run()
    #expect(second.status == .success, "\(second.standardError)")
    #expect(second.standardOutput.first?.contains("0 written, 0 removed") == true)
  }

  @Test func escapingCoversC0DelC1AndLineSeparators() {
    #expect("a\tb\u{7F}c\u{85}d\u{2028}e".controlCharactersEscaped == "a\\tb\\u{7F}c\\u{85}d\\u{2028}e")
    #expect("plain – ünïcode".controlCharactersEscaped == "plain – ünïcode")
  }
}
