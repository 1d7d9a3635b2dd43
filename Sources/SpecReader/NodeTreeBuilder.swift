import SpecgenDiagnostics

/// Assembles a `Node` tree from a reader's open / value / close calls on an explicit stack.
///
/// Both readers drive it, so the rules every document obeys live in one place: keys are scalars,
/// keys are unique, nesting stops at `ReaderLimits.maxDepth`. The explicit stack is why deeply
/// nested hostile input ends in a diagnostic instead of a stack overflow.
struct NodeTreeBuilder {
  /// A mapping or sequence whose closing event has not arrived yet.
  private struct Frame {
    let isMapping: Bool
    let location: SourceLocation
    let anchor: String?
    var items: [Node] = []
    var entries: [Mapping.Entry] = []
    /// Key → entry offset; built once the mapping outgrows a linear duplicate scan.
    var keyIndex: [String: Int]?
    var pendingKey: String?
    var pendingKeyLocation: SourceLocation?
    /// Nodes in this subtree counting alias expansions, for the alias-expansion limit.
    var size = 1

    init(isMapping: Bool, location: SourceLocation, anchor: String?) {
      self.isMapping = isMapping
      self.location = location
      self.anchor = anchor
    }
  }

  /// A collection that just closed, with what the YAML reader needs to register its anchor.
  struct ClosedNode {
    let node: Node
    let anchor: String?
    let size: Int
  }

  let maxDepth: Int
  private var stack: [Frame] = []
  private(set) var root: Node?

  init(maxDepth: Int) {
    self.maxDepth = maxDepth
  }

  /// True when the innermost open collection is a mapping waiting for its next key.
  var expectsKey: Bool {
    guard let last = stack.last else { return false }
    return last.isMapping && last.pendingKey == nil
  }

  /// True when the innermost open collection is a mapping; false for a sequence; nil at the top level.
  var isInMapping: Bool? { stack.last?.isMapping }

  /// Whether any collection is still open.
  var isEmpty: Bool { stack.isEmpty }

  /// Whether a collection with `anchor` is still open (an alias to it would be recursive).
  func isOpen(anchor: String) -> Bool {
    stack.contains { $0.anchor == anchor }
  }

  mutating func open(mapping: Bool, at location: SourceLocation, anchor: String? = nil) throws(DiagnosticError) {
    if expectsKey {
      throw DiagnosticError("a mapping key must be a scalar, not a \(mapping ? "mapping" : "sequence")", at: location)
    }
    if stack.count >= maxDepth {
      throw DiagnosticError("nesting is deeper than the limit of \(maxDepth) levels (--max-depth)", at: location)
    }
    stack.append(Frame(isMapping: mapping, location: location, anchor: anchor))
  }

  /// Closes the innermost collection and adds it to its parent (or makes it the root).
  @discardableResult
  mutating func close() throws(DiagnosticError) -> ClosedNode {
    guard let frame = stack.popLast() else {
      throw DiagnosticError("internal error: closing a collection that was never opened", at: nil)
    }
    let node: Node
    if frame.isMapping {
      if frame.pendingKey != nil {
        throw DiagnosticError("the mapping has a key without a value", at: frame.pendingKeyLocation ?? frame.location)
      }
      node = Node(.mapping(Mapping(entries: frame.entries, index: frame.keyIndex)), at: frame.location)
    } else {
      node = Node(.sequence(frame.items), at: frame.location)
    }
    try add(node, size: frame.size)
    return ClosedNode(node: node, anchor: frame.anchor, size: frame.size)
  }

  /// Adds a finished node: as the pending key's value, as a key, as a sequence item, or as the root.
  ///
  /// `size` is the node count of its subtree including alias expansions (1 for a scalar).
  ///
  /// `aliasLocation` is where an alias (`*name`) that stands for `node` was written: a key it becomes
  /// is reported there (a duplicate key through an alias points at the alias, not at the anchor).
  mutating func add(_ node: Node, size: Int = 1, aliasLocation: SourceLocation? = nil) throws(DiagnosticError) {
    let top = stack.count - 1
    guard top >= 0 else {
      root = node
      return
    }
    guard stack[top].isMapping else {
      stack[top].items.append(node)
      stack[top].size += size
      return
    }
    guard let key = stack[top].pendingKey else {
      guard case .scalar(let scalar) = node.content else {
        throw DiagnosticError("a mapping key must be a scalar, not \(node.kindDescription)", at: node.location)
      }
      try addKey(scalar.text, at: aliasLocation ?? node.location)
      return
    }
    let keyLocation = stack[top].pendingKeyLocation ?? node.location
    stack[top].pendingKey = nil
    stack[top].pendingKeyLocation = nil
    stack[top].size += size
    stack[top].entries.append(Mapping.Entry(key: key, keyLocation: keyLocation, value: node))
    let count = stack[top].entries.count
    if var index = stack[top].keyIndex {
      stack[top].keyIndex = nil  // keeps the dictionary uniquely referenced while it grows
      index[key] = count - 1
      stack[top].keyIndex = index
    } else if count == Mapping.indexThreshold {
      var index: [String: Int] = [:]
      index.reserveCapacity(count * 2)
      for (offset, entry) in stack[top].entries.enumerated() { index[entry.key] = offset }
      stack[top].keyIndex = index
    }
  }

  /// Sets the next key of the innermost mapping, rejecting a key the mapping already has.
  mutating func addKey(_ key: String, at location: SourceLocation) throws(DiagnosticError) {
    let top = stack.count - 1
    guard top >= 0, stack[top].isMapping, stack[top].pendingKey == nil else {
      throw DiagnosticError("internal error: a key where no mapping key is expected", at: location)
    }
    let first: Int?
    if let index = stack[top].keyIndex {
      first = index[key]
    } else {
      first = stack[top].entries.firstIndex { $0.key == key }
    }
    if let first {
      let firstLine = stack[top].entries[first].keyLocation.line
      throw DiagnosticError("duplicate key '\(key)' (first at line \(firstLine))", at: location)
    }
    stack[top].pendingKey = key
    stack[top].pendingKeyLocation = location
    stack[top].size += 1
  }
}
