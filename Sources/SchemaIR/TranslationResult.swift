import SpecgenDiagnostics

/// What a front end made of a document: the IR plus warnings that did not stop it.
///
/// Errors are thrown instead (a `DiagnosticError` at the spec's position): a front end returns a result
/// only for a module it stands behind.
public struct TranslationResult: Sendable {
  /// The translated module, ready for `ModuleCheck.checkForEmission` and the emitter.
  public var module: SchemaModule
  /// What the front end worked around (a required name no property declares, a relative server URL
  /// left out, a lexicon id that does not match its path), with positions; the pipeline prints them and
  /// generates anyway.
  public var warnings: [Diagnostic]

  /// A result; without warnings by default.
  public init(module: SchemaModule, warnings: [Diagnostic] = []) {
    self.module = module
    self.warnings = warnings
  }
}
