import FileSystem
import SpecgenDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides whether a path relative to the spec root may be read, without opening anything.
///
/// Refuses absolute paths, `..` that climbs above the root, and symlinks (in the folders on the
/// way or the file itself) whose target lies outside the root's real path. A document must
/// never make specgen read `/etc/passwd` or a sibling project's secrets.
struct SpecRootConfinement {
  /// Why a path cannot be read.
  enum Refusal: Error {
    case outsideRoot
    case missing
  }

  /// The root as the user passed it, without trailing slashes.
  let root: String

  init(root: String) {
    var root = root
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    self.root = root.isEmpty ? "." : root
  }

  /// `a/./b/../c.yaml` → `a/c.yaml`; nil when the path is absolute or climbs above the root.
  static func normalize(_ path: String) -> String? {
    guard !path.hasPrefix("/") else { return nil }
    // Most paths are already normal (the front ends pass on what the catalog or a `$ref` named): no
    // empty, `.` or `..` component. Those are returned as they are, without splitting and joining.
    if isNormal(path) { return path }
    var components: [Substring] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..":
        guard components.popLast() != nil else { return nil }
      default: components.append(component)
      }
    }
    return components.joined(separator: "/")
  }

  /// Whether `path` (not starting with `/`) has no empty, `.` or `..` component.
  private static func isNormal(_ path: String) -> Bool {
    var componentLength = 0
    var dots = 0
    for byte in path.utf8 {
      if byte == UInt8(ascii: "/") {
        guard componentLength > 0, dots != componentLength || dots > 2 else { return false }
        componentLength = 0
        dots = 0
      } else {
        componentLength += 1
        if byte == UInt8(ascii: ".") { dots += 1 }
      }
    }
    return componentLength > 0 && (dots != componentLength || dots > 2)
  }

  /// The path diagnostics print: the root as the user wrote it joined with `relative`.
  func displayPath(for relative: String) -> String {
    let path = Self.normalize(relative) ?? relative
    return root == "." ? path : root + "/" + path
  }

  /// The real filesystem path of `relative` (already normalized), checked to stay under the root.
  func resolve(_ relative: String) throws(Refusal) -> String {
    guard let realRoot = FileSystem.realPath(root) else { throw .missing }
    var parent = realRoot
    var components = relative.split(separator: "/").map(String.init)
    guard let name = components.popLast() else { throw .missing }
    if !components.isEmpty {
      guard let realParent = FileSystem.realPath(realRoot + "/" + components.joined(separator: "/")) else {
        throw .missing
      }
      guard Self.isInside(realParent, realRoot) else { throw .outsideRoot }
      parent = realParent
    }
    let candidate = parent + "/" + name
    guard let kind = FileKind(atPath: candidate, followingLinks: false) else { throw .missing }
    guard kind == .link else { return candidate }
    if let target = FileSystem.realPath(candidate) {
      guard Self.isInside(target, realRoot) else { throw .outsideRoot }
      return target
    }
    // A dangling symlink: judge where it points without following it.
    guard let link = Self.linkTarget(candidate) else { throw .missing }
    let lexical = link.hasPrefix("/") ? link : parent + "/" + link
    guard let normalized = Self.normalize(String(lexical.dropFirst())), Self.isInside("/" + normalized, realRoot)
    else { throw .outsideRoot }
    throw .missing
  }

  private static func isInside(_ path: String, _ root: String) -> Bool {
    path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
  }

  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
