import SchemaIR

/// Every Swift name the emitted module uses, decided once, before any code is written.
///
/// Names are allocated in declaration order, scope by scope, so the same IR always gives the same
/// names. A declaration nests in its parent (`Stream.Multistream`) unless the parent is missing, an
/// alias (a typealias cannot hold types) or part of a parent cycle; then it is hoisted to the top level
/// under a combined name. A deprecated declaration is declared as `_Name` and published through a
/// deprecated `typealias Name = _Name`, so generated code can refer to it without deprecation warnings.
package struct SymbolTable {
  /// Names of one object field.
  package struct FieldName: Hashable {
    /// The public property (and init parameter) name, unescaped.
    package var member: String
    /// The stored property: `member`, or `_member` behind a deprecated accessor.
    package var storage: String
  }

  package let module: SchemaModule
  package let moduleName: String
  private(set) var declarations: [TypeID: TypeDeclaration] = [:]
  /// Top-level declarations, in IR order.
  private(set) var topLevel: [TypeID] = []
  private(set) var children: [TypeID: [TypeID]] = [:]
  private(set) var parents: [TypeID: TypeID] = [:]
  /// The name users write (the deprecated typealias for deprecated declarations).
  private(set) var publicNames: [TypeID: String] = [:]
  /// The name the declaration is declared under.
  private(set) var declaredNames: [TypeID: String] = [:]
  private(set) var fieldNames: [TypeID: [FieldName]] = [:]
  private(set) var additionalPropertiesNames: [TypeID: String] = [:]
  /// Case names of enumerations and unions, parallel to their cases or variants.
  private(set) var caseNames: [TypeID: [String]] = [:]
  /// `Parent.Child` paths of declared names, and the top-level ancestor of each declaration.
  private var qualifiedNames: [TypeID: String] = [:]
  private var roots: [TypeID: TypeID] = [:]
  /// For each declaration, the declared and public names of the types nested in it.
  private var nestedNames: [TypeID: Set<String>] = [:]

  package init(module: SchemaModule, moduleName: String) {
    self.module = module
    self.moduleName = moduleName
    for declaration in module.declarations where declarations[declaration.id] == nil {
      declarations[declaration.id] = declaration
    }
    placeDeclarations()
    allocateNames()
    indexQualifiedNames()
  }

  package func declaration(_ id: TypeID) -> TypeDeclaration? { declarations[id] }
  package func parent(of id: TypeID) -> TypeID? { parents[id] }
  package func nested(in id: TypeID) -> [TypeID] { children[id] ?? [] }
  package var topLevelDeclarations: [TypeID] { topLevel }
  package func publicName(_ id: TypeID) -> String { publicNames[id] ?? "_" }
  package func declaredName(_ id: TypeID) -> String { declaredNames[id] ?? "_" }
  package func fields(of id: TypeID) -> [FieldName] { fieldNames[id] ?? [] }
  package func additionalPropertiesName(of id: TypeID) -> String? { additionalPropertiesNames[id] }
  package func cases(of id: TypeID) -> [String] { caseNames[id] ?? [] }

  /// The enclosing declarations of `id`, innermost first, `id` included.
  package func scopeChain(_ id: TypeID) -> [TypeID] {
    var chain = [id]
    var current = id
    while let parent = parents[current] {
      chain.append(parent)
      current = parent
    }
    return chain
  }

  /// How code inside `context` (nil: file scope) names `target`: `Stream.Multistream`, or
  /// `Module.Name` when a type nested in an enclosing scope shadows the top-level name.
  package func reference(to target: TypeID, from context: TypeID?) -> String {
    guard let path = qualifiedNames[target], let root = roots[target] else { return "_" }
    let rootName = declaredName(root)
    var scope = context
    while let current = scope {
      // A nested type is never the (top-level) root itself, so any match shadows it.
      if nestedNames[current]?.contains(rootName) == true { return moduleName + "." + path }
      scope = parents[current]
    }
    return path
  }

  /// Fills `qualifiedNames`, `roots` and `nestedNames`, parents before children.
  private mutating func indexQualifiedNames() {
    var queue = topLevel
    for id in topLevel {
      qualifiedNames[id] = declaredName(id)
      roots[id] = id
    }
    var index = 0
    while index < queue.count {
      let id = queue[index]
      index += 1
      let kids = nested(in: id)
      guard !kids.isEmpty else { continue }
      let path = qualifiedNames[id] ?? "_"
      var names: Set<String> = []
      for child in kids {
        qualifiedNames[child] = path + "." + declaredName(child)
        roots[child] = roots[id] ?? id
        names.insert(declaredName(child))
        names.insert(publicName(child))
      }
      nestedNames[id] = names
      queue += kids
    }
  }

  private mutating func placeDeclarations() {
    var placed: Set<TypeID> = []
    // The first declaration of an ID wins, as in `init`; later duplicates are ignored.
    for declaration in module.declarations where placed.insert(declaration.id).inserted {
      if let parent = validParent(of: declaration) {
        parents[declaration.id] = parent
        children[parent, default: []].append(declaration.id)
      } else {
        topLevel.append(declaration.id)
      }
    }
    limitNesting()
  }

  /// Deepest nesting kept; deeper declarations move to the top level, keeping names and emission
  /// shallow however deeply a spec nests inline schemas.
  static let maximumNestingDepth = 8

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

  private mutating func allocateNames() {
    var reserved = SwiftIdentifier.reservedTypeNames
    reserved.insert(moduleName)
    var topScope = NameAllocator(reserving: [moduleName], ignoresCase: true)
    for id in topLevel {
      allocateTypeName(id, base: hoistedSourceName(id), reserved: reserved, in: &topScope)
    }
    // Breadth-first over the nesting tree: no recursion on input-controlled depth.
    var queue = topLevel
    var index = 0
    while index < queue.count {
      let id = queue[index]
      index += 1
      let memberScope = allocateMembers(id)
      let kids = nested(in: id)
      guard !kids.isEmpty else { continue }
      var scope = memberScope
      for ancestor in scopeChain(id) {
        scope.reserve(declaredName(ancestor))
        scope.reserve(publicName(ancestor))
      }
      scope.reserve(moduleName)
      for child in kids {
        allocateTypeName(child, base: declarations[child]?.sourceName ?? "", reserved: reserved, in: &scope)
      }
      queue += kids
    }
  }

  /// A hoisted nested declaration keeps its parent's name in front: `alias-child`.
  private func hoistedSourceName(_ id: TypeID) -> String {
    guard let declaration = declarations[id] else { return "" }
    guard let parent = declaration.parent, let parentDeclaration = declarations[parent] else {
      return declaration.sourceName
    }
    return parentDeclaration.sourceName + "-" + declaration.sourceName
  }

  private mutating func allocateTypeName(
    _ id: TypeID, base source: String, reserved: Set<String>, in scope: inout NameAllocator
  ) {
    var base = SwiftNamer.typeName(source)
    // A source name with no ASCII letters or digits (`---`, `日本`) comes back as `_`, no type name.
    if base == "_" { base = "Unnamed" }
    if reserved.contains(base) { base += "Model" }
    let name = scope.allocate(base)
    publicNames[id] = name
    if declarations[id]?.documentation.isDeprecated == true {
      declaredNames[id] = scope.allocate("_" + name)
    } else {
      declaredNames[id] = name
    }
  }

  /// Allocates field or case names of `id` and returns the scope holding them, for nested type names.
  private mutating func allocateMembers(_ id: TypeID) -> NameAllocator {
    var scope = NameAllocator(reserving: ["hashValue", "hash", "init"])
    guard let declaration = declarations[id] else { return scope }
    switch declaration.kind {
    case .object(let object):
      if case .kept = object.additionalProperties {
        additionalPropertiesNames[id] = scope.allocate("additionalProperties")
      }
      var names: [FieldName] = []
      for field in object.fields {
        let member = scope.allocate(SwiftNamer.memberName(field.jsonName))
        let storage = field.documentation.isDeprecated ? scope.allocate("_" + member) : member
        names.append(FieldName(member: member, storage: storage))
      }
      fieldNames[id] = names
    case .enumeration(let enumeration):
      scope.reserve("rawValue")
      scope.reserve("allCases")
      if enumeration.isOpen { scope.reserve("unknown") }
      caseNames[id] = enumeration.cases.map { scope.allocate(Self.caseBaseName($0.value)) }
    case .union(let union):
      if union.isOpen { scope.reserve("unknown") }
      caseNames[id] = union.variants.map { scope.allocate(SwiftNamer.memberName($0.sourceName)) }
    case .alias:
      break
    }
    return scope
  }

  /// `"MP4"` → `mp4`, `1` → `_1`, `-1` → `_minus1`, `null` → `null`.
  private static func caseBaseName(_ value: JSONLiteral) -> String {
    switch value {
    case .string(let text): return SwiftNamer.memberName(text)
    case .integer(let number): return number < 0 ? "_minus" + String(number.magnitude) : "_" + String(number)
    default: return SwiftNamer.memberName(value.jsonText)
    }
  }
}
