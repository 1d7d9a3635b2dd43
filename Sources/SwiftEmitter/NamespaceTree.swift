import SchemaIR

/// The caseless `enum` namespaces that top-level declarations with a `namespace` (Lexicon NSIDs) nest in.
///
/// The first two segments of a namespace (an NSID's authority, a reversed domain) join into one root
/// namespace (`place.stream` → `PlaceStream`), each further segment is a nested namespace, and the
/// declaration's own name names the type: `input` in `["place", "stream", "moderation", "updateLivestream"]`
/// → `PlaceStream.Moderation.UpdateLivestream.Input`. A declaration with fewer than two namespace segments
/// (every OpenAPI and Discovery schema: their names never nest, dots or not) stays at the top level. XRPC
/// operations get a namespace for their `Operation.namespace` even when nothing nests in it, for request
/// builders.
///
/// Segments are matched by their Swift type name, so `Moderation` and `moderation` share one namespace.
/// This type only groups; `SymbolTable` allocates the names.
struct NamespaceTree {
  /// Where a top-level declaration goes: its namespace segments (empty: none) and the name it has there.
  struct Placement {
    var namespace: [String]
    var name: String
  }

  struct Node {
    /// The Swift base name of this segment (before allocation).
    var baseName: String
    /// The source segments this namespace stands for (`["place", "stream", "moderation"]`).
    var sourceSegments: [String]
    var parent: Int?
    var children: [Int] = []
    /// Top-level declarations declared directly in this namespace.
    var members: [TypeID] = []
    /// Documentation from the XRPC operation of the same name, when there is one.
    var documentation: String?

    /// The dotted source prefix, as documentation names it: `place.stream.moderation`.
    var sourcePath: String { sourceSegments.joined(separator: ".") }
  }

  private(set) var nodes: [Node] = []
  /// Root namespaces, in order of first appearance.
  private(set) var roots: [Int] = []
  /// The namespace each namespaced top-level declaration is declared in.
  private(set) var namespaceOf: [TypeID: Int] = [:]
  /// The name of each namespaced declaration within its namespace.
  private(set) var lastSegment: [TypeID: String] = [:]
  /// Each namespace by its source segments.
  private(set) var index: [[String]: Int] = [:]
  private var keys: [String: Int] = [:]

  var isEmpty: Bool { nodes.isEmpty }

  /// Groups `topLevel` declarations by the namespaces `placement(id)` gives. `constants` (the namespaces
  /// of constants declared in no type) and XRPC `operations` get their namespaces too.
  init(topLevel: [TypeID], placement: (TypeID) -> Placement, operations: [Operation], constants: [[String]] = []) {
    for id in topLevel {
      let place = placement(id)
      guard Self.nests(place.namespace) else { continue }
      let namespace = node(for: place.namespace)
      nodes[namespace].members.append(id)
      namespaceOf[id] = namespace
      lastSegment[id] = place.name
    }
    for constant in constants where Self.nests(constant) {
      _ = node(for: constant)
    }
    for operation in operations where operation.isXRPC && Self.nests(operation.namespace) {
      let namespace = node(for: operation.namespace)
      if nodes[namespace].documentation == nil {
        nodes[namespace].documentation = operation.documentation.description
      }
    }
  }

  /// Deepest namespace path kept (segments, the declaration's own name included). NSIDs have far fewer;
  /// a deeper one (hostile input) stays flat, so output size stays linear in the input.
  static let maximumSegments = 16

  /// Whether a declaration in `namespace` nests: a root needs two segments (an authority).
  static func nests(_ namespace: [String]) -> Bool {
    namespace.count >= 2 && namespace.count < maximumSegments
  }

  /// The namespace for `namespace` (source segments; the first two form the root), created with its
  /// ancestors as needed.
  private mutating func node(for namespace: [String]) -> Int {
    if let existing = index[namespace] { return existing }
    var parent: Int?
    var prefix: [String] = []
    for (position, segment) in namespace.enumerated() {
      prefix.append(segment)
      // The authority's two segments are one root.
      if position == 0 { continue }
      let source = position == 1 ? namespace[0] + "." + segment : segment
      let baseName = SwiftNamer.typeName(source.replacingDots)
      let key = (parent.map(String.init) ?? "") + "/" + baseName.lowercased()
      if let existing = keys[key] {
        parent = existing
        if index[prefix] == nil { index[prefix] = existing }
        continue
      }
      nodes.append(Node(baseName: baseName, sourceSegments: prefix, parent: parent))
      let created = nodes.count - 1
      keys[key] = created
      index[prefix] = created
      if let parent {
        nodes[parent].children.append(created)
      } else {
        roots.append(created)
      }
      parent = created
    }
    return parent ?? 0
  }
}

extension String {
  /// `place.stream` → `place-stream`, so the namer joins both words: `PlaceStream`.
  fileprivate var replacingDots: String {
    String(decoding: utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
  }
}
