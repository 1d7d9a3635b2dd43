import SpecgenDiagnostics

/// Refuses a union that is one of its own variants, directly or through other unions and aliases.
///
/// `A: {oneOf: [{$ref: A}, {type: string}]}` is accepted by Swift (an `indirect enum` with a case
/// holding `A`), but decoding it tries `A` on the same value before anything else and recurses until
/// the stack overflows: no variant in the cycle reads any input first. A cycle through an object, an
/// array or a map is fine (each step decodes a nested value, so the input bounds it); only direct
/// variants and direct alias targets are followed here. Run after `AliasCycleCheck`.
public enum UnionCycleCheck {
  /// Throws a diagnostic at a union on such a cycle, naming the cycle and what to change; returns when
  /// there is none.
  public static func check(_ module: SchemaModule) throws(DiagnosticError) {
    var edges: [TypeID: [TypeID]] = [:]
    var declarations: [TypeID: TypeDeclaration] = [:]
    for declaration in module.declarations {
      switch declaration.kind {
      case .union(let union):
        edges[declaration.id] = union.variants.compactMap { variant in
          if case .named(let id) = variant.type { id } else { nil }
        }
      case .alias(.named(let id)):
        edges[declaration.id] = [id]
      default:
        continue
      }
      declarations[declaration.id] = declaration
    }
    // Iterative depth-first search: 1 = on the current path, 2 = finished.
    var state: [TypeID: Int] = [:]
    for declaration in module.declarations where edges[declaration.id] != nil && state[declaration.id] == nil {
      var stack: [(id: TypeID, next: Int)] = [(declaration.id, 0)]
      state[declaration.id] = 1
      while let top = stack.last {
        let targets = edges[top.id] ?? []
        guard top.next < targets.count else {
          state[top.id] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let target = targets[top.next]
        guard edges[target] != nil else { continue }
        switch state[target] {
        case 1?:
          let cycle = stack.drop { $0.id != target }.map(\.id)
          // Report at the union (aliases alone are AliasCycleCheck's).
          guard let union = cycle.first(where: { Self.isUnion(declarations[$0]) }), let reported = declarations[union]
          else { continue }
          let names = (cycle + [target]).map(\.rawValue).joined(separator: " → ")
          throw DiagnosticError(
            "union '\(union)' is one of its own variants (\(names)); decoding it would recurse forever "
              + "without reading any input: remove the variant, or wrap it in an object or array",
            at: reported.location, path: union.rawValue)
        case nil:
          state[target] = 1
          stack.append((target, 0))
        default: continue
        }
      }
    }
  }

  private static func isUnion(_ declaration: TypeDeclaration?) -> Bool {
    if case .union? = declaration?.kind { true } else { false }
  }
}
