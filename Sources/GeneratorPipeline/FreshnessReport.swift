import OutputWriter
import SpecgenDiagnostics

/// How the committed output differs from what the specs generate now (`specgen check`).
public struct FreshnessReport: Sendable {
  /// One file that is not as generation would leave it.
  public struct StaleFile: Sendable, Hashable {
    public enum Problem: String, Sendable, Hashable {
      /// Exists with other contents.
      case outdated
      /// Should exist and does not.
      case missing
      /// Owned by specgen but no longer generated.
      case extra
    }

    /// Output folder joined with the file's relative path.
    public var path: String
    public var problem: Problem
    /// Unified diff from the file on disk to the generated contents.
    public var diff: String
  }

  public var staleFiles: [StaleFile]
  public var warnings: [Diagnostic]

  /// Whether everything is up to date.
  public var isFresh: Bool { staleFiles.isEmpty }

  /// Builds the report from plans that were computed but not applied.
  public init(plans: [OutputPlan], warnings: [Diagnostic] = []) {
    var stale: [StaleFile] = []
    for plan in plans {
      for change in plan.changes {
        let path = LexicalPath.join(plan.folder, change.path)
        let problem: StaleFile.Problem
        switch change.action {
        case .create: problem = .missing
        case .update: problem = .outdated
        case .delete: problem = .extra
        }
        let diff = UnifiedDiff.render(old: change.oldContents, new: change.newContents, path: path)
        stale.append(StaleFile(path: path, problem: problem, diff: diff))
      }
    }
    self.staleFiles = stale
    self.warnings = warnings
  }
}

extension Generator {
  /// Renders every target in memory and compares with the output folders, writing nothing.
  public func check(_ config: SpecgenConfig) throws(DiagnosticError) -> FreshnessReport {
    let (rendered, plans) = try renderAndPlan(config)
    ExitTimeRelease.keep((rendered, plans))
    return FreshnessReport(plans: plans, warnings: rendered.flatMap(\.warnings))
  }
}
