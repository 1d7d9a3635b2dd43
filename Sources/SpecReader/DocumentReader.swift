import SpecgenDiagnostics

/// Limits that keep hostile documents from exhausting memory or the stack.
public struct ReaderLimits: Sendable, Hashable {
  /// Largest input file, in bytes. The default, 16 MiB, is twenty times the largest public spec
  /// we know of (812 KB), so real specs pass while a 50 MB document is refused before it is read.
  public var maxInputBytes: Int
  /// Deepest nesting of mappings and sequences.
  public var maxDepth: Int
  /// Most nodes that alias expansion may add to a document ("billion laughs" guard).
  public var maxAliasExpansion: Int

  public init(maxInputBytes: Int = 16 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000) {
    self.maxInputBytes = maxInputBytes
    self.maxDepth = maxDepth
    self.maxAliasExpansion = maxAliasExpansion
  }

  public static let `default` = ReaderLimits()
}
