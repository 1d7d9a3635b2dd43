import DiscoveryFrontEnd
import Foundation
import LexiconFrontEnd
import OpenAPIFrontEnd
import OutputWriter
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter

/// libFuzzer entry point: one input is one spec file, run through every stage that reads input.
///
/// The bytes are written to `spec.json` in a private folder on each call (the loader reads specs
/// from disk, confined to their folder, and that confinement is part of what is fuzzed). One
/// loader reads the file once (it caches the parsed document) and the OpenAPI, Lexicon and
/// Discovery front ends each translate it; whatever translates goes through the same IR checks
/// the CLI runs and is emitted once, ownership headers included, as `Generator.render` does for
/// the kind it detects. Before that the bytes are parsed whole and in pieces (`YAMLPiecesOracle`).
/// A `DiagnosticError` is the expected outcome for bad input; only a crash, a sanitizer report, a hang
/// or a disagreement between the two parses is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
  FuzzFolder.writeSpec(input)
  // Tighter limits than the CLI's so one input cannot eat the run's memory budget.
  let limits = ReaderLimits(maxInputBytes: 1 << 20, maxDepth: 128, maxAliasExpansion: 10_000)
  YAMLPiecesOracle.check(Array(input), limits: limits)
  let loader = DocumentLoader(root: FuzzFolder.root, limits: limits)
  let results = [
    try? OpenAPITranslator.translate(path: "spec.json", loader: loader),
    try? LexiconTranslator.translate(path: "spec.json", loader: loader),
    try? DiscoveryTranslator.translate(path: "spec.json", loader: loader),
  ]
  let emitter = SwiftEmitter(options: EmitterOptions(moduleName: "Fuzzed"))
  for case let result? in results {
    // A module the IR checks refuse is a finding: every front end must build a consistent module.
    do {
      try ModuleCheck.check(result.module)
    } catch {
      fatalError("ModuleCheck refused a translated module: \(error.diagnostics.map(\.description))")
    }
    guard (try? ModuleCheck.checkForEmission(result.module)) != nil else { continue }
    for file in emitter.emit(result.module) {
      _ = OwnershipHeader.prepending(to: file.contents, specPath: "spec.json")
    }
  }
  return 0
}

/// The private folder the current input is written to, created once per process.
enum FuzzFolder {
  static let root: String = {
    let template = NSTemporaryDirectory() + "specgen-fuzz-XXXXXX"
    var buffer = Array(template.utf8CString)
    guard let made = mkdtemp(&buffer) else { fatalError("mkdtemp failed for \(template)") }
    return String(cString: made)
  }()

  static let specPath = root + "/spec.json"

  /// Replaces the spec file's contents with plain `open`/`write`: `FileManager.createFile` syncs
  /// the file to disk, which cost about 5% of every execution and protects nothing here.
  static func writeSpec(_ bytes: UnsafeBufferPointer<UInt8>) {
    let descriptor = open(specPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { fatalError("cannot open \(specPath)") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      guard written > 0 else { fatalError("cannot write \(specPath)") }
      offset += written
    }
  }
}

/// Reading a YAML document in pieces must give the tree one reader gives, or its error: the input is
/// read both ways (pieces from the first byte on) and any difference is a finding.
enum YAMLPiecesOracle {
  static func check(_ bytes: [UInt8], limits: ReaderLimits) {
    let whole = Result { () throws(DiagnosticError) in
      try DocumentParser.parse(bytes, file: "f", limits: limits, piecesFrom: .max)
    }
    let pieces = Result { () throws(DiagnosticError) in
      try DocumentParser.parse(bytes, file: "f", limits: limits, piecesFrom: 0)
    }
    switch (whole, pieces) {
    case (.success(let one), .success(let other)):
      if !same(one, other) { fatalError("YAML read in pieces differs from one read") }
    case (.failure(let one), .failure(let other)):
      if one.diagnostics != other.diagnostics { fatalError("YAML read in pieces fails differently") }
    default:
      fatalError("YAML read in pieces disagrees with one read on whether the document parses")
    }
  }

  /// Same content, positions and key positions, in the same order.
  static func same(_ one: Node, _ other: Node) -> Bool {
    guard one.location == other.location else { return false }
    switch (one.content, other.content) {
    case (.scalar(let a), .scalar(let b)):
      return a == b
    case (.sequence(let a), .sequence(let b)):
      return a.count == b.count && zip(a, b).allSatisfy(same)
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count
        && zip(a.entries, b.entries).allSatisfy {
          $0.key == $1.key && $0.keyLocation == $1.keyLocation && same($0.value, $1.value)
        }
    default:
      return false
    }
  }
}
