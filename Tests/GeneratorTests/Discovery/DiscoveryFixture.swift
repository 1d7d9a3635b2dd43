import DiscoveryFrontEnd
import Foundation
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter

/// Writes small Discovery documents to a temporary folder and runs the Discovery front end on them.
enum DiscoveryFixture {
  /// Translates `json` saved as `discovery.json`.
  static func translate(_ json: String) throws -> TranslationResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try json.write(to: folder.appendingPathComponent("discovery.json"), atomically: true, encoding: .utf8)
    return try DiscoveryTranslator.translate(path: "discovery.json", loader: DocumentLoader(root: folder.path))
  }

  /// A document with `members` (JSON object members, without braces) after the required header.
  static func document(_ members: String) -> String {
    """
    {
      "discoveryVersion": "v1",
      "rootUrl": "https://api.example.com/",
      "servicePath": "demo/v1/",
      \(members)
    }
    """
  }

  /// The error a translation throws, rendered as the CLI prints it.
  static func error(_ json: String) -> String? {
    do {
      _ = try translate(json)
      return nil
    } catch let error as DiagnosticError {
      return error.description
    } catch {
      return "unexpected error \(error)"
    }
  }

  /// The emitted files of `json` as module `Demo`.
  static func emit(_ json: String) throws -> [EmittedFile] {
    SwiftEmitter(options: EmitterOptions(moduleName: "Demo")).emit(try translate(json).module)
  }

  /// The file at `path`, without the imports every operation file starts with.
  static func file(_ path: String, in files: [EmittedFile]) -> String {
    files.first { $0.path == path }?.contents ?? "missing \(path) among \(files.map(\.path))"
  }
}
