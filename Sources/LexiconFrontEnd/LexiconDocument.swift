import FrontEndSupport
import SpecReader
import SpecgenDiagnostics

/// One lexicon file after its header is checked: its NSID and its definitions in file order.
struct LexiconDocument {
  var nsid: String
  var path: String
  var root: LocatedNode
  var description: String?
  /// Definitions in the order the file writes them, which is the order they are declared in.
  var definitions: [(name: String, node: LocatedNode)]
  /// Position in `definitions` by name: references look definitions up, and a linear scan per
  /// lookup made a lexicon with thousands of definitions take minutes.
  private var definitionIndex: [String: Int] = [:]

  /// Checks the header (`lexicon: 1`, a valid `id`, a `defs` object) of the file at `path`.
  init(path: String, node: Node) throws(DiagnosticError) {
    let root = LocatedNode(node: node, location: NodeLocation(file: path))
    _ = try root.mapping("a lexicon document (an object)")
    guard let version = root["lexicon"] else {
      throw root.error("missing 'lexicon' version field: this is not a Lexicon document")
    }
    guard case .integer(1) = version.node.scalar?.resolved else {
      let text = version.node.scalar?.text ?? version.node.kindDescription
      throw version.error("unsupported lexicon version \(text); this front end reads version 1")
    }
    guard let idNode = root["id"] else { throw root.error("missing 'id': a lexicon must name its NSID") }
    let nsid = try idNode.string("an NSID")
    guard NSID.isValid(nsid) else {
      throw idNode.error(
        "'\(nsid)' is not a valid NSID (expected a reversed domain and a name, e.g. com.example.thing)")
    }
    guard let defs = root["defs"] else { throw root.error("missing 'defs' in lexicon '\(nsid)'") }
    self.nsid = NSID.normalized(nsid)
    self.path = path
    self.root = root
    self.description = try root.optionalString("description")
    self.definitions = try defs.entries("an object of definitions").map { (name: $0.key, node: $0.value) }
    for (index, definition) in definitions.enumerated() where definitionIndex[definition.name] == nil {
      definitionIndex[definition.name] = index
    }
  }

  func definition(_ name: String) -> LocatedNode? {
    definitionIndex[name].map { definitions[$0].node }
  }

  /// The definition's `type`, or an error at the definition when it has none.
  static func type(of definition: LocatedNode) throws(DiagnosticError) -> String {
    _ = try definition.mapping("a definition (an object)")
    guard let type = definition["type"] else { throw definition.error("definition has no 'type'") }
    return try type.string("a type name")
  }

  /// How the path relates to the NSID: where the conventional layout's root is, or a mismatch.
  ///
  /// The path's trailing components must spell the NSID's trailing segments (`…/place/stream/x.json`
  /// for `place.stream.x`); extra leading folders are the layout root, fewer components are fine.
  enum Layout: Equatable {
    /// The path follows the layout; `base` (possibly empty) is the folder the NSID path starts in,
    /// or `nil` when the path is shorter than the NSID and the base lies above the loader root.
    case matches(base: String?)
    /// The path disagrees; `expected` is the path the NSID implies.
    case mismatch(expected: String)
  }

  var layout: Layout {
    var components = path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    guard let fileName = components.popLast(), fileName.hasSuffix(".json") else {
      return .mismatch(expected: NSID.relativePath(nsid))
    }
    components.append(String(fileName.dropLast(5)))
    let segments = NSID.segments(nsid)
    let compared = min(components.count, segments.count)
    // The authority's folders compare case-insensitively, as the authority does; the file name exactly.
    func folded(_ parts: [String]) -> [String] { parts.dropLast().map { NSID.lowercased($0[...]) } + parts.suffix(1) }
    guard folded(Array(components.suffix(compared))) == folded(Array(segments.suffix(compared))) else {
      return .mismatch(expected: NSID.relativePath(nsid))
    }
    guard components.count >= segments.count else { return .matches(base: nil) }
    return .matches(base: components.dropLast(segments.count).joined(separator: "/"))
  }
}
