import Foundation

/// Compiled `pattern` regular expressions, one per distinct pattern text, shared by every check.
///
/// `Regex` is not `Sendable`, so compiled expressions never leave the lock: matching happens inside
/// it. `@unchecked` because the lock, not the compiler, guards `compiled`.
final class PatternCache: @unchecked Sendable {
  static let shared = PatternCache()

  private let lock = NSLock()
  /// nil records a pattern `Regex` rejected, so it is not recompiled on every check.
  private var compiled: [String: Regex<AnyRegexOutput>?] = [:]

  /// Whether `text` contains a match of `pattern`; nil when the pattern does not compile.
  func text(_ text: String, matches pattern: String) -> Bool? {
    lock.lock()
    defer { lock.unlock() }
    let regex: Regex<AnyRegexOutput>?
    if let cached = compiled[pattern] {
      regex = cached
    } else {
      regex = try? Regex(pattern)
      compiled[pattern] = .some(regex)
    }
    guard let regex else { return nil }
    return text.contains(regex)
  }
}
