import SchemaIR
import WorkerThreads

/// How the generated code is declared.
public struct EmitterOptions: Sendable, Hashable {
  public enum AccessLevel: String, Sendable, Hashable, CaseIterable {
    case `public`
    case `internal`
    case `package`

    /// What declarations start with: `public `, `package `, or nothing for `internal` (the default).
    var prefix: String { self == .internal ? "" : rawValue + " " }
  }

  /// The Swift module the files are compiled into.
  public var moduleName: String
  public var accessLevel: AccessLevel

  public init(moduleName: String, accessLevel: AccessLevel = .public) {
    self.moduleName = moduleName
    self.accessLevel = accessLevel
  }
}

/// One Swift source file, named relative to the output folder, without the ownership header
/// (the writer adds that).
public struct EmittedFile: Sendable, Hashable {
  public var path: String
  public var contents: String

  public init(path: String, contents: String) {
    self.path = path
    self.contents = contents
  }
}

/// Renders a `SchemaModule` as Swift source files.
public struct SwiftEmitter: Sendable {
  public var options: EmitterOptions

  public init(options: EmitterOptions) {
    self.options = options
  }

  /// The files for `module`, sorted by path. Pure: same IR, same bytes.
  ///
  /// Identical derived declarations are declared once (`IdenticalTypeMerging`). One file per top-level
  /// declaration, `<Name>.swift`, holding its nested declarations; it imports
  /// `SpecgenRuntime` only when it uses it. Operations become a client type and one extension file
  /// per operation (see `ClientEmitter`); the inline schemas they declare are ordinary declarations.
  public func emit(_ module: SchemaModule) -> [EmittedFile] {
    let module = IdenticalTypeMerging.merge(module).module
    let symbols = SymbolTable(module: module, moduleName: options.moduleName)
    // Planning the client decides names one operation after another; it runs on a worker while the
    // validation analysis runs and the declarations render here (the worker joins them when done).
    let options = self.options
    let client = PendingResult { ClientEmitter(module: module, symbols: symbols, options: options).prepare() }
    let validation = ValidationAnalysis(module: module, symbols: symbols)
    let roots = symbols.topLevelDeclarations
    // Once names are decided, each file is a pure function of the IR and the symbol table.
    let files = WorkerPool.shared.map(roots.count) { index in
      file(for: roots[index], symbols: symbols, validation: validation)
    }
    let namespaces = NamespaceEmitter.files(symbols: symbols, accessLevel: options.accessLevel)
    let operations = client.value().render()
    let constants = ConstantEmitter(module: module, symbols: symbols, access: options.accessLevel.prefix).emit()
    // File names are bounded last, so every kind of file (types, namespaces, client) is covered.
    return (files + namespaces + operations + constants).map { file in
      EmittedFile(path: FileNaming.bounded(file.path), contents: file.contents)
    }.sorted { $0.path < $1.path }
  }

  /// Every declared type of `module` with the Swift name code outside the module uses for it
  /// (`Livepeer.Stream.Multistream`), sorted by source id (a JSON pointer for OpenAPI). For tools that
  /// check the generated code against the spec, such as `scripts/check-wire.sh`.
  /// A declaration merged into an identical one (`IdenticalTypeMerging`) has the survivor's name.
  public func typeIndex(_ module: SchemaModule) -> [(id: TypeID, swiftName: String)] {
    let merged = IdenticalTypeMerging.merge(module)
    let symbols = SymbolTable(module: merged.module, moduleName: options.moduleName)
    return module.declarations.map(\.id).sorted().map { id in
      (id, options.moduleName + "." + symbols.reference(to: merged.survivors[id] ?? id, from: nil))
    }
  }

  private func file(
    for id: TypeID, symbols: SymbolTable, validation: ValidationAnalysis
  ) -> EmittedFile {
    var emitter = DeclarationEmitter(symbols: symbols, accessLevel: options.accessLevel)
    if let namespace = symbols.namespacePath(of: id) {
      // A namespaced declaration extends its namespace: `extension PlaceStream.Moderation { ... }`.
      emitter.writer.openBlock("extension " + namespace)
      emitter.emit(id)
      emitter.writer.closeBlock()
    } else {
      emitter.emit(id)
    }
    // Validation extensions are file-level, so they follow any namespace block.
    emitter.emitValidation(of: id, using: validation)
    var header = SwiftCodeWriter()
    if emitter.imports.contains(.foundation) { header.line("import Foundation") }
    if emitter.imports.contains(.runtime) { header.line("import SpecgenRuntime") }
    if !emitter.imports.isEmpty { header.blankLine() }
    return EmittedFile(path: symbols.fileName(id) + ".swift", contents: header.text(before: emitter.writer))
  }
}
