import Foundation
import GeneratorPipeline

/// Compares committed generated files with fresh output, or re-records them.
enum GoldenComparison {
  /// The problems to report for `configPath`: one readable message per stale file (with a
  /// unified diff), or, when recording, the files are written and one message says so —
  /// recording always fails, so a CI run can never pass by re-recording.
  static func failures(configPath: String, record: Bool) throws -> [String] {
    let config = try SpecgenConfig.load(path: configPath)
    if record {
      let report = try Generator().regenerate(config)
      let written = report.targets.reduce(0) { $0 + $1.written + $1.removed }
      return ["recorded \(written) files; re-run without RECORD_GOLDEN=1"]
    }
    let report = try Generator().check(config)
    return report.staleFiles.map { file in
      "\(file.path) is \(file.problem.rawValue) (re-record with RECORD_GOLDEN=1 swift test --filter GoldenTests):\n"
        + file.diff
    }
  }

  /// Whether the environment asks to re-record (`RECORD_GOLDEN=1`).
  static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }
}
