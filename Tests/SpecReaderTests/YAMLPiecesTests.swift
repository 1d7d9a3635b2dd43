import Foundation
import SpecgenDiagnostics
import Testing
import WorkerThreads

@testable import SpecReader

/// A pool of one worker beside the caller, whatever the machine has, so pieces are read in parallel.
private let pool = WorkerPool(threads: 1)

private let specs = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("specs")

/// The whole tree as text: every node's kind, value and position, every key and its position, in order.
private func dump(_ node: Node, into text: inout String, depth: Int = 0) {
  let location = "@\(node.location.line):\(node.location.column)"
  switch node.content {
  case .scalar(let scalar):
    text += "\(location) \(scalar.style) \(scalar.tag ?? "") \(scalar.text.debugDescription)\n"
  case .sequence(let items):
    text += "\(location) [\n"
    for item in items { dump(item, into: &text, depth: depth + 1) }
    text += "]\n"
  case .mapping(let mapping):
    text += "\(location) {\n"
    for entry in mapping.entries {
      text += "\(entry.key.debugDescription)@\(entry.keyLocation.line):\(entry.keyLocation.column): "
      dump(entry.value, into: &text, depth: depth + 1)
    }
    text += "}\n"
  }
}

private func dump(_ node: Node) -> String {
  var text = ""
  dump(node, into: &text)
  return text
}

/// The tree one reader builds, or its first diagnostic.
private func readWhole(_ bytes: [UInt8], limits: ReaderLimits = .default) -> Result<String, DiagnosticError> {
  bytes.withUnsafeBufferPointer { buffer in
    Result { () throws(DiagnosticError) in dump(try YAMLReader(file: "t", limits: limits).read(buffer)) }
  }
}

/// The tree read in pieces, or nil when the document is left to one reader.
private func readInPieces(_ bytes: [UInt8], limits: ReaderLimits = .default) -> String? {
  bytes.withUnsafeBufferPointer { buffer in
    YAMLPieces.read(buffer, file: "t", limits: limits, pool: pool, minimumBytes: 0).map(dump)
  }
}

private func pieceCount(_ bytes: [UInt8]) -> Int {
  bytes.withUnsafeBufferPointer { YAMLPieces.plan($0, count: 8)?.count ?? 0 }
}

@Suite struct YAMLPiecesTests {
  @Test(arguments: ["livepeer/openapi.yaml", "mux/mux.yaml", "apivideo/oas_apivideo.yaml"])
  func realSpecsReadInPiecesAsInOneRead(_ path: String) throws {
    let bytes = Array(try Data(contentsOf: specs.appendingPathComponent(path)))
    #expect(pieceCount(bytes) >= 6)
    let pieces = try #require(readInPieces(bytes))
    #expect(pieces == (try readWhole(bytes).get()))
  }

  @Test func largeEntriesAreCutAtTheirEntriesAsDeepAsNeeded() throws {
    let paths = (0..<8).map { "  /p\($0):\n    get: {operationId: op\($0)}\n" }.joined()
    let schemas = (0..<8).map { "    S\($0):\n      type: object\n      description: schema \($0)\n" }.joined()
    let text = """
      # leading comment
      openapi: 3.1.0
      info: {title: t}
      paths:
      \(paths)components:
        schemas:
      \(schemas)  securitySchemes: {}
      tags: [a]

      """
    let bytes = Array(text.utf8)
    let plan = try #require(bytes.withUnsafeBufferPointer { YAMLPieces.plan($0, count: 6) })
    func startsWith(_ piece: YAMLPieces.Piece, _ prefix: String) -> Bool {
      text.utf8.dropFirst(piece.bytes.lowerBound).starts(with: prefix.utf8)
    }
    // The first piece starts at byte 0 (the comment); `paths:` is cut between its paths, `schemas:`
    // between its schemas; the pieces after each climb back up where the mapping they add to ends.
    #expect(plan.first?.bytes.lowerBound == 0)
    #expect(plan.map(\.bytes.count).reduce(0, +) == bytes.count)
    #expect(plan.contains { $0.depth == 1 && startsWith($0, "  /p") })
    #expect(plan.contains { $0.depth == 2 && startsWith($0, "    S") })
    #expect(plan.contains { $0.depth == 1 && startsWith($0, "  securitySchemes:") })
    #expect(plan.contains { $0.depth == 0 && startsWith($0, "components:") })
    #expect(plan.last.map { startsWith($0, "tags:") } == true)
    let pieces = try #require(readInPieces(bytes))
    #expect(pieces == (try readWhole(bytes).get()))
    #expect(pieces.contains("\"/p7\"@19:3"))
    #expect(pieces.contains("\"S7\"@44:5"))
  }

