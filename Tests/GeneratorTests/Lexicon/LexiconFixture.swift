import Foundation
import LexiconFrontEnd
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Writes small lexicon files to a temporary folder and runs the Lexicon front end on them.
enum LexiconFixture {
  /// Writes `files` (root-relative path → JSON text) and translates `input` (a file or folder; `""` is the root).
  /// `namespaces` selects the lexicons translated in full (see `LexiconTranslator.translate`).
  static func translate(_ files: [String: String], input: String = "", namespaces: [String] = []) throws
    -> TranslationResult
  {
    try translate(files, input: input, namespaces: namespaces, times: 1)[0]
  }

  /// Translates the same written files `times` times, for determinism checks.
  static func translate(
    _ files: [String: String], input: String = "", namespaces: [String] = [], times: Int
  ) throws -> [TranslationResult] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-lexicon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return try (0..<times).map { _ in
      try LexiconTranslator.translate(path: input, loader: DocumentLoader(root: folder.path), namespaces: namespaces)
    }
  }

  /// A lexicon file with `id` and the given `defs` object body (JSON members, without braces).
  static func lexicon(_ id: String, _ defs: String, version: String = "1") -> String {
    """
    {
      "lexicon": \(version),
      "id": "\(id)",
      "defs": {
        \(defs)
      }
    }
    """
  }

  /// `place.stream.x` → `place/stream/x.json`, the conventional layout.
  static func path(_ nsid: String) -> String {
    nsid.split(separator: ".").joined(separator: "/") + ".json"
  }

  /// Translates one lexicon laid out by its NSID.
  static func single(_ id: String, _ defs: String) throws -> TranslationResult {
    try translate([path(id): lexicon(id, defs)])
  }

  /// The error a translation throws, or `nil` when it succeeds.
  static func error(_ files: [String: String], input: String = "") -> DiagnosticError? {
    do {
      _ = try translate(files, input: input)
      return nil
    } catch let error as DiagnosticError {
      return error
    } catch {
      return DiagnosticError("unexpected error \(error)", at: nil)
    }
  }

  /// `specs/place.stream/lexicons`: every place.stream lexicon and the ones they reference.
  static let corpusFolder = TranslationFixture.packageRoot.appendingPathComponent("specs/place.stream/lexicons")

  /// The seed procedure and the lexicons that make it meaningful (`Tests/Fixtures/place-stream-seed`).
  static let seedFolder = TranslationFixture.fixturesFolder.appendingPathComponent("place-stream-seed")
}

extension SchemaModule {
  func enumeration(_ id: String) -> EnumerationType? {
    guard case .enumeration(let enumeration)? = declaration(named: id)?.kind else { return nil }
    return enumeration
  }

  func alias(_ id: String) -> TypeReference? {
    guard case .alias(let type)? = declaration(named: id)?.kind else { return nil }
    return type
  }

  func operation(_ name: String) -> SchemaIR.Operation? {
    operations.first { $0.name == name }
  }
}
