import Foundation

// The README's Swift blocks, each between `// README: <name>` and `// README end`, one file per SDK
// (ReadmeSnippets+<SDK>.swift, importing only that SDK, as a user's file would). ReadmeSnippetTests
// checks that every ```swift block of README.md is one of these regions, verbatim (its `import` lines
// are the file's imports), so the README cannot show code that does not compile; the tests also run
// each call against a recording transport.

/// What a README snippet prints, collected instead of printed.
final class SnippetOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var printed: [String] { lock.withLock { lines } }
  func print(_ items: Any...) { lock.withLock { lines.append(items.map { "\($0)" }.joined(separator: " ")) } }
}

/// The README's snippets, as functions the tests call.
enum ReadmeSnippets {}
