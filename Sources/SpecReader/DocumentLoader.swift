import FileSystem
import SpecgenDiagnostics
import WorkerThreads

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the documents of one spec, confined to its root folder, each at most once.
///
/// Front ends ask it for the file a `$ref` names; it refuses any path that leaves the root
/// (before opening anything) and picks the JSON or YAML reader by the file's content.
/// Safe to share between threads: the cache is guarded by a lock.
public final class DocumentLoader: @unchecked Sendable {
  /// The folder no read may leave.
  public let root: String
  public let limits: ReaderLimits
  private let confinement: SpecRootConfinement
  private let lock = ThreadLock()
  private var cache: [String: Node] = [:]

  public init(root: String, limits: ReaderLimits = .default) {
    self.root = root
    self.limits = limits
    self.confinement = SpecRootConfinement(root: root)
  }

  /// The parsed document at `path`, relative to `root`. `displayPath` is how diagnostics name it.
  ///
  /// The same path (after removing `.` and `..`) returns the same `Node` instance every time.
  public func load(_ path: String) throws(DiagnosticError) -> Node {
    guard let relative = SpecRootConfinement.normalize(path) else { throw refusal(path) }
    if let cached = lock.withLock({ cache[relative] }) { return cached }
    let display = confinement.displayPath(for: relative)
    let realPath: String
    do {
      realPath = try confinement.resolve(relative)
    } catch .outsideRoot {
      throw refusal(path)
    } catch {
      throw DiagnosticError("cannot read '\(display)': no such file", at: nil)
    }
    let bytes = try readWhole(realPath, display: display)
    let node = try DocumentParser.parse(bytes, file: display, limits: limits)
    return lock.withLock {
      if let first = cache[relative] { return first }  // another thread won the race
      cache[relative] = node
      return node
    }
  }

  /// The path diagnostics print for `path`: the root as the user passed it joined with `path`,
  /// e.g. `specs/livepeer/openapi.yaml` when the root is `specs/livepeer`.
  public func displayPath(for path: String) -> String {
    confinement.displayPath(for: path)
  }

  private func refusal(_ path: String) -> DiagnosticError {
    DiagnosticError("refusing to read '\(path)': outside the spec root", at: nil)
  }

  /// Reads the whole file, checking its size before reading any of it.
  private func readWhole(_ path: String, display: String) throws(DiagnosticError) -> [UInt8] {
    // Non-blocking, so opening a FIFO planted in the spec folder returns at once (and is then
    // refused as not a regular file) instead of waiting forever for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    // The file exists (the caller checked): its errors are positioned at its start, as the size limit's is.
    let start = SourceLocation(file: display, line: 1, column: 1)
    guard descriptor >= 0 else {
      throw DiagnosticError("cannot read '\(display)': \(FileSystem.errorText())", at: start)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw DiagnosticError("cannot read '\(display)': \(FileSystem.errorText())", at: start)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw DiagnosticError("cannot read '\(display)': not a regular file", at: start)
    }
    let size = Int(status.st_size)
    guard size <= limits.maxInputBytes else {
      throw DiagnosticError(
        "'\(display)' is \(size) bytes, more than the limit of \(limits.maxInputBytes)",
        at: start)
    }
    guard let bytes = FileSystem.readBytes(from: descriptor, count: size), bytes.count == size else {
      throw DiagnosticError("cannot read '\(display)': \(FileSystem.errorText())", at: start)
    }
    return bytes
  }
}
