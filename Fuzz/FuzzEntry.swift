import DiscoveryFrontEnd
import Foundation
import GeneratorPipeline
import LexiconFrontEnd
import OpenAPIFrontEnd
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter

/// libFuzzer entry point: one input is one spec file, run through every stage that reads input.
///
/// The bytes are written to `spec.json` in a private folder on each call (the loader reads specs
/// from disk, confined to their folder, and that confinement is part of what is fuzzed). The
/// reader and the OpenAPI, Lexicon and Discovery front ends each see the document; whatever
/// translates is emitted, and then rendered once more the way the CLI does it (`Generator.render`:
/// kind detection, the IR checks, ownership headers). A `DiagnosticError` is the expected outcome
/// for bad input; only a crash, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  guard FileManager.default.createFile(atPath: FuzzFolder.specPath, contents: Data(bytes)) else {
    fatalError("cannot write \(FuzzFolder.specPath)")
  }
  // Tighter limits than the CLI's so one input cannot eat the run's memory budget.
  let limits = ReaderLimits(maxInputBytes: 1 << 20, maxDepth: 128, maxAliasExpansion: 10_000)
  let emitter = SwiftEmitter(options: EmitterOptions(moduleName: "Fuzzed"))
  var translated = false
  if let result = try? OpenAPITranslator.translate(
    path: "spec.json", loader: DocumentLoader(root: FuzzFolder.root, limits: limits))
  {
    _ = emitter.emit(result.module)
    translated = true
  }
  if let result = try? LexiconTranslator.translate(
    path: "spec.json", loader: DocumentLoader(root: FuzzFolder.root, limits: limits))
  {
    _ = emitter.emit(result.module)
    translated = true
  }
  if let result = try? DiscoveryTranslator.translate(
    path: "spec.json", loader: DocumentLoader(root: FuzzFolder.root, limits: limits))
  {
    _ = emitter.emit(result.module)
    translated = true
  }
  if translated {
    let target = SpecgenConfig.Target(spec: "spec.json", output: "unused", module: "Fuzzed")
    _ = try? Generator(limits: limits).render(target, relativeTo: FuzzFolder.root)
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
}
