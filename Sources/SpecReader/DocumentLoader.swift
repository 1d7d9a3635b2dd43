import SpecgenDiagnostics

/// Reads the documents of one spec, confined to its root folder, each at most once.
///
/// Front ends ask it for the file a `$ref` names; it refuses any path that leaves the root
/// (before opening anything) and picks the JSON or YAML reader by the file's content.
public final class DocumentLoader: @unchecked Sendable {
  /// The folder no read may leave.
  public let root: String
  public let limits: ReaderLimits

  public init(root: String, limits: ReaderLimits = .default) {
    self.root = root
    self.limits = limits
  }

  /// The parsed document at `path`, relative to `root`. `displayPath` is how diagnostics name it.
  public func load(_ path: String) throws(DiagnosticError) -> Node {
    throw DiagnosticError("not implemented", at: nil)
  }
}

/// Parses bytes that are already in memory (tests, `specgen check`).
public enum DocumentParser {
  /// JSON when the first non-blank byte is `{` or `[` (strict RFC 8259 reader), YAML otherwise (libyaml).
  public static func parse(_ bytes: [UInt8], file: String, limits: ReaderLimits = .default) throws(DiagnosticError)
    -> Node
  {
    throw DiagnosticError("not implemented", at: nil)
  }
}
