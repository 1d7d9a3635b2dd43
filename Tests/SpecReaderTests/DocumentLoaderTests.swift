import Foundation
import SpecgenDiagnostics
import Testing

@testable import SpecReader

/// A fresh temporary folder holding `spec/` (the root) and a sibling `outside/`, removed afterwards.
final class LoaderSandbox {
  let base: URL
  var root: String { base.appendingPathComponent("spec").path }

  init() throws {
    base = FileManager.default.temporaryDirectory.appendingPathComponent("specreader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("spec/schemas"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("outside"), withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: base) }

  func write(_ relative: String, _ text: String) throws {
    try Data(text.utf8).write(to: base.appendingPathComponent(relative))
  }

  func link(_ relative: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: base.appendingPathComponent(relative).path, withDestinationPath: destination)
  }
}

private func loadDiagnostic(_ loader: DocumentLoader, _ path: String) -> Diagnostic? {
  do {
    _ = try loader.load(path)
    return nil
  } catch {
    return error.diagnostics.first
  }
}

@Suite struct DocumentLoaderTests {
  @Test func loadsRelativePathsAndNamesThemForDiagnostics() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/schemas/pet.yaml", "type: object\nproperties:\n  name: {type: string}\n")
    let loader = DocumentLoader(root: sandbox.root)
    let node = try loader.load("schemas/pet.yaml")
    #expect(node["properties"]?["name"]?.location.file == sandbox.root + "/schemas/pet.yaml")
    #expect(node["properties"]?["name"]?.location.line == 3)
  }

  @Test func displayPathJoinsTheRootAsTheUserWroteIt() {
    #expect(DocumentLoader(root: "specs/livepeer").displayPath(for: "openapi.yaml") == "specs/livepeer/openapi.yaml")
    #expect(DocumentLoader(root: "specs/livepeer/").displayPath(for: "./a/../b.yaml") == "specs/livepeer/b.yaml")
    #expect(DocumentLoader(root: ".").displayPath(for: "openapi.yaml") == "openapi.yaml")
  }

  @Test func cacheReturnsTheSameNodeForTheSamePath() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/a.yaml", "a: 1\n")
    let loader = DocumentLoader(root: sandbox.root)
    let first = try loader.load("a.yaml")
    try sandbox.write("spec/a.yaml", "changed: 2\n")
    #expect(try loader.load("a.yaml") === first)
    #expect(try loader.load("./schemas/../a.yaml") === first)
  }

  @Test func concurrentLoadsShareOneNode() async throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/a.json", "{\"a\": [1, 2, 3]}")
    let loader = DocumentLoader(root: sandbox.root)
    let nodes = try await withThrowingTaskGroup(of: Node.self) { group in
      for _ in 0..<8 { group.addTask { try loader.load("a.json") } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(nodes.count == 8)
    #expect(nodes.allSatisfy { $0 === nodes[0] })
  }

  @Test func contentNotExtensionPicksTheReader() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/a.yaml", "  {\"a\": \"x\"}")
    let node = try DocumentLoader(root: sandbox.root).load("a.yaml")
    #expect(node["a"]?.scalar?.style == .doubleQuoted)
  }

  @Test func refusesPathsClimbingOutOfTheRoot() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("outside/secret.yaml", "secret: 1\n")
    let loader = DocumentLoader(root: sandbox.root)
    for path in ["../outside/secret.yaml", "schemas/../../outside/secret.yaml", ".."] {
      let diagnostic = try #require(loadDiagnostic(loader, path), "\(path)")
      #expect(diagnostic.message == "refusing to read '\(path)': outside the spec root")
    }
  }

  @Test func refusesAbsolutePaths() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/a.yaml", "a: 1\n")
    let path = sandbox.root + "/a.yaml"
    let diagnostic = try #require(loadDiagnostic(DocumentLoader(root: sandbox.root), path))
    #expect(diagnostic.message == "refusing to read '\(path)': outside the spec root")
  }

  @Test func refusesASymlinkPointingOutsideEvenIfItsTargetIsMissing() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.link("spec/leak.yaml", to: sandbox.base.appendingPathComponent("outside/missing.yaml").path)
    try sandbox.link("spec/relative-leak.yaml", to: "../outside/missing.yaml")
    let loader = DocumentLoader(root: sandbox.root)
    #expect(loadDiagnostic(loader, "leak.yaml")?.message == "refusing to read 'leak.yaml': outside the spec root")
    #expect(loadDiagnostic(loader, "relative-leak.yaml")?.message.hasPrefix("refusing to read") == true)
  }

  @Test func refusesASymlinkedFolderPointingOutside() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("outside/secret.yaml", "secret: 1\n")
    try sandbox.link("spec/shared", to: sandbox.base.appendingPathComponent("outside").path)
    let diagnostic = try #require(loadDiagnostic(DocumentLoader(root: sandbox.root), "shared/secret.yaml"))
    #expect(diagnostic.message == "refusing to read 'shared/secret.yaml': outside the spec root")
  }

  @Test func followsSymlinksThatStayInside() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/schemas/real.yaml", "ok: true\n")
    try sandbox.link("spec/alias.yaml", to: "schemas/real.yaml")
    let node = try DocumentLoader(root: sandbox.root).load("alias.yaml")
    #expect(node["ok"]?.scalar?.resolved == .bool(true))
  }

  @Test func missingFileIsADiagnostic() throws {
    let sandbox = try LoaderSandbox()
    let loader = DocumentLoader(root: sandbox.root)
    let diagnostic = try #require(loadDiagnostic(loader, "schemas/none.yaml"))
    #expect(diagnostic.message == "cannot read '\(sandbox.root)/schemas/none.yaml': no such file")
    #expect(loadDiagnostic(loader, "nofolder/none.yaml")?.message.hasSuffix("no such file") == true)
  }

  @Test func parseErrorsNameTheDisplayPath() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/bad.yaml", "a: 1\na: 2\n")
    let diagnostic = try #require(loadDiagnostic(DocumentLoader(root: sandbox.root), "bad.yaml"))
    #expect(
      diagnostic.location == SpecgenDiagnostics.SourceLocation(file: sandbox.root + "/bad.yaml", line: 2, column: 1))
  }

  @Test func oversizedFileIsRefusedBeforeReading() throws {
    let sandbox = try LoaderSandbox()
    try sandbox.write("spec/big.yaml", String(repeating: "# padding\n", count: 20))
    let loader = DocumentLoader(root: sandbox.root, limits: ReaderLimits(maxInputBytes: 100))
    let diagnostic = try #require(loadDiagnostic(loader, "big.yaml"))
    #expect(diagnostic.message.hasSuffix("is 200 bytes, more than the limit of 100"))
  }

  @Test func aFolderIsNotADocument() throws {
    let sandbox = try LoaderSandbox()
    let diagnostic = try #require(loadDiagnostic(DocumentLoader(root: sandbox.root), "schemas"))
    #expect(diagnostic.message.hasSuffix("not a regular file"))
  }
}
