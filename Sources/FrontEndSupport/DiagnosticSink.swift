import SpecgenDiagnostics

/// Collects the warnings of one translation, in the order they are found.
///
/// One sink is made per translation and shared by every part of the front end that may warn, so
/// the result lists warnings in document-reading order instead of one array per part, concatenated.
/// Errors are thrown, not collected: they stop the translation.
package final class DiagnosticSink {
  /// Every diagnostic reported so far, oldest first.
  package private(set) var diagnostics: [Diagnostic] = []

  /// An empty sink.
  package init() {}

  /// Records `diagnostic` after those already reported.
  package func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Records a warning positioned at `node`.
  package func warn(_ message: String, at node: LocatedNode) {
    report(node.warning(message))
  }
}
