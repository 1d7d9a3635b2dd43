#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names, from `lstat` or `stat` (plain POSIX).
///
/// Not `FileManager`: its attribute lookups resolve the owner's user name, which makes glibc open a
/// socket to nscd (specgen opens no socket), and it lives in the full Foundation, whose ICU data
/// would make specgen's binary 50 MB larger and every run slower to start.
public enum FileKind: Sendable, Equatable {
  case folder
  case regular
  /// A symbolic link (only when links are not followed).
  case link
  /// A FIFO, socket or device.
  case other

  /// The kind of what `path` names, or nil when nothing is there (or it cannot be examined).
  /// `followingLinks` describes a link's target (nil for a dangling link) instead of the link.
  public init?(atPath path: String, followingLinks: Bool) {
    var status = stat()
    guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: self = .folder
    case S_IFREG: self = .regular
    case S_IFLNK: self = .link
    default: self = .other
    }
  }
}

/// File-system paths resolved and listed through POSIX calls.
public enum FileSystem {
  /// `path` absolute, with every link, `.` and `..` resolved (`realpath`); nil when it does not
  /// exist, a link dangles or loops.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The entries of `folder` (without `.` and `..`), sorted by their names' bytes; throws the
  /// `errno` text when the folder cannot be listed.
  public static func entries(of folder: String) throws(ListingFailure) -> [FolderEntry] {
    guard let stream = opendir(folder) else { throw ListingFailure(reason: errorText()) }
    defer { closedir(stream) }
    var names: [[UInt8]] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
      }
      if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
      names.append(name)
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }.map(FolderEntry.init(bytes:))
  }

  /// The next `count` bytes of `descriptor`, fewer if the file ends first, read straight into the
  /// array's storage (no zero-filling, no copy); nil when a read fails (`errno` says why). An interrupted
  /// read is retried.
  public static func readBytes(from descriptor: Int32, count: Int) -> [UInt8]? {
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
      while filled < count {
        let got = read(descriptor, buffer.baseAddress! + filled, count - filled)
        if got < 0, errno == EINTR { continue }
        if got < 0 { failed = true }
        if got <= 0 { break }
        filled += got
      }
    }
    return failed ? nil : bytes
  }

  /// Writes all of `text`'s UTF-8 (its own storage, not a copy) to `descriptor`; false when a write
  /// fails (`errno` says why). An interrupted write is retried.
  public static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var written = 0
      while written < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        written += count
      }
      return true
    }
  }

  /// The system's text for the current `errno`.
  public static func errorText() -> String {
    String(cString: strerror(errno))
  }

  /// Why a folder could not be listed: the system's error text.
  public struct ListingFailure: Error {
    public let reason: String
  }
}

/// One name in a folder.
public struct FolderEntry: Sendable {
  /// The name as text (an invalid UTF-8 sequence shown as U+FFFD).
  public let name: String
  /// Whether the name's bytes are valid UTF-8. When not, `name` does not name the entry: no Swift
  /// path can reach it, and it can only be reported.
  public let isUTF8: Bool

  init(bytes: [UInt8]) {
    name = String(decoding: bytes, as: UTF8.self)
    isUTF8 = name.utf8.elementsEqual(bytes)
  }
}
