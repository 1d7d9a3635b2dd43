import SchemaIR

/// Operations that each declare the same inline enumeration for a parameter of the same name
/// (api.video's nine `sortOrder: [asc, desc]`) share one type named after the parameter (`SortOrder`),
/// instead of one type per operation (`ListVideosSortOrder`, `ListTagsSortOrder`, …).
///
/// Only top-level inline declarations that are enumerations and equal in everything but their
/// place (values, openness, documentation, constraints) are merged; a component schema is never
/// touched, since its name is the spec's own.
enum ParameterEnumSharing {
  private struct Key: Hashable {
    var parameter: String
    var kind: TypeDeclaration.Kind
    var documentation: Documentation
    var constraints: Constraints
  }

  static func apply(to module: inout SchemaModule) {
    var index: [TypeID: Int] = [:]
    for (position, declaration) in module.declarations.enumerated() { index[declaration.id] = position }
    var groups: [Key: [TypeID]] = [:]
    var order: [Key] = []
    for operation in module.operations {
      for parameter in operation.parameters {
        guard let id = enumerationID(parameter.type), let position = index[id] else { continue }
        let declaration = module.declarations[position]
        guard declaration.parent == nil, declaration.id.rawValue.hasPrefix("#/paths/"),
          case .enumeration = declaration.kind
        else { continue }
        let key = Key(
          parameter: parameter.name, kind: declaration.kind, documentation: declaration.documentation,
          constraints: declaration.constraints)
        if groups[key] == nil { order.append(key) }
        if groups[key]?.contains(id) != true { groups[key, default: []].append(id) }
      }
    }
    var replacement: [TypeID: TypeID] = [:]
    let shared = order.filter { (groups[$0]?.count ?? 0) > 1 }
    var sharedPerName: [String: Int] = [:]
    for key in shared { sharedPerName[key.parameter, default: 0] += 1 }
    for key in shared {
      guard let ids = groups[key], let kept = ids.first, let position = index[kept] else { continue }
      // Two different shared sets for one parameter name (`sortBy` of videos and of players) keep the
      // first operation's name each, rather than `SortBy` and `SortBy2`.
      if sharedPerName[key.parameter] == 1 { module.declarations[position].sourceName = key.parameter }
      for id in ids.dropFirst() { replacement[id] = kept }
    }
    guard !replacement.isEmpty else { return }
    module.declarations.removeAll { replacement[$0.id] != nil }
    for operationIndex in module.operations.indices {
      for parameterIndex in module.operations[operationIndex].parameters.indices {
        let type = module.operations[operationIndex].parameters[parameterIndex].type
        module.operations[operationIndex].parameters[parameterIndex].type = replaced(type, replacement)
      }
    }
  }

  /// The enumeration a parameter holds, alone or as the items of a list.
  private static func enumerationID(_ type: TypeReference) -> TypeID? {
    switch type {
    case .named(let id): return id
    case .array(.named(let id)): return id
    default: return nil
    }
  }

  private static func replaced(_ type: TypeReference, _ replacement: [TypeID: TypeID]) -> TypeReference {
    switch type {
    case .named(let id): return .named(replacement[id] ?? id)
    case .array(.named(let id)): return .array(.named(replacement[id] ?? id))
    default: return type
    }
  }
}
