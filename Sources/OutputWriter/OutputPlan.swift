import SpecgenDiagnostics

/// What writing one set of generated files into one folder would change, computed without
/// writing anything.
///
/// Desired files are created or updated, owned files (those carrying the `OwnershipHeader`)
/// that are no longer desired are deleted, and every other file is left alone. A desired
/// path that would overwrite a foreign file, or pass through a symbolic link, is an error.
public struct OutputPlan: Sendable {
  /// One file the plan writes or deletes.
  public struct Change: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
      case create
      case update
      case delete
    }

    /// Relative to the plan's folder, `/`-separated.
    public var path: String
    public var action: Action
    /// What the file holds now (`nil` for `create`).
    public var oldContents: String?
    /// What it will hold (`nil` for `delete`).
    public var newContents: String?
  }

  /// The output folder, as given.
  public let folder: String
  /// Sorted by path.
  public let changes: [Change]
  /// Desired files whose bytes are already on disk, sorted.
  public let unchanged: [String]

  /// Compares `desired` (relative path → contents) with what `folder` holds.
  public init(folder: String, desired: [String: String]) throws(DiagnosticError) {
    try self.init(existing: try OutputFolderScan(folder: folder), desired: desired)
  }

  /// Compares `desired` (relative path → contents) with what the scan of its folder found.
  public init(existing: OutputFolderScan, desired: [String: String]) throws(DiagnosticError) {
    let folder = existing.folder
    for path in desired.keys.sorted() { try Self.validate(path, in: folder) }
    var changes: [Change] = []
    var unchanged: [String] = []
    for (path, contents) in desired.sorted(by: { $0.key < $1.key }) {
      if let blocker = existing.blockingEntry(for: path) {
        throw DiagnosticError(
          "cannot write \(Self.join(folder, path)): \(blocker.reason); specgen only replaces files it generated: "
            + "remove it or choose another output folder",
          at: nil)
      }
      switch existing.files[path] {
      case nil:
        changes.append(Change(path: path, action: .create, oldContents: nil, newContents: contents))
      case .foreign:
        throw DiagnosticError(
          "cannot write \(Self.join(folder, path)): the file exists and has no specgen header; "
            + "specgen only replaces files it generated: move it away or choose another output folder",
          at: nil)
      case .owned(let size, let read):
        // A file over `maxComparedBytes` was not read whole, and never equals generated code of that size.
        if read.count == size, FilePrefix.equal(read, contents) {
          unchanged.append(path)
        } else {
          let oldContents = Self.oldContents(size: size, read: read)
          changes.append(Change(path: path, action: .update, oldContents: oldContents, newContents: contents))
        }
      }
    }
    for (path, file) in existing.files.sorted(by: { $0.key < $1.key }) where desired[path] == nil {
      if case .owned(let size, let read) = file {
        let oldContents = Self.oldContents(size: size, read: read)
        changes.append(Change(path: path, action: .delete, oldContents: oldContents, newContents: nil))
      }
    }
    self.folder = folder
    self.changes = changes.sorted { $0.path < $1.path }
    self.unchanged = unchanged
  }

  /// Files created or updated.
  public var writeCount: Int { changes.filter { $0.action != .delete }.count }
  /// Owned stale files deleted.
  public var deleteCount: Int { changes.filter { $0.action == .delete }.count }
  /// Whether applying the plan would change nothing.
  public var isEmpty: Bool { changes.isEmpty }

  /// Owned files larger than this are not read whole (they only feed `check --diff`): a file
  /// carrying a forged header must not make the writer load gigabytes.
  public static let maxComparedBytes = 16 << 20

  /// What an owned file holds, for diffs: the whole text, as the scan read it, or for a file over
  /// `maxComparedBytes` its first line and a note of what was not read.
  private static func oldContents(size: Int, read: [UInt8]) -> String {
    guard read.count < size else { return String(decoding: read, as: UTF8.self) }
    let firstLine = read.prefix { $0 != UInt8(ascii: "\n") }
    return String(decoding: firstLine, as: UTF8.self) + "\n[\(size) bytes, not read]\n"
  }

  /// A desired path must stay inside the folder: relative, no `.`/`..`/empty components.
  private static func validate(_ path: String, in folder: String) throws(DiagnosticError) {
    // Byte-wise: this runs for every generated file, and Character-wise splitting cost more than writing one.
    let components = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    let valid =
      !path.isEmpty && !path.hasPrefix("/") && !path.utf8.contains(0)
      && components.allSatisfy { !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) }
    guard valid else {
      throw DiagnosticError(
        "invalid generated file path '\(path)' for \(folder): it must stay inside the folder", at: nil)
    }
  }

  static func join(_ folder: String, _ path: String) -> String {
    folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }
}
