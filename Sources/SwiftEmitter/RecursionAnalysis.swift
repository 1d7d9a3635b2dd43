import SchemaIR

/// Finds where recursive types need a box so every struct has a finite size.
///
/// A struct stores its fields inline, so a cycle of structs through plain (non-array, non-map) fields
/// (`A.b: B?`, `B.a: A?`, or `Node.parent: Node?`) cannot be laid out. Unions on a cycle become
/// `indirect enum`s, which breaks every cycle through them; the remaining cycle fields get `@Indirect`.
/// Arrays and maps store their elements on the heap and break cycles already.
package struct RecursionAnalysis {
  package struct FieldKey: Hashable {
    package var owner: TypeID
    package var index: Int
  }

  package private(set) var indirectUnions: Set<TypeID> = []
  package private(set) var indirectFields: Set<FieldKey> = []

  package init(module: SchemaModule) {
    var declarations: [TypeID: TypeDeclaration] = [:]
    for declaration in module.declarations where declarations[declaration.id] == nil {
      declarations[declaration.id] = declaration
    }
    var edges: [TypeID: Set<TypeID>] = [:]
    for declaration in declarations.values {
      edges[declaration.id] = Set(Self.inlineTargets(of: declaration).compactMap { $0 })
    }
    for (id, declaration) in declarations {
      if case .union = declaration.kind, Self.reaches(from: edges[id] ?? [], to: id, edges: edges) {
        indirectUnions.insert(id)
      }
    }
    for id in indirectUnions { edges[id] = [] }
    for (id, declaration) in declarations {
      guard case .object = declaration.kind else { continue }
      for (index, target) in Self.inlineTargets(of: declaration).enumerated() {
        guard let target else { continue }
        if target == id || Self.reaches(from: [target], to: id, edges: edges) {
          indirectFields.insert(FieldKey(owner: id, index: index))
        }
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

  /// Breadth-first search: does any of `start` reach `goal`?
  private static func reaches(from start: Set<TypeID>, to goal: TypeID, edges: [TypeID: Set<TypeID>]) -> Bool {
    var seen = start
    var queue = Array(start)
    var index = 0
    while index < queue.count {
      let current = queue[index]
      index += 1
      if current == goal { return true }
      for next in edges[current] ?? [] where seen.insert(next).inserted {
        queue.append(next)
      }
    }
    return false
  }
}
