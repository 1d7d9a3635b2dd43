import FileSystem
import SpecgenDiagnostics
import WorkerThreads

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Applies one or more `OutputPlan`s so that either all of them take effect or none does.
///
/// New contents are first written to `.specgen-tmp-*` files beside their targets (same folder,
/// so the final `rename` is atomic); only when every temp file exists are targets swapped in,
/// each replaced or deleted file first renamed to a `.specgen-backup-*` file. Any failure
/// undoes every swap, removes the temp files and any folders it created, and rethrows: the
/// folders are left byte for byte as they were.
public struct OutputTransaction {
  public let plans: [OutputPlan]
  /// Test hook: fail just before commit step `n` (0-based, counting renames), to exercise
  /// the rollback path.
  package var failBeforeCommitStep: Int?

  public init(_ plans: [OutputPlan]) {
    self.plans = plans
  }

  /// Writes every plan, or throws and leaves every folder as it was.
  public func apply() throws(DiagnosticError) {
    var journal = Journal()
    do {
      let staged = try stage(&journal)
      try commit(staged, &journal)
    } catch {
      journal.rollBack()
      throw error
    }
    journal.finish()
  }

  /// One change with its temp file (for writes) and backup name (for replaced files).
  private struct StagedChange {
    var target: String
    var temp: String?
    var backup: String?
    /// The target's folder when it is below the plan's folder (which is never removed).
    var subfolder: String?
  }

  private func stage(_ journal: inout Journal) throws(DiagnosticError) -> [StagedChange] {
    let token = String(UInt32.random(in: .min ... .max), radix: 16)
    var staged: [StagedChange] = []
    var writes: [(path: String, contents: String)] = []
    var counter = 0
    for plan in plans {
      for change in plan.changes {
        counter += 1
        let target = OutputPlan.join(plan.folder, change.path)
        let folder = FolderPath.parent(of: target)
        var entry = StagedChange(target: target)
        if change.path.utf8.contains(UInt8(ascii: "/")) { entry.subfolder = folder }
        if change.action != .create {
          // Token and counter only: a target name near the 255-byte limit must not make these too long.
          entry.backup = folder + "/.specgen-backup-\(token)-\(counter)"
        }
        if let contents = change.newContents {
          try journal.makeFolders(folder)
          let temp = folder + "/.specgen-tmp-\(token)-\(counter)"
          // Recorded before it exists: rolling back unlinks it whether or not it was written.
          journal.temps.insert(temp)
          entry.temp = temp
          writes.append((temp, contents))
        }
        staged.append(entry)
      }
    }
    try Self.createFiles(writes)
    return staged
  }

  /// Creates every temp file, on every core: creating a file is a journaled metadata update that
  /// took 60 to 200 µs of kernel time here, longer than rendering the file. The first failure, in
  /// order, is thrown.
  private static func createFiles(_ files: [(path: String, contents: String)]) throws(DiagnosticError) {
    let problems = WorkerPool.shared.map(files.count) { index in
      // Plain POSIX writes: Foundation's `Data.write` fsyncs every file, which cost more than
      // generating the code. Generated sources need atomic replacement (the rename in `commit`), not
      // durability across power loss: a rerun regenerates them.
      createFile(files[index].path, contents: files[index].contents)
    }
    guard let index = problems.firstIndex(where: { $0 != nil }), let problem = problems[index] else { return }
    let target = files[index].path
    throw DiagnosticError(
      "cannot write \(target): \(problem); make \(FolderPath.parent(of: target)) writable or choose another output folder",
      at: nil)
  }

  private func commit(_ staged: [StagedChange], _ journal: inout Journal) throws(DiagnosticError) {
    var step = 0
    func move(_ from: String, _ to: String) throws(DiagnosticError) {
      if let failing = failBeforeCommitStep, failing == step {
        throw DiagnosticError("injected failure before commit step \(step)", at: nil)
      }
      step += 1
      guard rename(from, to) == 0 else {
        throw DiagnosticError("cannot rename \(from) to \(to): \(FileSystem.errorText())", at: nil)
      }
    }
    for change in staged {
      if let backup = change.backup {
        try move(change.target, backup)
        journal.movedAside.append((original: change.target, backup: backup))
      }
      if let temp = change.temp {
        try move(temp, change.target)
        journal.temps.remove(temp)  // a set: removing from an array per file was quadratic
        journal.installed.append(change.target)
      } else if let folder = change.subfolder {
        journal.emptiedFolders.append(folder)
      }
    }
  }
}

/// What a transaction has done so far, so it can be undone in reverse order.
private struct Journal {
  var createdFolders: [String] = []
  var temps: Set<String> = []
  var installed: [String] = []
  var movedAside: [(original: String, backup: String)] = []
  /// Folders that lost a deleted file and may now be empty.
  var emptiedFolders: [String] = []

  /// Creates `folder` and any missing parents, recording each one made.
  mutating func makeFolders(_ folder: String) throws(DiagnosticError) {
    var missing: [String] = []
    var current = folder
    while !current.isEmpty, current != "/", FileKind(atPath: current, followingLinks: true) == nil {
      missing.append(current)
      current = FolderPath.parent(of: current)
    }
    for path in missing.reversed() {
      guard mkdir(path, 0o755) == 0 else {
        throw DiagnosticError(
          "cannot create folder \(path): \(FileSystem.errorText()); "
            + "make its parent writable or choose another output folder",
          at: nil)
      }
      createdFolders.append(path)
    }
  }

  /// Undoes everything: removes installed files, puts originals back, removes temps and folders.
  func rollBack() {
    for target in installed.reversed() { unlink(target) }
    for (original, backup) in movedAside.reversed() { rename(backup, original) }
    for temp in temps { unlink(temp) }
    for folder in createdFolders.reversed() { rmdir(folder) }
  }

  /// After success: drops backups and folders left empty by deletions (best effort; `rmdir`
  /// only removes empty folders).
  func finish() {
    for (_, backup) in movedAside { unlink(backup) }
    for folder in Set(emptiedFolders).sorted(by: { $0.count > $1.count }) { rmdir(folder) }
  }
}

extension OutputTransaction {
  /// Creates `path` (which must not exist) holding `contents`; the failure's description, or nil.
  static func createFile(_ path: String, contents: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return FileSystem.errorText() }
    guard FileSystem.writeAll(contents, to: descriptor) else {
      let problem = FileSystem.errorText()
      close(descriptor)
      return problem
    }
    guard close(descriptor) == 0 else { return FileSystem.errorText() }
    return nil
  }
}
