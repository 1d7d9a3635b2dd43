import SchemaIR

/// Where each declaration is declared: nested in its parent (`Stream.Multistream`), or at the top level
/// when the parent is missing, an alias (a typealias cannot hold types), part of a parent cycle, or
/// deeper than `Self.maximumNestingDepth`. The naming pass names scope by scope over this tree.
struct PlacementTree {
  /// Deepest nesting kept; deeper declarations move to the top level, keeping names and emission
  /// shallow however deeply a spec nests inline schemas.
  static let maximumNestingDepth = 8

  private let declarations: [TypeID: TypeDeclaration]
  /// Top-level declarations, in IR order.
  private(set) var topLevel: [TypeID] = []
  /// The declarations nested in each declaration, in IR order.
  private(set) var children: [TypeID: [TypeID]] = [:]
  /// Each nested declaration's parent.
  private(set) var parents: [TypeID: TypeID] = [:]

  init(_ ordered: [TypeDeclaration], declarations: [TypeID: TypeDeclaration]) {
    self.declarations = declarations
    var placed: Set<TypeID> = []
    // The first declaration of an ID wins, as in `init`; later duplicates are ignored.
    for declaration in ordered where placed.insert(declaration.id).inserted {
      if let parent = validParent(of: declaration) {
        parents[declaration.id] = parent
        children[parent, default: []].append(declaration.id)
      } else {
        topLevel.append(declaration.id)
      }
    }
    limitNesting()
  }

  private mutating func limitNesting() {
    var queue = topLevel.map { ($0, 0) }
    var index = 0
    while index < queue.count {
      let (id, depth) = queue[index]
      index += 1
      for child in children[id] ?? [] {
        if depth + 1 > Self.maximumNestingDepth {
          children[id]?.removeAll { $0 == child }
          parents[child] = nil
          topLevel.append(child)
          queue.append((child, 0))
        } else {
          queue.append((child, depth + 1))
        }
      }
    }
  }

  /// The parent to nest in, or nil when the declaration must live at the top level.
  private func validParent(of declaration: TypeDeclaration) -> TypeID? {
    guard let parent = declaration.parent, let parentDeclaration = declarations[parent] else { return nil }
    if case .alias = parentDeclaration.kind { return nil }
    // Walk up, refusing cycles (A in B in A) and aliases anywhere on the way.
    var seen: Set<TypeID> = [declaration.id]
    var current: TypeDeclaration? = parentDeclaration
    while let step = current {
      guard seen.insert(step.id).inserted else { return nil }
      if case .alias = step.kind { return nil }
      current = step.parent.flatMap { declarations[$0] }
    }
    return parent
  }
}
