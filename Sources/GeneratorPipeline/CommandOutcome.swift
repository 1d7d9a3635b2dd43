import SpecgenDiagnostics

/// The process exit status of a `specgen` command.
public enum ExitStatus: Int32, Sendable, Hashable {
  case success = 0
  /// The input (a spec, the config, an output folder) is wrong, or `check` found stale files.
  case inputError = 1
  /// The command line itself is wrong.
  case usage = 2

  /// Maps an exit code chosen by swift-argument-parser to ours: it uses `EX_USAGE` (64) for
  /// validation and parse errors, which we report as 2; help and version requests are 0.
  public init(argumentParserCode code: Int32) {
    switch code {
    case 0: self = .success
    case 64: self = .usage
    default: self = .inputError
    }
  }
}

/// What a command printed and how it ended; the CLI prints it, tests inspect it.
public struct CommandOutcome: Sendable, Hashable {
  public var status: ExitStatus
  public var standardOutput: [String]
  public var standardError: [String]

  public init(status: ExitStatus, standardOutput: [String] = [], standardError: [String] = []) {
    self.status = status
    self.standardOutput = standardOutput
    self.standardError = standardError
  }

  /// An input error: one diagnostic per line, `path:line:col: error: message (at #/pointer)`.
  static func failure(_ error: DiagnosticError) -> CommandOutcome {
    CommandOutcome(status: .inputError, standardError: error.diagnostics.map(\.description))
  }
}
