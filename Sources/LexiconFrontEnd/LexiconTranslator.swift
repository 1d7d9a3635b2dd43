import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Turns AT Protocol Lexicon documents (one file, or every `*.json` below a folder) into the schema IR.
///
/// Every data definition becomes a declaration with ID `nsid#def`; every `query`, `procedure` and
/// `subscription` becomes an operation on `/xrpc/<nsid>`. References (`#def`, `nsid`, `nsid#def`)
/// resolve across files; a referenced lexicon the input does not include is read from the
/// conventional layout (`place/stream/x.json`) when the input's paths reveal it. Declarations come
/// out sorted by NSID, then definition order in the file; operations by NSID.
public enum LexiconTranslator {
  /// Translates the lexicon file or folder at `path` (relative to the loader's root).
  public static func translate(path: String, loader: DocumentLoader) throws(DiagnosticError) -> TranslationResult {
    let catalog = LexiconCatalog(loader: loader)
    var inputWarnings: [Diagnostic] = []
    let files = try LexiconInput.files(at: path, root: loader.root, warnings: &inputWarnings)
    for file in files {
      try catalog.add(path: file)
    }
    let declarations = DeclarationList()
    let types = TypeTranslator(catalog: catalog, declarations: declarations)
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
    module.declarations = declarations.ordered
    module.operations = operations.operations.sorted { $0.name < $1.name }
    return TranslationResult(module: module, warnings: inputWarnings + catalog.warnings + types.warnings)
  }
}