  @Test(arguments: [
    // An alias to an anchor another piece defines.
    "a:\n  x: &shared {k: 1}\n  y: 2\nb:\n  z: *shared\n  w: 3\n",
    // A duplicate key across pieces, at the top and among the entries of a cut entry, two levels down.
    "a:\n  x: 1\n  y: 2\na:\n  z: 3\n  w: 4\n",
    "a:\n  x: 1\n  y: 2\n  x: 3\n  w: 4\n",
    "a:\n  b:\n    x: 1\n    y: 2\n    x: 3\n    w: 4\n",
    // An entry indented like a mapping's entry that is not one: under a sequence, after a block scalar.
    "a:\n- x: 1\n  y: 2\n  z: 3\nb:\n  c: 1\n",
    "a: |\n  x: 1\n  y: 2\nb:\n  c: 1\n  d: 2\n",
    "a:\n  b: [1,\n  2]\n  c: 3\n",
    // A flow mapping and a quoted scalar going on at column 0 and 2.
    "a: {x: 1,\nb: 2}\nc:\n  d: 1\n  e: 2\n",
    "a:\n  x: \"one\n  y: two\"\n  z: 3\n",
    // A sequence at column 0 as a top-level value, a complex key.
    "a:\n- x: 1\n  y: 2\nb:\n  c: 1\n  d: 2\n",
    "? a\n: 1\nb:\n  c: 1\n  d: 2\n",
    // Not a mapping at the top.
    "a\nb\nc\n",
  ])
  func documentsNotCutCleanlyReadAsInOneRead(_ text: String) {
    let bytes = Array(text.utf8)
    if let pieces = readInPieces(bytes) {
      #expect(pieces == (try? readWhole(bytes).get()))
    }
    // Whatever the pieces did, the parser's answer is the one reader's.
    let parsed = Result { () throws(DiagnosticError) in dump(try DocumentParser.parse(bytes, file: "t")) }
    switch (parsed, readWhole(bytes)) {
    case (.success(let a), .success(let b)): #expect(a == b)
    case (.failure(let a), .failure(let b)): #expect(a.diagnostics == b.diagnostics)
    default: Issue.record("the parser and the one reader disagree on \(text.debugDescription)")
    }
  }

  @Test(arguments: [
    "%YAML 1.2\n---\na:\n  x: 1\nb: 2\n", "a: 1\n---\nb: 2\n", "a: 1\rb:\n  c: 2\n  d: 3\n",
    "\u{FEFF}a: 1\nb:\n  c: 2\n  d: 3\n", "a: 1\u{2028}b:\n  c: 2\n  d: 3\n", "  a: 1\nb:\n  c: 2\n",
  ])
  func documentsWhoseLinesCannotBeCountedAreNotCut(_ text: String) {
    #expect(pieceCount(Array(text.utf8)) == 0)
  }

  @Test func aliasesAddedUpOverPiecesKeepTheLimit() throws {
    let piece = "  a: &x [1, 2, 3, 4, 5]\n  b: [*x, *x, *x]\n"
    let text = "one:\n\(piece)two:\n\(piece)"
    let limits = ReaderLimits(maxAliasExpansion: 20)
    // Each piece alone adds 18 nodes, under the limit; the document adds 36, over it.
    #expect(readInPieces(Array(text.utf8), limits: limits) == nil)
    #expect(throws: DiagnosticError.self) { try readWhole(Array(text.utf8), limits: limits).get() }
  }

  /// Random damage to a spec (lines dropped, repeated, indented, anchors and quotes added) never makes
  /// the pieces disagree with one reader: they either give its tree or give up.
  @Test func damagedDocumentsNeverDisagree() throws {
    let base = try String(contentsOf: specs.appendingPathComponent("livepeer/openapi.yaml"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).prefix(1200).map(String.init)
    // A seeded linear congruential sequence (Knuth's MMIX constants), so a failing case can be replayed.
    var state: UInt64 = 20_261_207
    func random() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var piecesUsed = 0
    for _ in 0..<60 {
      var lines = base
      for _ in 0..<(random() % 4 + 1) {
        let index = random() % lines.count
        switch random() % 6 {
        case 0: lines.remove(at: index)
        case 1: lines.insert(lines[index], at: index)
        case 2: lines[index] = "  " + lines[index]
        case 3: lines[index] += " &a"
        case 4: lines[index] = lines[index].replacingOccurrences(of: ": ", with: ": *a ")
        default: lines[index] = lines[index].replacingOccurrences(of: ": ", with: ": \"")
        }
      }
      let bytes = Array(lines.joined(separator: "\n").utf8)
      guard let pieces = readInPieces(bytes) else { continue }
      piecesUsed += 1
      #expect(pieces == (try? readWhole(bytes).get()))
    }
    // Most damage stays inside one piece, which then reads as a whole read would.
    #expect(piecesUsed > 10)
  }
}
