import SpecgenDiagnostics

/// Parses bytes that are already in memory (tests, `specgen check`).
public enum DocumentParser {
  /// The size from which a YAML document is read in pieces: below it one reader is as fast as handing
  /// pieces out.
  public static let piecesThreshold = 32 << 10

  /// JSON when the first non-blank byte is `{` or `[` (strict RFC 8259 reader), YAML otherwise (libyaml;
  /// a large document in pieces on every core, see `YAMLPieces`).
  ///
  /// `file` is the name diagnostics print. Input larger than `limits.maxInputBytes` is refused
  /// before any parsing. A YAML document of at least `piecesFrom` bytes is read in pieces (`.max`: never;
  /// the fuzzer compares both ways).
  public static func parse(
    _ bytes: [UInt8], file: String, limits: ReaderLimits = .default, piecesFrom: Int = piecesThreshold
  ) throws(DiagnosticError) -> Node {
    guard bytes.count <= limits.maxInputBytes else {
      throw DiagnosticError(
        "'\(file)' is \(bytes.count) bytes, more than the limit of \(limits.maxInputBytes)",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    return try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) -> Node in
      if looksLikeJSON(buffer) {
        return try JSONReader(file: file, limits: limits).read(buffer)
      }
      if let node = YAMLPieces.read(buffer, file: file, limits: limits, minimumBytes: piecesFrom) { return node }
      return try YAMLReader(file: file, limits: limits).read(buffer)
    }
  }

  /// Whether the first byte after an optional byte order mark and whitespace opens a JSON object or array.
  static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = TextPosition.byteOrderMarkLength(bytes)
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        index += 1
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        return true
      default:
        return false
      }
    }
    return false
  }
}
