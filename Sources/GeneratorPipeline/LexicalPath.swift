/// Path arithmetic on strings, without touching the file system, so diagnostics and headers
/// name files the way the user wrote them (`specs/livepeer/openapi.yaml`, not an absolute path).
enum LexicalPath {
  /// `relative` resolved against `base` (unless it is absolute), then normalized.
  static func join(_ base: String, _ relative: String) -> String {
    if relative.hasPrefix("/") || base.isEmpty || base == "." { return normalize(relative) }
    return normalize(base + "/" + relative)
  }

  /// Drops `.` and empty components and folds `name/..`; keeps leading `..`. `""` becomes `.`.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for component in path.split(separator: "/") where component != "." {
      if component == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if component == "..", absolute, parts.isEmpty {
        continue
      } else {
        parts.append(component)
      }
    }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// The folder part: `a/b/c.yaml` → `a/b`, `c.yaml` → `.`.
  static func directory(_ path: String) -> String {
    let normalized = normalize(path)
    guard let slash = normalized.lastIndex(of: "/") else { return "." }
    if slash == normalized.startIndex { return "/" }
    return String(normalized[..<slash])
  }

  /// The last component: `a/b/c.yaml` → `c.yaml`.
  static func lastComponent(_ path: String) -> String {
    let normalized = normalize(path)
    guard let slash = normalized.lastIndex(of: "/") else { return normalized }
    return String(normalized[normalized.index(after: slash)...])
  }
}
