import OutputWriter
import SpecgenDiagnostics
import WorkerThreads

/// What `regenerate` did to one target's folder.
public struct TargetSummary: Sendable, Hashable {
  public var name: String
  public var outputFolder: String
  public var fileCount: Int
  public var written: Int
  public var removed: Int
  public var unchanged: Int
  public var duration: Duration

  /// `specgen: Livepeer: 12 files (3 written, 1 removed, 8 unchanged) in 14 ms`
  public var line: String {
    let milliseconds =
      Int((Double(duration.components.attoseconds) / 1e15).rounded())
      + Int(duration.components.seconds) * 1000
    return "specgen: \(name): \(fileCount) files (\(written) written, \(removed) removed, \(unchanged) unchanged)"
      + " in \(milliseconds) ms"
  }
}

/// The result of a successful `regenerate`.
public struct RegenerationReport: Sendable {
  public var targets: [TargetSummary]
  public var warnings: [Diagnostic]
}

extension Generator {
  /// Renders every target in memory and, only if all succeed, writes all of them as one
  /// transaction. Any error leaves every output folder as it was.
  public func regenerate(_ config: SpecgenConfig) throws(DiagnosticError) -> RegenerationReport {
    try regenerate(config, transaction: { plans throws(DiagnosticError) in try OutputTransaction(plans).apply() })
  }

  /// `regenerate` with the write step injectable, so tests can make it fail mid-way.
  package func regenerate(
    _ config: SpecgenConfig, transaction: ([OutputPlan]) throws(DiagnosticError) -> Void
  ) throws(DiagnosticError) -> RegenerationReport {
    let clock = ContinuousClock()
    let (rendered, plans) = try renderAndPlan(config)
    ExitTimeRelease.keep((rendered, plans))
    let writeStart = clock.now
    try transaction(plans)
    // The write is one step for all targets; each target is charged an equal share.
    let writeShare = (clock.now - writeStart) / max(1, rendered.count)
    let summaries = zip(rendered, plans).map { target, plan in
      TargetSummary(
        name: target.name, outputFolder: target.outputFolder, fileCount: target.files.count,
        written: plan.writeCount, removed: plan.deleteCount, unchanged: plan.unchanged.count,
        duration: target.duration + writeShare)
    }
    return RegenerationReport(targets: summaries, warnings: rendered.flatMap(\.warnings))
  }

  /// Renders every target; stops at the first that fails.
  public func renderAll(_ config: SpecgenConfig) throws(DiagnosticError) -> [RenderedTarget] {
    var rendered: [RenderedTarget] = []
    for target in config.targets {
      rendered.append(try render(target, relativeTo: config.directory))
    }
    return rendered
  }

  /// Renders every target and plans what writing it would change on disk; `check` reports the plans,
  /// `regenerate` applies them.
  ///
  /// Reading an output folder needs nothing from the spec, so each folder is scanned on a worker once
  /// its spec is translated, while the names are decided (translation keeps the workers busy itself);
  /// a folder that cannot be read is reported after any error in the specs, as when the two ran one
  /// after the other.
  func renderAndPlan(_ config: SpecgenConfig) throws(DiagnosticError) -> ([RenderedTarget], [OutputPlan]) {
    var rendered: [RenderedTarget] = []
    var scans: [PendingResult<OutputFolderScan, DiagnosticError>] = []
    for target in config.targets {
      let folder = LexicalPath.join(config.directory, target.output)
      rendered.append(
        try render(target, relativeTo: config.directory) {
          scans.append(PendingResult { () throws(DiagnosticError) in try OutputFolderScan(folder: folder) })
        })
    }
    var plans: [OutputPlan] = []
    for (target, scan) in zip(rendered, scans) {
      plans.append(try OutputPlan(existing: try scan.value(), desired: target.files))
    }
    return (rendered, plans)
  }
}
