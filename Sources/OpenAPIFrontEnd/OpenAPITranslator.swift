import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// What a front end made of a document: the IR plus warnings that did not stop it.
public struct TranslationResult: Sendable {
  public var module: SchemaModule
  public var warnings: [Diagnostic]

  public init(module: SchemaModule, warnings: [Diagnostic] = []) {
    self.module = module
    self.warnings = warnings
  }
}

/// Turns an OpenAPI 3.0 or 3.1 document into the schema IR.
public enum OpenAPITranslator {
  /// Translates the document at `path` (relative to the loader's root).
  public static func translate(path: String, loader: DocumentLoader) throws(DiagnosticError) -> TranslationResult {
    throw DiagnosticError("not implemented", at: nil)
  }
}
