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
