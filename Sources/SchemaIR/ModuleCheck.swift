import SpecgenDiagnostics

/// Checks what every later stage assumes of a module, whichever front end built it: each declaration
/// has its own id, each parent is a declaration, and each `.named` reference (in a field, an alias, a
/// union variant, a parameter, a body, a response or a response header) names a declaration.
///
/// A front end reports a bad reference in the spec itself, with its position; a failure here is a
/// front end's mistake, so it reads as an internal error at the declaration or operation involved,
/// rather than as a crash or a silently missing type in the emitter.
public enum ModuleCheck {
  /// Every check a module passes before it is emitted, in order: this one, then `AliasCycleCheck` and
  /// `UnionCycleCheck` (which assume consistent references).
  public static func checkForEmission(_ module: SchemaModule) throws(DiagnosticError) {
    try check(module)
    try AliasCycleCheck.check(module)
    try UnionCycleCheck.check(module)
  }

  /// The consistency checks alone (ids, parents, references); throws an internal error at the first
  /// problem, in declaration order, then operation order.
  public static func check(_ module: SchemaModule) throws(DiagnosticError) {
    var declared: Set<TypeID> = []
    declared.reserveCapacity(module.declarations.count)
    for declaration in module.declarations where !declared.insert(declaration.id).inserted {
      throw internalError("two declarations have the id '\(declaration.id)'", at: declaration.location)
    }
    for declaration in module.declarations {
      if let parent = declaration.parent, !declared.contains(parent) {
        throw internalError(
          "'\(declaration.id)' is nested in '\(parent)', which is not declared", at: declaration.location)
      }
      for reference in references(in: declaration.kind) {
        try require(reference, declared, "'\(declaration.id)'", at: declaration.location)
      }
    }
    for operation in module.operations {
      for reference in references(in: operation) {
        try require(reference, declared, "operation '\(operation.name)'", at: operation.location)
      }
    }
  }

  private static func require(
    _ reference: TypeReference, _ declared: Set<TypeID>, _ user: String, at location: SourceLocation?
  ) throws(DiagnosticError) {
    for id in namedTypes(in: reference) where !declared.contains(id) {
      throw internalError("\(user) refers to '\(id)', which is not declared", at: location)
    }
  }

  private static func internalError(_ message: String, at location: SourceLocation?) -> DiagnosticError {
    DiagnosticError("internal error: " + message + " (please report this with the spec)", at: location)
  }

  private static func references(in kind: TypeDeclaration.Kind) -> [TypeReference] {
    var types: [TypeReference] = []
    kind.forEachReference { types.append($0) }
    return types
  }

  private static func references(in operation: Operation) -> [TypeReference] {
    var types: [TypeReference] = []
    operation.forEachReference { types.append($0) }
    return types
  }

  private static func namedTypes(in type: TypeReference) -> [TypeID] {
    switch type {
    case .named(let id): return [id]
    case .array(let element), .map(let element): return namedTypes(in: element)
    case .primitive, .any: return []
    }
  }
}
