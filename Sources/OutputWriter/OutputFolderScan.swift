import FileSystem
import SpecgenDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an output folder holds, read recursively without following symbolic links.
///
/// Links are recorded but never entered or read: a link could lead out of the folder, and the
/// writer must not read or replace anything there.
///
/// The scan needs nothing from the spec, so `Generator.regenerate` runs it on a worker while names are
/// decided, and the plan only compares bytes already in memory.
public struct OutputFolderScan: Sendable {
  enum File: Sendable {
    /// Carries the ownership header; `size` bytes long. `read` is the whole file, read with the header
    /// through the same descriptor, unless it is over `OutputPlan.maxComparedBytes`: then only what
    /// held the header was read, and `read.count < size`.
    case owned(size: Int, read: [UInt8])
    /// Anything else the writer must leave alone: no header, a link, a special file.
    case foreign
  }

  /// Why a desired path cannot be written.
  struct Blocker {
    var reason: String
  }

  /// The folder scanned, as given.
  public let folder: String
  /// Regular files and links, by `/`-separated path relative to the folder.
  private(set) var files: [String: File] = [:]
  /// Every entry that is not a plain folder, by relative path.
  private var nonFolders: [String: FileKind] = [:]

  /// Folders deeper than this are not scanned: generated trees are shallow, and a bound keeps
  /// a pathological folder from exhausting the stack.
  static let maxDepth = 32

  /// Scans `folder`; a folder that does not exist yet holds nothing.
  public init(folder: String) throws(DiagnosticError) {
    self.folder = folder
    guard let kind = FileKind(atPath: folder, followingLinks: true) else { return }
    guard kind == .folder else {
      throw DiagnosticError(
        "output path \(folder) exists and is not a folder; remove it or choose another output folder", at: nil)
    }
    try scan(folder: folder, relative: "", depth: 0)
  }

  private mutating func scan(folder: String, relative: String, depth: Int) throws(DiagnosticError) {
    guard depth < Self.maxDepth else { return }
    let entries: [FolderEntry]
    do {
      entries = try FileSystem.entries(of: folder)
    } catch {
      throw DiagnosticError(
        "cannot list the output folder \(folder): \(error.reason); make it readable or choose another output folder",
        at: nil)
    }
    // A name that is not UTF-8 is never one specgen writes, and no path of the plan can name it.
    for entry in entries where entry.isUTF8 {
      let name = entry.name
      let path = folder + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      let kind = FileKind(atPath: path, followingLinks: false) ?? .other
      switch kind {
      case .folder:
        try scan(folder: path, relative: relativePath, depth: depth + 1)
      case .regular:
        files[relativePath] = try FilePrefix.classify(path)
        nonFolders[relativePath] = .regular
      case .link, .other:
        files[relativePath] = .foreign
        nonFolders[relativePath] = kind
      }
    }
  }

  /// Why `path` cannot be written, when one of its parent components is not a plain folder or
  /// the path itself is a link or a special file. (A foreign regular file is reported by the plan.)
  func blockingEntry(for path: String) -> Blocker? {
    // A new or all-generated folder holds nothing that could block (the usual case).
    guard !nonFolders.isEmpty else { return nil }
    let components = path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    var prefix = ""
    for (index, component) in components.enumerated() {
      prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
      guard let kind = nonFolders[prefix] else { continue }
      if index < components.count - 1 { return Blocker(reason: "\(prefix) is not a folder") }
      switch kind {
      case .link: return Blocker(reason: "it is a symbolic link")
      case .other: return Blocker(reason: "it is not a regular file")
      case .folder, .regular: return nil
      }
    }
    return nil
  }
}

/// Bounded reads of files in the output folder (plain POSIX, no socket, no unbounded buffer).
enum FilePrefix {
  /// Whether the regular file at `path` is one of ours, with its bytes if so.
  ///
  /// Only the first line can hold the header, so no more than `OwnershipHeader.maxLineBytes` of a
  /// foreign file is ever read, however large it is. An owned file is read on through the same
  /// descriptor, whole, up to `OutputPlan.maxComparedBytes`.
  static func classify(_ path: String) throws(DiagnosticError) -> OutputFolderScan.File {
    try withRegularFile(path) { descriptor, size throws(DiagnosticError) in
      let prefix = try readBytes(descriptor, path, count: min(size, OwnershipHeader.maxLineBytes))
      // The whole first line must be in what was read: a longer one is never a header.
      let lineEnds = prefix.contains(UInt8(ascii: "\n")) || prefix.count == size
      guard lineEnds && OwnershipHeader.isOwned(prefix) else { return .foreign }
      guard prefix.count < size, size <= OutputPlan.maxComparedBytes else { return .owned(size: size, read: prefix) }
      let rest = try readBytes(descriptor, path, count: size - prefix.count)
      return .owned(size: size, read: prefix + rest)
    }
  }

  /// Opens `path` without following a link and without blocking, so a file swapped for a FIFO or a
  /// link is refused, not waited on; `body` gets the descriptor and the file's size.
  private static func withRegularFile<Result>(
    _ path: String, _ body: (Int32, Int) throws(DiagnosticError) -> Result
  ) throws(DiagnosticError) -> Result {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw DiagnosticError(
        "cannot read \(path): it is not a regular file; remove it or choose another output folder", at: nil)
    }
    return try body(descriptor, Int(status.st_size))
  }

  /// The next `count` bytes of `descriptor` (fewer if the file ends first).
  private static func readBytes(_ descriptor: Int32, _ path: String, count: Int) throws(DiagnosticError) -> [UInt8] {
    guard let bytes = FileSystem.readBytes(from: descriptor, count: count) else { throw failure(path) }
    return bytes
  }

  /// Whether `bytes` are exactly the UTF-8 of `contents`.
  static func equal(_ bytes: [UInt8], _ contents: String) -> Bool {
    var contents = contents
    // `memcmp`, not `==` on two arrays: element-wise comparison of every generated byte (and a copy
    // of the text into an array) cost more than reading the files.
    return contents.withUTF8 { expected in
      bytes.withUnsafeBytes { actual in
        actual.count == expected.count
          && (expected.isEmpty || memcmp(actual.baseAddress!, expected.baseAddress!, expected.count) == 0)
      }
    }
  }

  private static func failure(_ path: String) -> DiagnosticError {
    DiagnosticError(
      "cannot read \(path): \(FileSystem.errorText()); make it readable or choose another output folder",
      at: nil)
  }
}
