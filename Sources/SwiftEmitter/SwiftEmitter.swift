import SchemaIR

/// How the generated code is declared.
public struct EmitterOptions: Sendable, Hashable {
  public enum AccessLevel: String, Sendable, Hashable, CaseIterable {
    case `public`
    case `internal`
    case `package`
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
  /// One file per top-level declaration, `<Name>.swift`, holding its nested declarations; it imports
  /// `SpecgenRuntime` only when it uses it. Operations are not emitted here (request builders are a
  /// separate stage); the inline schemas they declare are ordinary declarations.
  public func emit(_ module: SchemaModule) -> [EmittedFile] {
    let symbols = SymbolTable(module: module, moduleName: options.moduleName)
    let recursion = RecursionAnalysis(module: module)
    var files: [EmittedFile] = []
    for id in symbols.topLevelDeclarations {
      var emitter = DeclarationEmitter(symbols: symbols, recursion: recursion, accessLevel: options.accessLevel)
      emitter.emit(id)
      var header = SwiftCodeWriter()
      if emitter.mapper.usesRuntime {
        header.line("import SpecgenRuntime")
        header.blankLine()
      }
      files.append(EmittedFile(path: symbols.publicName(id) + ".swift", contents: header.text(before: emitter.writer)))
    }
    return files.sorted { $0.path < $1.path }
  }
}
