import DiscoveryFrontEnd
import FileSystem
import LexiconFrontEnd
import OpenAPIFrontEnd
import OutputWriter
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import SwiftEmitter
import WorkerThreads

/// Runs the stages for one target: read, translate, emit, add ownership headers.
///
/// Rendering never writes: `Regeneration` decides what reaches the disk, so a failing target
/// leaves every output folder untouched.
public struct Generator: Sendable {
  /// Bounds on every spec document read (size, nesting, alias expansion).
  public var limits: InputLimits

  public init(limits: InputLimits = .default) {
    self.limits = limits
  }

  /// Renders `target`, whose paths are relative to `directory` (the config's folder).
  public func render(_ target: SpecgenConfig.Target, relativeTo directory: String) throws(DiagnosticError)
    -> RenderedTarget
  {
    try render(target, relativeTo: directory, afterTranslation: {})
  }

  /// `render`, calling `afterTranslation` once the spec is translated: from there until rendering the
  /// naming passes run on the caller alone, which leaves the other cores free for work of its own.
  func render(
    _ target: SpecgenConfig.Target, relativeTo directory: String, afterTranslation: () -> Void
  ) throws(DiagnosticError) -> RenderedTarget {
    let start = ContinuousClock.now
    WorkerPool.prepare()
    let specPath = LexicalPath.join(directory, target.spec)
    let result = try translate(specPath: specPath, namespaces: target.namespaces)
    afterTranslation()
    try Self.requireSomethingToGenerate(result, specPath: specPath)
    try ModuleCheck.checkForEmission(result.module)
    let emitter = SwiftEmitter(options: EmitterOptions(moduleName: target.module, accessLevel: target.access))
    let emitted = emitter.emit(result.module)
    let header = OwnershipHeader.line(specPath: LexicalPath.normalize(target.spec))
    // Each file is copied once more to put the header first; on every core, as rendering was.
    let contents = WorkerPool.shared.map(emitted.count) { index in
      OwnershipHeader.prepending(header, to: emitted[index].contents)
    }
    var files: [String: String] = [:]
    for (file, text) in zip(emitted, contents) { files[file.path] = text }
    ExitTimeRelease.keep(result)
    return RenderedTarget(
      name: target.module, outputFolder: LexicalPath.join(directory, target.output), files: files,
      warnings: result.warnings, duration: ContinuousClock.now - start)
  }

  /// The Swift name of every type the spec at `specPath` declares, keyed by its source id (see
  /// `SwiftEmitter.typeIndex`); nothing is written.
  public func typeIndex(specPath: String, moduleName: String, namespaces: [String] = []) throws(DiagnosticError)
    -> [(id: TypeID, swiftName: String)]
  {
    let result = try translate(specPath: specPath, namespaces: namespaces)
    try Self.requireSomethingToGenerate(result, specPath: specPath)
    try ModuleCheck.checkForEmission(result.module)
    return SwiftEmitter(options: EmitterOptions(moduleName: moduleName)).typeIndex(result.module)
  }

  /// A spec that declares no type and no operation is refused: writing its (empty) output would
  /// delete every file the previous run generated, and an empty input is always a mistake.
  /// The translation's warnings come first: they often say why nothing was left.
  static func requireSomethingToGenerate(_ result: TranslationResult, specPath: String) throws(DiagnosticError) {
    guard result.module.declarations.isEmpty, result.module.operations.isEmpty else { return }
    let error = Diagnostic(
      .error, "nothing to generate: the spec declares no schema and no operation; the output folder is left as it is",
      at: SourceLocation(file: specPath, line: 1, column: 1), path: "#")
    throw DiagnosticError(result.warnings + [error])
  }

  /// A loader confined to `root`; its documents are kept until exit (see `ExitTimeRelease`).
  private func confinedLoader(root: String) -> DocumentLoader {
    let loader = DocumentLoader(root: root, limits: limits)
    ExitTimeRelease.keep(loader)
    return loader
  }

  /// Reads the spec at `specPath` (relative to the current folder, or absolute) with a loader
  /// confined to the spec's own folder (the lexicon folder itself for a folder of lexicons).
  /// A folder, or a `.json` file with a top-level `lexicon` key, is Lexicon; a `.json` file with a
  /// top-level `discoveryVersion` key is a Google API Discovery document; anything else OpenAPI.
  /// `namespaces` selects the lexicons generated in full (see `LexiconTranslator`); it is refused for
  /// any other kind of spec.
  func translate(specPath: String, namespaces: [String] = []) throws(DiagnosticError) -> TranslationResult {
    guard let kind = FileKind(atPath: specPath, followingLinks: true) else {
      throw DiagnosticError("cannot read spec '\(specPath)': no such file or folder", at: nil)
    }
    if kind == .folder {
      return try LexiconTranslator.translate(path: ".", loader: confinedLoader(root: specPath), namespaces: namespaces)
    }
    let name = LexicalPath.lastComponent(specPath)
    let loader = confinedLoader(root: LexicalPath.directory(specPath))
    // The loader caches documents, so the front end does not parse this file again.
    let json = name.lowercased().hasSuffix(".json") ? try loader.load(name) : nil
    if json?["lexicon"] != nil {
      return try LexiconTranslator.translate(path: name, loader: loader, namespaces: namespaces)
    }
    if !namespaces.isEmpty {
      // Namespaces name lexicons; for an OpenAPI or Discovery spec they would silently select nothing.
      throw DiagnosticError(
        "namespaces select lexicons, and '\(specPath)' is not a Lexicon spec: remove 'namespaces' from its target",
        at: nil)
    }
    if let json, DiscoveryTranslator.isDiscoveryDocument(json) {
      return try DiscoveryTranslator.translate(path: name, loader: loader)
    }
    return try OpenAPITranslator.translate(path: name, loader: loader)
  }
}
