import Foundation
import Testing

/// The generator links `FoundationEssentials`, never the full Foundation: one `import Foundation` in
/// any of its modules links ICU and its data into the statically linked `specgen` (82 MB instead of
/// 33 MB, and about 2 ms more start-up on every run).
@Suite struct FoundationImportTests {
  /// The runtime and the transports ship in users' apps, where Foundation is what they use.
  static let runtimeModules: Set<String> = ["SpecgenRuntime", "SpecgenOpenAPITransport", "SpecgenWebSocketTransport"]

  @Test func generatorModulesImportFoundationOnlyWhereFoundationEssentialsIsMissing() throws {
    let sources = EmitterFixture.packageRoot.appendingPathComponent("Sources").path
    var checked = 0
    var offending: [String] = []
    for module in try FileManager.default.contentsOfDirectory(atPath: sources).sorted()
    where !Self.runtimeModules.contains(module) {
      let folder = sources + "/" + module
      for file in FileManager.default.subpaths(atPath: folder) ?? [] where file.hasSuffix(".swift") {
        let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
          .split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.trimmingCharacters(in: .whitespaces) }
        checked += 1
        for (index, line) in lines.enumerated()
        where line.hasPrefix("import Foundation") || line.contains(" import Foundation") {
          // The one allowed shape: `#if canImport(FoundationEssentials)`, its import, `#else`, `import Foundation`.
          let guarded =
            line == "import Foundation" && index >= 3 && lines[index - 1] == "#else"
            && lines[index - 2] == "import FoundationEssentials"
            && lines[index - 3] == "#if canImport(FoundationEssentials)"
          if !guarded && line != "import FoundationEssentials" { offending.append("\(module)/\(file):\(index + 1)") }
        }
      }
    }
    #expect(checked > 100)
    #expect(offending == [])
  }
}
