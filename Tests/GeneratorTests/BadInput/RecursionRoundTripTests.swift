import Foundation
import GeneratorPipeline
import SwiftEmitter
import Testing

/// Legal recursion from the corpus (a tree node holding its children and its parent, mutually
/// recursive objects, recursion through arrays and through `oneOf`, a Lexicon object holding itself
/// through an array and a union) compiles into a program that decodes sample JSON, encodes it back
/// byte for byte (sorted keys), and decodes that to an equal value.
@Suite struct RecursionRoundTripTests {
  static let roundTripFunction = """
    import Foundation

    func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ json: String) {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      do {
        let value = try JSONDecoder().decode(T.self, from: Data(json.utf8))
        let encoded = try encoder.encode(value)
        let again = try JSONDecoder().decode(T.self, from: encoded)
        let text = String(decoding: encoded, as: UTF8.self)
        print(text == json && again == value ? "ok" : "mismatch: \\(text)")
      } catch {
        print("error: \\(error)")
      }
    }

    """

  @Test func openAPIRecursionRoundTrips() throws {
    let samples = [
      ##"roundTrip(TreeNode.self, #"{"children":[{"children":[],"name":"leaf"}],"name":"root","parent":{"name":"up"}}"#)"##,
      ##"roundTrip(Left.self, #"{"right":{"left":{"right":{"left":{}}}}}"#)"##,
      ##"roundTrip(Expression.self, #"{"terms":[{"value":1},{"terms":[{"value":2},{"value":3}]}]}"#)"##,
      ##"roundTrip(Sum.self, #"{"terms":[]}"#)"##,
    ]
    let output = try run(corpusCase: "legal-recursion", spec: "openapi.yaml", samples: samples)
    #expect(output == Array(repeating: "ok", count: samples.count))
  }

  @Test func lexiconRecursionRoundTrips() throws {
    let samples = [
      ##"roundTrip(ComExample.Tree.self, #"{"$type":"com.example.tree","children":[{"$type":"com.example.tree","label":"kid"}],"label":"root"}"#)"##,
      ##"roundTrip(ComExample.Tree.self, #"{"$type":"com.example.tree","label":"a","leaf":{"$type":"com.example.tree#leaf","value":7}}"#)"##,
      ##"roundTrip(ComExample.Tree.self, #"{"$type":"com.example.tree","label":"a","leaf":{"$type":"com.example.tree","label":"b"}}"#)"##,
    ]
    let output = try run(corpusCase: "lexicon-legal-recursive", spec: "lexicons", samples: samples)
    #expect(output == Array(repeating: "ok", count: samples.count))
  }

  /// A union wider than `maxSwitchedVariants` encodes through its `if case` chain: first, last and
  /// a middle variant round-trip.
  @Test func wideUnionRoundTrips() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let width = 300
    try InputGenerator("wide-oneof openapi.yaml \(width)").write(into: scratch.path)
    let samples = [0, 150, width - 1].map { index in
      ##"roundTrip(Wide.self, #"{"v"## + "\(index)" + ##"":7}"#)"##
    }
    let output = try run(folder: scratch.path, spec: "openapi.yaml", samples: samples)
    #expect(output == Array(repeating: "ok", count: samples.count))
  }

  /// Renders the corpus case, compiles it with the samples as `main.swift`, and returns the printed lines.
  private func run(corpusCase: String, spec: String, samples: [String]) throws -> [String] {
    try run(folder: BadInputCase.corpusFolder + "/" + corpusCase, spec: spec, samples: samples)
  }

  private func run(folder: String, spec: String, samples: [String]) throws -> [String] {
    let target = SpecgenConfig.Target(spec: spec, output: "unused", module: "Models")
    let rendered = try Generator().render(target, relativeTo: folder)
    let files = rendered.files.map { EmittedFile(path: $0.key, contents: $0.value) }
    let main = Self.roundTripFunction + samples.joined(separator: "\n") + "\n"
    let result = try EmitterFixture.compileAndRun(files, main: main)
    return result.output.split(separator: "\n").map(String.init)
  }
}
