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
/// the kind it detects. A `DiagnosticError` is the expected outcome for bad input; only a crash,
/// a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzFolder.writeSpec(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  // Tighter limits than the CLI's so one input cannot eat the run's memory budget.
  let limits = ReaderLimits(maxInputBytes: 1 << 20, maxDepth: 128, maxAliasExpansion: 10_000)
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
