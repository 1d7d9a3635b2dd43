import SpecgenDiagnostics
import Testing

@testable import SpecReader

/// Parses `text` as a document named `t`.
func parse(_ text: String, limits: ReaderLimits = .default) throws -> Node {
  try DocumentParser.parse(Array(text.utf8), file: "t", limits: limits)
}

/// The first diagnostic parsing `bytes` produces, or nil when it parses.
func parseDiagnostic(_ bytes: [UInt8], limits: ReaderLimits = .default) -> Diagnostic? {
  do {
    _ = try DocumentParser.parse(bytes, file: "t", limits: limits)
    return nil
  } catch {
    return error.diagnostics.first
  }
}

func parseDiagnostic(_ text: String, limits: ReaderLimits = .default) -> Diagnostic? {
  parseDiagnostic(Array(text.utf8), limits: limits)
}

/// A location in the test document `t`.
func at(_ line: Int, _ column: Int) -> SpecgenDiagnostics.SourceLocation {
  SpecgenDiagnostics.SourceLocation(file: "t", line: line, column: column)
}
