import OutputWriter
import SpecgenDiagnostics

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
    let rendered = try renderAll(config)
    let clock = ContinuousClock()
    let planStart = clock.now
    let plans = try Self.plans(for: rendered)
    try transaction(plans)
    // The write is one step for all targets; each target is charged an equal share.
    let writeShare = (clock.now - planStart) / max(1, rendered.count)
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

  /// What writing each rendered target would change on disk; `check` reports it, `regenerate` applies it.
  static func plans(for rendered: [RenderedTarget]) throws(DiagnosticError) -> [OutputPlan] {
    var plans: [OutputPlan] = []
    for target in rendered {
      plans.append(try OutputPlan(folder: target.outputFolder, desired: target.files))
    }
    return plans
  }
}
