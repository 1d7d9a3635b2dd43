import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Writes small specs to a temporary folder and runs the OpenAPI front end on them.
enum TranslationFixture {
  /// Translates `yaml` (an OpenAPI document, `openapi:` line included) saved as `openapi.yaml`.
  static func translate(_ yaml: String, extraFiles: [String: String] = [:]) throws -> TranslationResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try yaml.write(to: folder.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
    for (name, text) in extraFiles {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return try OpenAPITranslator.translate(path: "openapi.yaml", loader: DocumentLoader(root: folder.path))
  }

  /// A 3.1 document whose `components.schemas` is `schemas` (indented YAML, 4 spaces).
  static func schemas(_ schemas: String, version: String = "3.1.0") -> String {
    """
    openapi: \(version)
    info: {title: Test, version: "1"}
    components:
      schemas:
    \(schemas)
    """
  }

  /// The root of this package, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The spec fixtures shared by the test targets (`Tests/Fixtures`): the seed-derived Livepeer
  /// spec and place.stream lexicons the front-end tests pin in detail.
  static let fixturesFolder = packageRoot.appendingPathComponent("Tests/Fixtures")

  /// The error a translation throws.
  static func error(_ yaml: String) -> DiagnosticError? {
    do {
      _ = try translate(yaml)
      return nil
    } catch let error as DiagnosticError {
      return error
    } catch {
      return DiagnosticError("unexpected error \(error)", at: nil)
    }
  }
}

extension SchemaModule {
  func declaration(named pointer: String) -> TypeDeclaration? {
    declaration(TypeID(pointer))
  }

  func object(_ pointer: String) -> ObjectType? {
    guard case .object(let object)? = declaration(named: pointer)?.kind else { return nil }
    return object
  }

  func union(_ pointer: String) -> UnionType? {
    guard case .union(let union)? = declaration(named: pointer)?.kind else { return nil }
    return union
  }
}

extension ObjectType {
  func field(_ name: String) -> Field? {
    fields.first { $0.jsonName == name }
  }
}
