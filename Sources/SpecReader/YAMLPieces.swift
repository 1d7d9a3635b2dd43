import SpecgenDiagnostics
import WorkerThreads

/// Reads a large YAML document as pieces parsed on every core, then joined into the tree one reader
/// would build. libyaml reads one stream on one thread: api.video's spec took 10 ms while the other
/// core waited.
///
/// A spec is a block mapping at column 0 (`paths:`, `components:`) whose large values are block
/// mappings indented two spaces a level (every path, `schemas:`, every schema). The document is cut at
/// such key lines into pieces of about equal size. A piece that starts at a key indented `2 × depth`
/// holds more entries of the mapping the piece before it ended in, `depth` levels down; it ends at the
/// latest where that mapping ends. Each piece is read as a document of its own with its line numbers
/// shifted, so every node has the position one reader gives it.
///
/// Cutting never needs to understand YAML, because a wrong cut cannot go unnoticed: a cut inside a
/// node (a quoted or flow scalar, a flow collection, an alias to another piece's anchor) leaves a piece
/// that does not parse, or does not parse to a mapping, or continues a value that is not a mapping. Any
/// such piece, a duplicate key between pieces, and a limit reached over all pieces sends the document
/// through one reader, which gives the tree, or the diagnostic, it always gave. Documents whose lines
/// cannot be cut this way (directives, `---`, a byte order mark, line breaks other than `\n` and
/// `\r\n`) go to one reader from the start.
enum YAMLPieces {
  /// Whole lines of the document, from the key line `start` (or the document's first byte) to `end`.
  struct Piece: Equatable {
    var start: YAMLCut
    var end: Int

    var bytes: Range<Int> { start.offset..<end }
    /// 0-based line of the first byte.
    var firstLine: Int { start.line }
    /// How many mappings down the piece's entries belong: 0 for top-level entries.
    var depth: Int { start.depth }
  }

  /// A piece as read: its root mapping, where that starts, and the piece's depth.
  private struct Part {
    var mapping: Mapping
    var location: SourceLocation
    var depth: Int
  }

  /// The document read as pieces on `pool`, or nil when it cannot be (see the type's comment): the
  /// caller then reads it whole.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReaderLimits, pool: WorkerPool = .shared,
    minimumBytes: Int = DocumentParser.piecesThreshold
  ) -> Node? {
    guard pool.threadCount > 0, bytes.count >= minimumBytes,
      let pieces = plan(bytes, count: 4 * (pool.threadCount + 1)), pieces.count > 1
    else { return nil }
    let results = pool.map(pieces.count, chunk: 1) { index -> (node: Node, expansion: Int)? in
      let piece = pieces[index]
      var pieceLimits = limits
      pieceLimits.maxDepth -= piece.depth  // the piece's mapping sits `depth` levels down
      let reader = YAMLReader(
        // Every node retains its file name: a string per piece keeps the threads off one shared count.
        file: String(decoding: Array(file.utf8), as: UTF8.self), limits: pieceLimits, lineOffset: piece.firstLine)
      return try? reader.readCountingExpansion(UnsafeBufferPointer(rebasing: bytes[piece.bytes]))
    }
    var parts: [Part] = []
    var expansion = 0
    for (piece, result) in zip(pieces, results) {
      guard let result, let mapping = result.node.mapping else { return nil }
      expansion += result.expansion
      parts.append(Part(mapping: mapping, location: result.node.location, depth: piece.depth))
    }
    guard expansion <= limits.maxAliasExpansion else { return nil }
    return try? join(parts)
  }

  /// A mapping being assembled from pieces: the root, or the value of the last entry of the mapping
  /// above it on the spine.
  private struct OpenMapping {
    var location: SourceLocation
    var entries: [Mapping.Entry]

    /// The finished node; a duplicate key throws, as it does in one read.
    func close() throws(DiagnosticError) -> Node {
      var builder = NodeTreeBuilder(maxDepth: Int.max)
      try builder.open(mapping: true, at: location)
      for entry in entries {
        try builder.addKey(entry.key, at: entry.keyLocation)
        try builder.add(entry.value)
      }
      return try builder.close().node
    }
  }

  /// The root mapping: each piece's entries added to the mapping `depth` levels down the spine of last
  /// entries, which is opened as far as the next piece needs and closed as the pieces climb back.
  private static func join(_ parts: [Part]) throws(DiagnosticError) -> Node? {
    var spine = [OpenMapping(location: parts[0].location, entries: [])]
    for (index, part) in parts.enumerated() {
      guard part.depth < spine.count else { return nil }
      while spine.count > part.depth + 1 { try closeLast(&spine) }
      spine[part.depth].entries += part.mapping.entries
      let next = index + 1 < parts.count ? parts[index + 1].depth : 0
      while spine.count <= next {
        guard let last = spine[spine.count - 1].entries.last, let mapping = last.value.mapping else { return nil }
        spine.append(OpenMapping(location: last.value.location, entries: mapping.entries))
      }
    }
    while spine.count > 1 { try closeLast(&spine) }
    return try spine[0].close()
  }

  /// Closes the innermost open mapping into the value of the last entry of the one above it.
  private static func closeLast(_ spine: inout [OpenMapping]) throws(DiagnosticError) {
    let value = try spine.removeLast().close()
    let parent = spine.count - 1
    let last = spine[parent].entries.removeLast()
    spine[parent].entries.append(Mapping.Entry(key: last.key, keyLocation: last.keyLocation, value: value))
  }

  /// Cuts `bytes` into about `count` pieces of similar size, or nil when it cannot be cut by line.
  static func plan(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Piece]? {
    guard let lines = YAMLKeyLines(bytes), let first = lines.levels[0].first, lines.levels[0].count > 1,
      lines.isBlankOrComment(0..<first.offset)
    else { return nil }
    let target = max(1, bytes.count / max(1, count))
    var pieces: [Piece] = []
    // The first piece starts at the first byte, so it holds any comment before the first key.
    var start = YAMLCut(offset: 0, line: 0, depth: 0)
    for cut in lines.cuts(largerThan: target) where cut.offset > first.offset {
      // A piece ends where the mapping it adds to ends, and otherwise once it is large enough.
      guard cut.depth < start.depth || cut.offset - start.offset >= target else { continue }
      pieces.append(Piece(start: start, end: cut.offset))
      start = cut
    }
    pieces.append(Piece(start: start, end: bytes.count))
    return pieces
  }
}
