import SchemaIR

/// The caseless `enum` namespaces that dotted top-level names (Lexicon NSIDs) nest in.
///
/// A top-level source name with three or more dot-separated segments is a path: the first two segments
/// (an NSID's authority, a reversed domain) join into one root namespace (`place.stream` → `PlaceStream`),
/// each further segment but the last is a nested namespace, and the last names the type:
/// `place.stream.moderation.updateLivestream.input` → `PlaceStream.Moderation.UpdateLivestream.Input`.
/// Names with fewer segments (every OpenAPI name without dots) stay top-level as before. XRPC operations
/// (`callProtocol` `.xrpc`) get a namespace for their NSID even when nothing nests in it, for request builders.
///
/// Segments are matched by their Swift type name, so `Moderation` and `moderation` share one namespace.
/// This type only groups; `SymbolTable` allocates the names.
struct NamespaceTree {
  struct Node {
    /// The Swift base name of this segment (before allocation).
    var baseName: String
    /// The dotted source prefix this namespace stands for (`place.stream.moderation`).
    var sourcePath: String
    var parent: Int?
    var children: [Int] = []
    /// Top-level declarations declared directly in this namespace.
    var members: [TypeID] = []
    /// Documentation from the XRPC operation of the same name, when there is one.
    var documentation: String?
  }

  private(set) var nodes: [Node] = []
  /// Root namespaces, in order of first appearance.
  private(set) var roots: [Int] = []
  /// The namespace each namespaced top-level declaration is declared in.
  private(set) var namespaceOf: [TypeID: Int] = [:]
  /// The base type name of each namespaced declaration (its last segment).
  private(set) var lastSegment: [TypeID: String] = [:]
  private var index: [String: Int] = [:]

  var isEmpty: Bool { nodes.isEmpty }

  /// Groups `topLevel` declarations by the dotted paths `sourceName(id)` gives. `constants` (the
  /// dotted source names of constants declared in no type) get the namespace they are declared in.
  init(topLevel: [TypeID], sourceName: (TypeID) -> String, operations: [Operation], constants: [String] = []) {
    for id in topLevel {
      guard let segments = Self.segments(sourceName(id)), let last = segments.last else { continue }
      let namespace = node(for: segments.dropLast())
      nodes[namespace].members.append(id)
      namespaceOf[id] = namespace
      lastSegment[id] = last
    }
    for constant in constants {
      guard let segments = Self.segments(constant) else { continue }
      _ = node(for: segments.dropLast())
    }
    for operation in operations where operation.isXRPC {
      guard let segments = Self.segments(operation.name) else { continue }
      let namespace = node(for: segments[...])
      if nodes[namespace].documentation == nil {
        nodes[namespace].documentation = operation.documentation.description
      }
    }
  }

  /// Deepest namespace path kept (segments, root counted as two). NSIDs have far fewer; a longer dotted
  /// name (hostile input) stays one flat name, so output size stays linear in the input.
  static let maximumSegments = 16

  /// `place.stream.moderation.x` → `["place.stream", "moderation", "x"]`; nil for fewer than three
  /// segments or more than `maximumSegments`.
  static func segments(_ name: String) -> [String]? {
    guard name.utf8.contains(UInt8(ascii: ".")) else { return nil }
    let parts = name.split(separator: ".", maxSplits: maximumSegments).map(String.init)
    guard parts.count >= 3, parts.count <= maximumSegments else { return nil }
    return [parts[0] + "." + parts[1]] + parts.dropFirst(2)
  }

  /// The namespace for `path` (source segments), created with its ancestors as needed.
  private mutating func node(for path: ArraySlice<String>) -> Int {
    var parent: Int?
    var sourcePath = ""
    for segment in path {
      sourcePath += sourcePath.isEmpty ? segment : "." + segment
      let baseName = SwiftNamer.typeName(segment.replacingDots)
      let key = (parent.map(String.init) ?? "") + "/" + baseName.lowercased()
      if let existing = index[key] {
        parent = existing
        continue
      }
      nodes.append(Node(baseName: baseName, sourcePath: sourcePath, parent: parent))
      let created = nodes.count - 1
      index[key] = created
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
