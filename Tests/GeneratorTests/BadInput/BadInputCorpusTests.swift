import Foundation
import GeneratorPipeline
import SwiftEmitter
import Testing

/// Runs every corpus case through `specgen generate` (as `SpecgenCommands.generate`) into an output
/// folder that already holds a foreign file and a specgen-owned file, and checks the exit status,
/// every line of standard error, that a failure leaves the folder byte-identical, and that a legal
/// case's output type-checks against the runtime.
@Suite struct BadInputCorpusTests {
  @Test func corpusHasAtLeastFortyCases() {
    #expect(BadInputCase.all.count >= 40)
  }

  @Test(arguments: BadInputCase.all)
  func badInput(_ testCase: BadInputCase) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let caseFolder = scratch.url("case")
    try FileManager.default.copyItem(atPath: BadInputCase.corpusFolder + "/" + testCase.name, toPath: caseFolder)
    for generator in testCase.generated {
      try generator.write(into: caseFolder)
    }
    try scratch.write("out/keep.txt", "a file specgen did not write\n")
    try scratch.write("out/Old.swift", owned("struct Old {}\n", spec: testCase.spec))
    for hazard in testCase.outputHazards { try hazard.plant(in: scratch.url("out")) }
    let before = try scratch.snapshot("out")

    let outcome = SpecgenCommands.generate(
      spec: caseFolder + "/" + testCase.spec, output: scratch.url("out"), moduleName: "CorpusCase", access: .public,
      limits: testCase.limits)

    let standardError = outcome.standardError.map {
      $0.replacingOccurrences(of: caseFolder + "/", with: "").replacingOccurrences(of: scratch.url("out"), with: "out")
    }
    #expect(outcome.status.rawValue == testCase.status)
    #expect(standardError == testCase.standardError)
    let after = try scratch.snapshot("out")
    guard outcome.status == .success else {
      #expect(after == before, "a failed run changed the output folder")
      return
    }
    for (path, contents) in before where path != "Old.swift" {
      #expect(after[path] == contents, "\(path) is not specgen's and must be left alone")
    }
    #expect(after["Old.swift"] == nil, "the stale owned file is removed")
    guard testCase.compiles else { return }
    let files = after.filter { $0.key.hasSuffix(".swift") }.map { EmittedFile(path: $0.key, contents: $0.value) }
    #expect(!files.isEmpty)
    let result = try EmitterFixture.typecheck(files, moduleName: "CorpusCase")
    #expect(result.status == 0, "\(result.output)")
  }
}
