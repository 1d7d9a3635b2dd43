import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import WorkerThreads

/// Turns AT Protocol Lexicon documents (one file, or every `*.json` below a folder) into the schema IR.
///
/// Every data definition becomes a declaration with ID `nsid#def`; every `query`, `procedure` and
/// `subscription` becomes an operation on `/xrpc/<nsid>`. References (`#def`, `nsid`, `nsid#def`)
/// resolve across files; a referenced lexicon the input does not include is read from the
/// conventional layout (`place/stream/x.json`) when the input's paths reveal it. Declarations come
/// out sorted by NSID, then definition order in the file; operations by NSID.
///
/// How Lexicon maps onto the IR:
/// - IDs: a definition is `nsid#def` (`#main` included); an inline type is its definition's ID plus
///   its JSON pointer inside the definition (`place.stream.livestream#main/record/properties/title`).
/// - Names: `main` is top-level with `sourceName` = the NSID; other definitions nest in `main`
///   (`parent` = `nsid#main`, `sourceName` = the def name) when `main` is an object, record, union
///   or enumeration, and are top-level under `nsid.def` otherwise. Top-level names are dotted
///   paths for the emitter to nest as namespaces. Inline types nest in the object using them, named
///   after the field (an array's element: the singular, `tags` → `tag`).
/// - `record` / `object` → object with `typeTag` (`nsid` for main, `nsid#def` otherwise), records
///   with `recordKey`; unknown members are kept (`.kept(.any)`). `params` → object, no tag, `.ignored`.
/// - `token` → a `ConstantDeclaration` (not a type) whose value is the token's own reference, placed
///   like a definition: in `main` or under `nsid.def`.
/// - `knownValues` → open enumeration; `enum` → closed; `string` formats → `.lexiconString(_:)` (a
///   `LexiconStringFormat`; a format Lexicon does not define stays `.string(format:)` as written);
///   `bytes`/`cid-link`/`blob` → `.atBytes`/`.cidLink`/`.blob`; `unknown` → `.any`.
/// - `union` → `UnionType(discriminator: "$type", tagging: .atProtocolType)`, open unless `closed: true`;
///   variants tagged `nsid#def`, or for a main definition the bare NSID and then its long form `nsid#main`.
/// - `query` / `procedure` / `subscription` → operations; see `OperationTranslator`.
public enum LexiconTranslator {
  /// Whether `text` can be one of `translate`'s namespaces: dot-separated segments of ASCII letters,
  /// digits and `-` (not first or last in a segment), as the domain segments of an NSID are.
  public static func isNamespace(_ text: String) -> Bool {
    NSID.isNamespace(text)
  }

  /// Translates the lexicon file or folder at `path` (relative to the loader's root).
  ///
  /// With `namespaces` (NSID prefixes such as `place.stream`), the lexicons under them are generated in
  /// full and every other lexicon only as far as they reference it (see `NamespaceSelection`); without,
  /// everything is.
  public static func translate(path: String, loader: DocumentLoader, namespaces: [String] = [])
    throws(DiagnosticError) -> TranslationResult
  {
    let sink = DiagnosticSink()
    let catalog = LexiconCatalog(loader: loader, sink: sink)
    let files = try LexiconInput.files(at: path, root: loader.root, sink: sink)
    // Every file is read and parsed on every core first, each on its own, and the loader keeps them; the
    // catalog then takes them in order. A file that does not parse is not kept, so the catalog reads it
    // again and reports its error where one pass would have.
    WorkerPool.shared.forEach(files.count) { index in _ = try? loader.load(files[index]) }
    for file in files {
      try catalog.add(path: file)
    }
    let declarations = DeclarationList()
    let types = TypeTranslator(catalog: catalog, declarations: declarations, sink: sink)
    let operations = OperationTranslator(types: types)
    let definitions = DefinitionTranslator(types: types, operations: operations)
    // Translating may read more lexicons (references outside the input); the queue grows as it goes.
    var next = 0
    while next < catalog.queue.count {
      if let document = catalog.documents[catalog.queue[next]] {
        try definitions.translate(document)
      }
      next += 1
    }
    var module = SchemaModule()
    module.stringLengthUnit = .utf8Bytes
    module.declarations = declarations.ordered
    module.constants = declarations.orderedConstants
    module.operations = operations.operations.sorted { $0.name < $1.name }
    if !namespaces.isEmpty {
      for namespace in namespaces where !catalog.queue.contains(where: { NamespaceSelection.covers($0, namespace) }) {
        throw DiagnosticError(
          "namespace '\(namespace)' matches no lexicon in the input: name an NSID such as"
            + " '\(catalog.queue.first ?? "")' or a prefix of one",
          at: nil)
      }
      module = NamespaceSelection(namespaces: namespaces).select(module)
    }
    if let records = RecordUnion.declaration(over: module.declarations) { module.declarations.append(records) }
    return TranslationResult(module: module, warnings: sink.diagnostics)
  }
}
