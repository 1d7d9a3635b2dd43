import FileSystem
import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// Finds the lexicon files an input path names: the file itself, or every `*.json` below a folder.
enum LexiconInput {
  /// Root-relative paths, sorted byte-wise so every run reads (and reports) in the same order.
  ///
  /// Symbolic links whose target lies outside the loader root are skipped with a warning; the
  /// loader would refuse them anyway, and a folder walk must not wander off the root.
  static func files(at path: String, root: String, sink: DiagnosticSink) throws(DiagnosticError) -> [String] {
    let relative = normalized(path)
    if relative.hasPrefix("../") || relative == ".." || path.hasPrefix("/") {
      throw DiagnosticError("input '\(path)' lies outside the spec root \(root)", at: nil, path: path)
    }
    // The root as the system names it (links resolved), so a link's target can be checked against it.
    guard let realRoot = FileSystem.realPath(root) else {
      throw DiagnosticError("no such lexicon file or folder: \(path)", at: nil, path: path)
    }
    let rootPath = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
    guard let kind = FileKind(atPath: rootPath + relative, followingLinks: true) else {
      throw DiagnosticError("no such lexicon file or folder: \(path)", at: nil, path: path)
    }
    guard kind == .folder else { return [relative] }
    var walk = FolderWalk(rootPath: rootPath)
    try walk.visit(relative, depth: 0, input: path)
    // Reported sorted by path, so the warnings do not depend on the order the folder is listed in.
    for entry in walk.skipped.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
      sink.report(Diagnostic(.warning, "skipped \(entry.path): \(entry.reason)", at: nil))
    }
    let result = walk.files
    guard !result.isEmpty else {
      // An empty input is a mistake (a wrong path, a failed checkout), never a request to
      // delete every previously generated file.
      let folder = relative.isEmpty ? root : path
      throw DiagnosticError(
        "no lexicon files (*.json) in folder \(folder): nothing to generate; the output folder is left as it is",
        at: nil, path: folder)
    }
    return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// `./a//b/` → `a/b`; `.` → the empty path (the root itself).
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }
}

/// The `*.json` files below a folder of the spec root, found without following links to folders.
private struct FolderWalk {
  /// The real path of the spec root, ending in `/`.
  let rootPath: String
  /// Root-relative paths of the lexicon files found.
  var files: [String] = []
  /// Entries left out, each with why (every one is reported: nothing is skipped without a word).
  var skipped: [(path: String, reason: String)] = []

  /// Lexicon trees are a few folders deep (one per NSID segment); this bounds a pathological one.
  static let maxDepth = 64

  /// Visits the folder at root-relative `relative` and the folders below it.
  mutating func visit(_ relative: String, depth: Int, input: String) throws(DiagnosticError) {
    let folder = rootPath + relative
    guard depth < Self.maxDepth else {
      skipped.append((folder, "deeper than \(Self.maxDepth) folders"))
      return
    }
    let entries: [FolderEntry]
    do {
      entries = try FileSystem.entries(of: folder)
    } catch {
      throw DiagnosticError("cannot list folder \(input): \(error.reason)", at: nil, path: input)
    }
    for entry in entries {
      let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
      let full = rootPath + path
      let kind = entry.isUTF8 ? FileKind(atPath: full, followingLinks: false) : nil
      if kind == .folder {
        try visit(path, depth: depth + 1, input: input)
        continue
      }
      guard entry.name.hasSuffix(".json"), entry.name.utf8.count > ".json".utf8.count else { continue }
      guard let kind else {
        // A name the file system holds as bytes that are not UTF-8: no path can name it back.
        skipped.append((full, entry.isUTF8 ? "it vanished while the folder was read" : "its name is not valid UTF-8"))
        continue
      }
      guard kind == .link else {
        files.append(path)
        continue
      }
      guard let target = FileSystem.realPath(full) else {
        skipped.append((full, "a symbolic link that leads nowhere (or in a loop)"))
        continue
      }
      guard (target + "/").hasPrefix(rootPath) else {
        skipped.append((full, "a symbolic link leaving the spec root"))
        continue
      }
      // A link to a folder is not entered: it could lead back up and walk the tree again.
      if FileKind(atPath: target, followingLinks: false) != .folder { files.append(path) }
    }
  }
}
