import SchemaIR

/// Finds where recursive types need a box so every struct has a finite size.
///
/// A struct stores its fields inline, so a cycle of structs through plain (non-array, non-map) fields
/// (`A.b: B?`, `B.a: A?`, or `Node.parent: Node?`) cannot be laid out. Unions on a cycle become
/// `indirect enum`s, which breaks every cycle through them; the remaining cycle fields get `@Indirect`.
/// Arrays and maps store their elements on the heap and break cycles already.
///
/// Cycles are found as strongly connected components (Tarjan's algorithm, iterative), so the cost is
/// linear in the number of declarations and references whatever the spec's shape.
package struct RecursionAnalysis {
  package struct FieldKey: Hashable {
    package var owner: TypeID
    package var index: Int
  }

  package private(set) var indirectUnions: Set<TypeID> = []
  package private(set) var indirectFields: Set<FieldKey> = []

  package init(module: SchemaModule) {
    var numbers: [TypeID: Int] = [:]
    var declarations: [TypeDeclaration] = []
    for declaration in module.declarations where numbers[declaration.id] == nil {
      numbers[declaration.id] = declarations.count
      declarations.append(declaration)
    }
    // For each declaration, the declaration each field / variant / alias target stores inline.
    let targets: [[Int?]] = declarations.map { declaration in
      Self.inlineTargets(of: declaration).map { $0.flatMap { numbers[$0] } }
    }
    var edges: [[Int]] = targets.map { $0.compactMap { $0 } }

    var components = Self.stronglyConnectedComponents(edges)
    var sizes = Array(repeating: 0, count: declarations.count)
    for component in components { sizes[component] += 1 }
    for (number, declaration) in declarations.enumerated() {
      guard case .union = declaration.kind, sizes[components[number]] > 1 || edges[number].contains(number) else {
        continue
      }
      indirectUnions.insert(declaration.id)
      edges[number] = []
    }
    components = Self.stronglyConnectedComponents(edges)
    for (number, declaration) in declarations.enumerated() {
      guard case .object = declaration.kind else { continue }
      for (index, target) in targets[number].enumerated() {
        guard let target, target == number || components[target] == components[number] else { continue }
        indirectFields.insert(FieldKey(owner: declaration.id, index: index))
      }
    }
  }

  /// For each field (object) or variant (union) or the aliased type: the declaration it stores inline.
  private static func inlineTargets(of declaration: TypeDeclaration) -> [TypeID?] {
    switch declaration.kind {
    case .object(let object): return object.fields.map { inlineTarget($0.type) }
    case .union(let union): return union.variants.map { inlineTarget($0.type) }
    case .alias(let reference): return [inlineTarget(reference)]
    case .enumeration: return []
    }
  }

  private static func inlineTarget(_ reference: TypeReference) -> TypeID? {
    if case .named(let id) = reference { return id }
    return nil
  }

  /// The component number of every node (Tarjan), computed without recursion.
  static func stronglyConnectedComponents(_ edges: [[Int]]) -> [Int] {
    let count = edges.count
    var order = Array(repeating: -1, count: count)
    var lowLink = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var component = Array(repeating: -1, count: count)
    var stack: [Int] = []
    var nextOrder = 0
    var nextComponent = 0
    for start in 0..<count where order[start] < 0 {
      // Each frame is a node and the index of the next edge to follow.
      var frames: [(node: Int, edge: Int)] = [(start, 0)]
      order[start] = nextOrder
      lowLink[start] = nextOrder
      nextOrder += 1
      stack.append(start)
      onStack[start] = true
      while let frame = frames.last {
        let node = frame.node
        if frame.edge < edges[node].count {
          frames[frames.count - 1].edge += 1
          let next = edges[node][frame.edge]
          if order[next] < 0 {
            order[next] = nextOrder
            lowLink[next] = nextOrder
            nextOrder += 1
            stack.append(next)
            onStack[next] = true
            frames.append((next, 0))
          } else if onStack[next] {
            lowLink[node] = min(lowLink[node], order[next])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
        guard lowLink[node] == order[node] else { continue }
        while let member = stack.popLast() {
          onStack[member] = false
          component[member] = nextComponent
          if member == node { break }
        }
        nextComponent += 1
      }
    }
    return component
  }
}
