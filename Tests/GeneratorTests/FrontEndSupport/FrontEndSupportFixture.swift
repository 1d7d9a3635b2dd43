import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// Parses small documents for the `FrontEndSupport` tests.
enum FrontEndSupportFixture {
  /// `text` (YAML or JSON) parsed as the document `spec.yaml`, located at its root.
  static func document(_ text: String) throws -> LocatedNode {
    LocatedNode(
      node: try DocumentParser.parse(Array(text.utf8), file: "spec.yaml"), location: NodeLocation(file: "spec.yaml"))
  }

  /// The one diagnostic of the error `body` throws, or nil when it throws none.
  static func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
    do {
      try body()
      return nil
    } catch let error as DiagnosticError {
      return error.diagnostics.first
    } catch {
      return Diagnostic(.error, "unexpected error \(error)", at: nil)
    }
  }
}
