import SchemaIR

/// Declares the caseless `enum` namespaces that declarations nest in (`TypeDeclaration.namespace`),
/// one file per namespace.
///
/// A root is `public enum PlaceStream {}` in `PlaceStream.swift`; a nested one extends its parent,
/// `extension PlaceStream.Moderation { public enum UpdateLivestream {} }` in
/// `PlaceStream.Moderation.UpdateLivestream.swift`. Each is declared exactly once, so other stages (XRPC
/// request builders) add to it with extensions in files of their own. A namespace that a type hosts is not
/// declared here: the type is the namespace.
enum NamespaceEmitter {
  static func files(symbols: SymbolTable, accessLevel: EmitterOptions.AccessLevel) -> [EmittedFile] {
    let access = accessLevel.prefix
    return symbols.namespaceDeclarations.map { namespace in
      var writer = SwiftCodeWriter()
      let documentation =
        namespace.documentation.map { DocumentationText.forType(Documentation(description: $0)) }
        ?? "Lexicons under `\(namespace.sourcePath)`."
      if let parent = namespace.parentPath {
        writer.openBlock("extension " + parent)
      }
      if !documentation.isEmpty { writer.documentation(documentation) }
      writer.line("\(access)enum \(namespace.name) {}")
      if namespace.parentPath != nil { writer.closeBlock() }
      return EmittedFile(path: namespace.path + ".swift", contents: writer.text)
    }
  }
}
