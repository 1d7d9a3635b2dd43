/// Declares once what a spec declares several times over: derived declarations that are the same type.
///
/// Specs repeat inline schemas: Livepeer answers 23 error statuses of seven operations with the same
/// inline `oneOf: [HTTPError, studio-api-error]`. Each is a `.derived` declaration of its own (named
/// after its use, `GenLLMResponse500`), so each would become a
/// Swift type of its own, identical but for the name, that callers cannot pass from one operation to
/// another. This pass keeps the first of each such group and points every reference at it.
///
/// Two declarations merge when neither is `.given`, neither has nested declarations or constants
/// (their children's names and parents would change with them), they have the same parent and
/// namespace (so the survivor is declared where both were), and their kind, documentation and
/// constraints are equal. The survivor keeps its name when the group shares one; a top-level union
/// whose members were named after different uses is named after its variants
/// (`HTTPError or studio-api-error` → `HTTPErrorOrStudioApiError`, the namer's spelling); other
/// kinds named differently stay apart, since no name would say what both are. Merging repeats until
/// nothing changes, as a merge can make the declarations that use the merged ones equal.
///
/// Given names (component schemas, lexicon definitions) never merge: the source named them, so they
/// are API. The pass runs on a module that passed `ModuleCheck.checkForEmission` and keeps it valid:
/// it only removes declarations no child depends on and rewrites references to their survivors.
///
/// What stays apart because its parent or name differs is still the same type: 1,000 objects of a
/// spec each declaring `kind: {enum: [alpha, beta, gamma]}` would be 1,000 enumerations, each
/// compiled with its own conformances. So a last step makes every such declaration after the first
/// an alias of the first (`typealias Kind = Thing0.Kind` inside `Thing1`): the same rules (derived,
/// childless, equal kind, documentation, constraints and namespace; not already an alias), any parent
/// and name. Each keeps its name, documentation and place, so callers write `Thing1.Kind` as before;
/// its constraints are left to the type it names, which checks them once.
public enum IdenticalTypeMerging {
  /// The merged module, and for each declaration merged away the declaration it became.
  public struct Result: Sendable {
    /// The module with one declaration per group of identical ones.
    public var module: SchemaModule
    /// The surviving declaration of every declaration removed, so tools that name types by source id
    /// (`SwiftEmitter.typeIndex`) still find the type each schema became.
    public var survivors: [TypeID: TypeID]
  }

  /// `module` with identical derived declarations merged (see the type's documentation).
  public static func merge(_ module: SchemaModule) -> Result {
    var module = module
    var survivors: [TypeID: TypeID] = [:]
    while true {
      let round = mergeRound(module.declarations, constants: module.constants)
      guard !round.replaced.isEmpty else { break }
      module.declarations = round.declarations
      rewriteReferences(in: &module, replaced: round.replaced)
      for (id, survivor) in survivors { survivors[id] = round.replaced[survivor] ?? survivor }
      survivors.merge(round.replaced) { old, _ in old }
    }
    module.declarations = aliasingRepeats(module.declarations, constants: module.constants)
    return Result(module: module, survivors: survivors)
  }

  /// `declarations` with each derived, childless declaration that repeats an earlier one's kind,
  /// documentation, constraints and namespace made an alias of that earlier one.
  ///
  /// Hashing a whole kind is the cost (every field, case and variant, deeply), so declarations are
  /// first bucketed by a sketch that costs next to nothing, and only those sharing a sketch with
  /// another are compared in full: most declarations are alone in theirs.
  private static func aliasingRepeats(
    _ declarations: [TypeDeclaration], constants: [ConstantDeclaration]
  ) -> [TypeDeclaration] {
    let candidates = mergeable(declarations, constants: constants).filter { index in
      if case .alias = declarations[index].kind { return false }
      return true
    }
    var sketchCounts: [Sketch: Int] = [:]
    for index in candidates { sketchCounts[Sketch(declarations[index]), default: 0] += 1 }
    // The shape without the parent: any parent will do.
    var first: [Shape: TypeID] = [:]
    var result = declarations
    for index in candidates where sketchCounts[Sketch(declarations[index])]! > 1 {
      let declaration = declarations[index]
      let key = Shape(
        parent: nil, namespace: declaration.namespace, kind: declaration.kind,
        documentation: declaration.documentation, constraints: declaration.constraints)
      guard let original = first[key] else {
        first[key] = declaration.id
        continue
      }
      result[index].kind = .alias(.named(original))
      result[index].constraints = Constraints()
    }
    return result
  }

