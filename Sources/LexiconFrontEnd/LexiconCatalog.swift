import FileSystem
import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// The lexicons a translation knows, by NSID: those the input names, plus any a reference needs.
///
/// A reference to an NSID outside the input is looked up in the conventional layout
/// (`place.stream.x` → `place/stream/x.json`) under every layout root the input files revealed,
/// so translating one file still resolves its references; a lexicon found that way is translated too.
final class LexiconCatalog {
  let loader: DocumentLoader
  private(set) var documents: [String: LexiconDocument] = [:]
  /// NSIDs in the order they were added; the translator works through them as a queue.
  private(set) var queue: [String] = []
  private var layoutRoots: Set<String> = []
  /// NSIDs already looked for and not found, so each is reported (and searched) once.
  private var missing: Set<String> = []
  /// Where the translation's warnings go.
  let sink: DiagnosticSink

  init(loader: DocumentLoader, sink: DiagnosticSink) {
    self.loader = loader
    self.sink = sink
  }

  /// Reads and registers the lexicon at `path`.
  func add(path: String) throws(DiagnosticError) {
    let document = try LexiconDocument(path: path, node: try loader.load(path))
    if let existing = documents[document.nsid] {
      throw (document.root["id"] ?? document.root).error(
        "lexicon '\(document.nsid)' is defined twice: in \(existing.path) and in \(path)")
    }
    switch document.layout {
    case .matches(let base):
      if let base { layoutRoots.insert(base) }
    case .mismatch(let expected):
      let message =
        "lexicon id '\(document.nsid)' does not match its path '\(path)' (expected it at …/\(expected)); "
        + "the id is used"
      sink.warn(message, at: document.root["id"] ?? document.root)
    }
    documents[document.nsid] = document
    queue.append(document.nsid)
  }

  /// The lexicon `nsid`, reading it from the layout when the input did not include it.
  ///
  /// `reference` is the node that needs it, where a missing lexicon is reported.
  func document(_ nsid: String, for reference: LocatedNode) throws(DiagnosticError) -> LexiconDocument {
    if let document = documents[nsid] { return document }
    let relative = NSID.relativePath(nsid)
    var tried: [String] = []
    if !missing.contains(nsid) {
      for root in layoutRoots.sorted() {
        let candidate = root.isEmpty ? relative : root + "/" + relative
        tried.append(candidate)
        guard exists(candidate) else { continue }
        try add(path: candidate)
        if let document = documents[nsid] { return document }
      }
      missing.insert(nsid)
    }
    let searched = tried.isEmpty ? "" : " (looked for \(tried.joined(separator: ", ")))"
    throw reference.error("unresolved reference: lexicon '\(nsid)' is not in the input\(searched)")
  }

  private func exists(_ relativePath: String) -> Bool {
    // Plain string joining: NSString path methods trap on some one-character components on Linux.
    let full = loader.root.hasSuffix("/") ? loader.root + relativePath : loader.root + "/" + relativePath
    return FileKind(atPath: full, followingLinks: true).map { $0 != .folder } ?? false
  }
}
