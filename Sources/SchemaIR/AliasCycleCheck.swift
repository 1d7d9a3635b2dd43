import SpecgenDiagnostics

/// Refuses a module whose aliases refer to themselves through arrays and maps alone.
///
/// `A: {type: array, items: {$ref: A}}` (or a Lexicon `array` def whose items are itself) would be
/// `typealias A = [A]`, which Swift cannot declare. Such a cycle is legal JSON Schema but names no
/// type; an object or a union anywhere in the cycle is what makes it declarable, and those cycles
/// are left to the emitter's recursion analysis. Checked on the IR so every front end is covered.
public enum AliasCycleCheck {
  /// Throws a diagnostic at the alias where the first such cycle found closes, naming the whole cycle
  /// (`A → B → A`); returns when there is none.
  public static func check(_ module: SchemaModule) throws(DiagnosticError) {
    var aliases: [TypeID: (declaration: TypeDeclaration, targets: [TypeID])] = [:]
    for declaration in module.declarations {
      guard case .alias(let type) = declaration.kind else { continue }
      aliases[declaration.id] = (declaration, namedTypes(in: type))
    }
    // Iterative depth-first search: 1 = on the current path, 2 = finished.
    var state: [TypeID: Int] = [:]
    for declaration in module.declarations where aliases[declaration.id] != nil && state[declaration.id] == nil {
      var stack: [(id: TypeID, next: Int)] = [(declaration.id, 0)]
      state[declaration.id] = 1
      while let top = stack.last {
        let targets = aliases[top.id]?.targets ?? []
        guard top.next < targets.count else {
          state[top.id] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let target = targets[top.next]
        guard let targetAlias = aliases[target] else { continue }
        switch state[target] {
        case 1?:
          let cycle = stack.drop { $0.id != target }.map(\.id.rawValue) + [target.rawValue]
          throw DiagnosticError(
            "reference cycle: '\(target)' is defined through itself with no object in between ("
              + cycle.joined(separator: " → ") + ")",
            at: targetAlias.declaration.location, path: target.rawValue)
        case nil:
          state[target] = 1
          stack.append((target, 0))
        default: continue
        }
      }
    }
  }

  /// The declarations a type stores, through arrays and maps.
  private static func namedTypes(in type: TypeReference) -> [TypeID] {
    switch type {
    case .named(let id): return [id]
    case .array(let element), .map(let element): return namedTypes(in: element)
    default: return []
    }
  }
}
