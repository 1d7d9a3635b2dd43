/// One message about an input document, positioned so an editor can jump to it.
///
/// Rendered as `path:line:column: error: message (at #/json/pointer)`; the pointer names the
/// node inside the document when one applies, because a line number alone is ambiguous in
/// generated or minified specs.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note
  }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation?
  /// A JSON pointer (`#/components/schemas/x`) or another path naming the node, e.g. an NSID.
  public var path: String?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation?, path: String? = nil) {
    self.severity = severity
    self.message = message
    self.location = location
    self.path = path
  }

  /// One line whatever the input: control characters in the file name, message and pointer are escaped.
  public var description: String {
    var text = ""
    if let location { text += "\(location): " }
    text += "\(severity.rawValue): \(message.controlCharactersEscaped)"
    if let path, !path.isEmpty { text += " (at \(path.controlCharactersEscaped))" }
    return text
  }
}

/// An error that stops generation: the input is wrong in a way the user must fix.
///
/// Carries every diagnostic found before stopping, so one run reports as much as it safely can.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public init(_ message: String, at location: SourceLocation?, path: String? = nil) {
    self.diagnostics = [Diagnostic(.error, message, at: location, path: path)]
  }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