  /// What two equal declarations surely share: the kind's case, its size and its first member's name
  /// or value, and the description's length. Unequal sketches mean unequal declarations.
  private struct Sketch: Hashable {
    var kind: Int
    var count: Int
    var first: String?
    var descriptionLength: Int

    init(_ declaration: TypeDeclaration) {
      switch declaration.kind {
      case .object(let object): (kind, count, first) = (0, object.fields.count, object.fields.first?.jsonName)
      case .enumeration(let enumeration):
        (kind, count, first) = (1, enumeration.cases.count, enumeration.cases.first?.value.stringValue)
      case .union(let union): (kind, count, first) = (2, union.variants.count, union.variants.first?.sourceName)
      case .alias: (kind, count, first) = (3, 0, nil)
      }
      descriptionLength = declaration.documentation.description?.utf8.count ?? -1
    }
  }

  /// The indices of the declarations that may merge or become aliases: derived (a given name is API)
  /// and without nested declarations or constants (their names and parents would change with them).
  private static func mergeable(_ declarations: [TypeDeclaration], constants: [ConstantDeclaration]) -> [Int] {
    var parents = Set(declarations.compactMap(\.parent))
    parents.formUnion(constants.compactMap(\.parent))
    return declarations.indices.filter { declarations[$0].naming != .given && !parents.contains(declarations[$0].id) }
  }

  /// What makes two declarations the same type, apart from their ids and names.
  private struct Shape: Hashable {
    var parent: TypeID?
    var namespace: [String]
    var kind: TypeDeclaration.Kind
    var documentation: Documentation
    var constraints: Constraints
  }

  /// One pass over `declarations`: the groups found, merged into their first member.
  private static func mergeRound(
    _ declarations: [TypeDeclaration], constants: [ConstantDeclaration]
  ) -> (declarations: [TypeDeclaration], replaced: [TypeID: TypeID]) {
    var firstIndex: [Shape: Int] = [:]
    var groups: [Int: [Int]] = [:]
    for index in mergeable(declarations, constants: constants) {
      let declaration = declarations[index]
      let shape = Shape(
        parent: declaration.parent, namespace: declaration.namespace, kind: declaration.kind,
        documentation: declaration.documentation, constraints: declaration.constraints)
      if let first = firstIndex[shape] {
        groups[first, default: []].append(index)
      } else {
        firstIndex[shape] = index
      }
    }
    var result = declarations
    var replaced: [TypeID: TypeID] = [:]
    var removed = Set<Int>()
    for (first, others) in groups.sorted(by: { $0.key < $1.key }) {
      let survivor = declarations[first]
      let names = Set(([first] + others).map { declarations[$0].sourceName })
      if names.count > 1 {
        // A nested declaration is named after its member (`ReplyRef.Root`, `ReplyRef.Parent`): callers
        // find it by that name, so two of them stay apart. A top-level one is named after an operation
        // and a status (`GenLLMResponse500`), which says nothing about the type.
        guard survivor.parent == nil, case .union(let union) = survivor.kind, let name = variantName(union) else {
          continue
        }
        result[first].sourceName = name
        result[first].naming = .variants
      }
      for other in others {
        replaced[declarations[other].id] = survivor.id
        removed.insert(other)
      }
    }
    let kept = result.indices.filter { !removed.contains($0) }.map { result[$0] }
    return (kept, replaced)
  }

  /// `A or B or C` from the variants' names, or nil when a variant has none to give.
  private static func variantName(_ union: UnionType) -> String? {
    let names = union.variants.map(\.sourceName)
    guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else { return nil }
    return names.joined(separator: " or ")
  }

  /// Points every reference to a key of `replaced` at its value.
  private static func rewriteReferences(in module: inout SchemaModule, replaced: [TypeID: TypeID]) {
    func rewritten(_ type: TypeReference) -> TypeReference {
      switch type {
      case .named(let id): return replaced[id].map(TypeReference.named) ?? type
      case .array(let element): return .array(rewritten(element))
      case .map(let element): return .map(rewritten(element))
      case .primitive, .any: return type
      }
    }
    for index in module.declarations.indices {
      module.declarations[index].kind = module.declarations[index].kind.mappingReferences(rewritten)
    }
    for index in module.operations.indices {
      module.operations[index] = module.operations[index].mappingReferences(rewritten)
    }
  }
}
