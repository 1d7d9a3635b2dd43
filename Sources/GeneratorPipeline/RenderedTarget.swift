import SpecgenDiagnostics

/// One target's generated files, in memory, ready to be compared with or written to disk.
public struct RenderedTarget: Sendable {
  /// The target's module name, used in messages.
  public var name: String
  /// The output folder, as a path usable from the current folder.
  public var outputFolder: String
  /// Relative path inside `outputFolder` → full file contents, header included.
  public var files: [String: String]
  /// Front-end warnings that did not stop generation.
  public var warnings: [Diagnostic]
  /// How long reading, translating and emitting took.
  public var duration: Duration

  public init(
    name: String, outputFolder: String, files: [String: String], warnings: [Diagnostic] = [],
    duration: Duration = .zero
  ) {
    self.name = name
    self.outputFolder = outputFolder
    self.files = files
    self.warnings = warnings
    self.duration = duration
  }
}
