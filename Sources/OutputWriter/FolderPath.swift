/// `/`-separated path arithmetic on plain strings for the writer.
///
/// Not `NSString.deletingLastPathComponent`: swift-corelibs-foundation traps on a one-character
/// component that itself came out of it (`"o/A.swift"` → `"o"` → crash), which crashed
/// `specgen generate spec.yaml --output o`.
enum FolderPath {
  /// `a/b/c.swift` → `a/b`; `c.swift` → ``; `/c` → `/`.
  static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    var parent = trimmed[..<slash]
    while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
    return String(parent)
  }
}
