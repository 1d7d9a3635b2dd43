import Foundation
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
    let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
    let inputURL = relative.isEmpty ? rootURL : rootURL.appendingPathComponent(relative)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: inputURL.path, isDirectory: &isDirectory) else {
      throw DiagnosticError("no such lexicon file or folder: \(path)", at: nil, path: path)
    }
    guard isDirectory.boolValue else { return [relative] }

    guard let walker = FileManager.default.enumerator(at: inputURL, includingPropertiesForKeys: []) else {
      throw DiagnosticError("cannot list folder \(path)", at: nil, path: path)
    }
    let rootPath = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
    var result: [String] = []
    // Reported sorted by path, so the warnings do not depend on the order the folder is listed in.
    var skipped: [(path: String, reason: String)] = []
    defer {
      for entry in skipped.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
        sink.report(Diagnostic(.warning, "skipped \(entry.path): \(entry.reason)", at: nil))
      }
    }
    for case let url as URL in walker where url.pathExtension == "json" {
      // `lstat`, not `resourceValues`: Foundation's resource values look up the owner's user name,
      // which makes glibc open a socket to nscd; reading specs must open no socket at all.
      var status = stat()
      let isSymbolicLink = lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
      let resolved = url.resolvingSymlinksInPath()
      if isSymbolicLink, !resolved.path.hasPrefix(rootPath) {
        skipped.append((url.path, "a symbolic link leaving the spec root"))
        continue
      }
      var isFile: ObjCBool = false
      guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFile) else {
        // Never skipped without a word: a dangling link or a link loop, or a name the file system
        // holds as bytes that are not UTF-8 (Foundation cannot name it back).
        let reason =
          isSymbolicLink ? "a symbolic link that leads nowhere (or in a loop)" : "its name is not valid UTF-8"
        skipped.append((url.path, reason))
        continue
      }
      guard !isFile.boolValue else { continue }
      let standardized = url.standardizedFileURL.path
      guard standardized.hasPrefix(rootPath) else { continue }
      result.append(String(standardized.dropFirst(rootPath.count)))
    }
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
