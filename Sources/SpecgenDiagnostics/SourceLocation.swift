/// Where a node of an input document starts: the file as the user named it, and a 1-based
/// line and column (columns count Unicode scalars, as editors do).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the prefix editors and CI logs turn into links.
  /// Control characters in the file name are escaped, so the prefix is always one line.
  public var description: String { "\(file.controlCharactersEscaped):\(line):\(column)" }
}
