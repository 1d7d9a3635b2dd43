import SchemaIR

/// Every Swift name the emitted module uses, decided once, before any code is written.
///
/// Names are allocated in declaration order, scope by scope, so the same IR always gives the same
/// names, over the `PlacementTree` (a declaration hoisted to the top level is named after its parent
/// too: `alias-child`). Each object field, enumeration case and union variant comes out resolved
/// (`ResolvedField`, `ResolvedCase`, `ResolvedVariant`), and emitters iterate those. A deprecated declaration is declared as `_Name` and published through a
/// deprecated `typealias Name = _Name`, so generated code can refer to it without deprecation warnings.
///
/// A class, shared by reference: every emitter and plan holds it, and copying a struct of some twenty
/// tables retained each of them per copy. Unchecked `Sendable` because it is only written in `init`;
/// the files that render in parallel only read it.
package final class SymbolTable: @unchecked Sendable {
  /// The two names of a type: what users write, and what it is declared as.
  private struct TypeNames {
    /// The name users write (the deprecated typealias for deprecated declarations).
    var publicName: String
    /// The name the declaration is declared under: `publicName`, or `_publicName` when deprecated.
    var declaredName: String
    /// The `Parent.Child` path of declared names from file scope (`PlaceStream.Livestream.Record`).
    var qualifiedName = ""
    /// The name of its top-level ancestor (a type, or a root namespace), which a nested type may shadow.
    var rootName = ""
  }

  package let module: SchemaModule
  package let moduleName: String
  /// Where recursive types are boxed; a field's `isIndirect` comes from here.
  package let recursion: RecursionAnalysis
  private(set) var declarations: [TypeID: TypeDeclaration] = [:]
  /// Where each declaration is declared: nested in a parent, or at the top level.
  private let placement: PlacementTree
  /// Top-level declarations, in IR order.
  var topLevel: [TypeID] { placement.topLevel }
  var parents: [TypeID: TypeID] { placement.parents }
  /// Every declaration's type names.
  private var typeNames: [TypeID: TypeNames] = [:]
  /// The source name each declaration is named from: its own, or for a derived name that a given one of
  /// its scope has, that name with a suffix (`SourceNameYielding`).
  private var nameBases: [TypeID: String] = [:]
  private(set) var resolvedFields: [TypeID: [ResolvedField]] = [:]
  private(set) var additionalPropertiesNames: [TypeID: String] = [:]
  private(set) var resolvedCases: [TypeID: [ResolvedCase]] = [:]
  private(set) var resolvedVariants: [TypeID: [ResolvedVariant]] = [:]
  /// For each declaration, the declared and public names of the types nested in it.
  private(set) var nestedNames: [TypeID: Set<String>] = [:]
  /// The namespaces top-level declarations nest in (`TypeDeclaration.namespace`); see `NamespaceTree`.
  private(set) var namespaces = NamespaceTree(
    topLevel: [], placement: { _ in .init(namespace: [], name: "") }, operations: [])
  /// Each namespace's name and Swift path, by its index in `namespaces.nodes`.
  private(set) var namespaceNames: [String] = []
  private(set) var namespacePaths: [String] = []
  /// A namespace whose name a type in the same scope already has is that type: its members nest in the type.
  private(set) var namespaceHosts: [Int: TypeID] = [:]
  private(set) var hostedNamespaces: [TypeID: Int] = [:]
  /// Names declared directly in each namespace (types and namespaces).
  private(set) var namespaceMemberNames: [Int: Set<String>] = [:]
  /// Names of top-level types and root namespaces; with namespaces, no nested type may take one, so
  /// `PlaceStream.X` written anywhere means the root namespace.
  private(set) var topLevelNames: Set<String> = []

  package init(module: SchemaModule, moduleName: String) {
    self.module = module
    self.moduleName = moduleName
    recursion = RecursionAnalysis(module: module)
    var declarations: [TypeID: TypeDeclaration] = [:]
    for declaration in module.declarations where declarations[declaration.id] == nil {
      declarations[declaration.id] = declaration
    }
    placement = PlacementTree(module.declarations, declarations: declarations)
    self.declarations = declarations
    nameBases = SourceNameYielding.nameBases(module.declarations)
    namespaces = NamespaceTree(
      topLevel: topLevel, placement: topLevelPlacement, operations: module.operations,
      constants: module.constants.filter { $0.parent == nil }.map(\.namespace))
    namespaceNames = Array(repeating: "", count: namespaces.nodes.count)
    allocateNames()
    indexNamespacePaths()
    indexQualifiedNames()
  }

  package func declaration(_ id: TypeID) -> TypeDeclaration? { declarations[id] }
  package func parent(of id: TypeID) -> TypeID? { parents[id] }
  package func nested(in id: TypeID) -> [TypeID] { placement.children[id] ?? [] }
  package var topLevelDeclarations: [TypeID] { topLevel }
  package func publicName(_ id: TypeID) -> String { names(id).publicName }
  package func declaredName(_ id: TypeID) -> String { names(id).declaredName }
  /// An object's fields in IR order, each with its names and boxing; empty for other kinds.
  package func fields(of id: TypeID) -> [ResolvedField] { resolvedFields[id] ?? [] }
  package func additionalPropertiesName(of id: TypeID) -> String? { additionalPropertiesNames[id] }
  /// An enumeration's cases in IR order, each with its name; empty for other kinds.
  package func cases(of id: TypeID) -> [ResolvedCase] { resolvedCases[id] ?? [] }
  /// A union's variants in IR order, each with its case name; empty for other kinds.
  package func variants(of id: TypeID) -> [ResolvedVariant] { resolvedVariants[id] ?? [] }
  /// The member names an enumeration or union declares (its cases), which its extensions must not reuse.
  package func caseNames(of id: TypeID) -> [String] {
    (resolvedCases[id]?.map(\.name) ?? []) + (resolvedVariants[id]?.map(\.name) ?? [])
  }

  /// Every declaration in the module is named (`ModuleCheck.checkForEmission` refuses a reference to an
  /// undeclared one before emission), so a missing entry is a bug in this type, not in the input.
  private func names(_ id: TypeID) -> TypeNames {
    guard let names = typeNames[id] else {
      preconditionFailure("type \(id) was never named; ModuleCheck admits only declared references")
    }
    return names
  }

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
    let names = names(target)
    let path = names.qualifiedName
    var scope = context
    while let current = scope {
      // A nested type is never the (top-level) root itself, so any match shadows it.
      if nestedNames[current]?.contains(names.rootName) == true { return moduleName + "." + path }
      scope = parents[current]
    }
    return path
  }

  /// Fills each declaration's qualified and root name, and `nestedNames`, parents before children.
  private func indexQualifiedNames() {
    var queue = topLevel
    for id in topLevel {
      var names = names(id)
      if let namespace = namespaces.namespaceOf[id] {
        names.qualifiedName = namespacePaths[namespace] + "." + names.declaredName
        names.rootName = rootName(of: namespace)
      } else {
        names.qualifiedName = names.declaredName
        names.rootName = names.declaredName
      }
      typeNames[id] = names
    }
    var index = 0
    while index < queue.count {
      let id = queue[index]
      index += 1
      let kids = nested(in: id)
      guard !kids.isEmpty else { continue }
      let parent = names(id)
      var names: Set<String> = []
      for child in kids {
        var childNames = self.names(child)
        childNames.qualifiedName = parent.qualifiedName + "." + childNames.declaredName
        childNames.rootName = parent.rootName
        typeNames[child] = childNames
        names.insert(childNames.declaredName)
        names.insert(childNames.publicName)
      }
      nestedNames[id] = names
      queue += kids
    }
  }

  private func allocateNames() {
    var reserved = SwiftIdentifier.reservedTypeNames
    reserved.insert(moduleName)
    var topScope = NameAllocator(reserving: [moduleName], ignoresCase: true)
    allocateRootNamespaces(in: &topScope)
    var queue: [NamingStep] = namespaces.roots.map { .namespace($0) }
    for id in topLevel where namespaces.namespaceOf[id] == nil {
      let placement = topLevelPlacement(id)
      // A namespace too short or too deep to nest in stays part of the name.
      let base = (placement.namespace + [placement.name]).joined(separator: ".")
      allocateTypeName(id, base: base, reserved: reserved, in: &topScope)
      if !namespaces.isEmpty { topLevelNames.formUnion([declaredName(id), publicName(id)]) }
      queue.append(.declaration(id))
    }
    // Breadth-first over the nesting tree: no recursion on input-controlled depth.
    var index = 0
    while index < queue.count {
      let step = queue[index]
      index += 1
      guard case .declaration(let id) = step else {
        if case .namespace(let namespace) = step {
          var scope = NameAllocator(reserving: topLevelNames.union([moduleName]), ignoresCase: true)
          queue += allocateContents(of: namespace, reserved: reserved, in: &scope)
        }
        continue
      }
      let memberScope = allocateMembers(id)
      let kids = nested(in: id)
      let hosted = hostedNamespaces[id]
      guard !kids.isEmpty || hosted != nil else { continue }
      var scope = memberScope
      for ancestor in scopeChain(id) {
        scope.reserve(declaredName(ancestor))
        scope.reserve(publicName(ancestor))
      }
      scope.reserve(moduleName)
      for name in topLevelNames { scope.reserve(name) }
      for child in kids {
        allocateTypeName(child, base: nameBase(child), reserved: reserved, in: &scope)
      }
      queue += kids.map { .declaration($0) }
      if let hosted { queue += allocateContents(of: hosted, reserved: reserved, in: &scope) }
    }
  }

  // MARK: Namespaces

  /// One unit of naming work: a declaration's members and nested types, or a namespace's contents.
  private enum NamingStep {
    case declaration(TypeID)
    case namespace(Int)
  }

  /// Root namespaces are named first and may share the module's name (module and namespace `PlaceStream`):
  /// nested scopes reserve every top-level name, so the root is never shadowed and never needs the module
  /// qualifier.
  private func allocateRootNamespaces(in topScope: inout NameAllocator) {
    var rootScope = NameAllocator(ignoresCase: true)
    for root in namespaces.roots {
      var base = namespaces.nodes[root].baseName
      if SwiftIdentifier.reservedTypeNames.contains(base) { base += "Model" }
      let name = rootScope.allocate(base)
      topScope.reserve(name)
      namespaceNames[root] = name
      topLevelNames.insert(name)
    }
  }

  /// Names the namespaces and types declared in `namespace` within `scope` and returns the work they add.
  ///
  /// A child namespace whose name a type of this namespace has (case-insensitively) becomes that type, when
  /// the type can hold nested types (not an alias): its contents are named when the type is. Other child
  /// namespaces are named before the types, so an alias yields (`Foo` namespace, `Foo2` alias).
  private func allocateContents(of namespace: Int, reserved: Set<String>, in scope: inout NameAllocator)
    -> [NamingStep]
  {
    let node = namespaces.nodes[namespace]
    var steps: [NamingStep] = []
    var hosted: [(child: Int, host: TypeID)] = []
    for child in node.children {
      let childName = namespaces.nodes[child].baseName.lowercased()
      let host = node.members.first { member in
        canHost(member) && Self.baseTypeName(namespaces.lastSegment[member] ?? "", reserved).lowercased() == childName
      }
      if let host {
        hosted.append((child, host))
        continue
      }
      var base = namespaces.nodes[child].baseName
      if reserved.contains(base) { base += "Model" }
      namespaceNames[child] = scope.allocate(base)
      steps.append(.namespace(child))
    }
    for member in node.members {
      allocateTypeName(member, base: namespaces.lastSegment[member] ?? "", reserved: reserved, in: &scope)
      steps.append(.declaration(member))
    }
    for (child, host) in hosted {
      namespaceNames[child] = declaredName(host)
      namespaceHosts[child] = host
      hostedNamespaces[host] = child
    }
    var names = Set(node.children.map { namespaceNames[$0] })
    for member in node.members { names.formUnion([declaredName(member), publicName(member)]) }
    namespaceMemberNames[namespace] = names
    return steps
  }

  private func canHost(_ id: TypeID) -> Bool {
    guard let declaration = declarations[id], hostedNamespaces[id] == nil else { return false }
    if case .alias = declaration.kind { return false }
    return true
  }

  private static func baseTypeName(_ source: String, _ reserved: Set<String>) -> String {
    let base = SwiftNamer.typeName(source)
    return reserved.contains(base) ? base + "Model" : base
  }

  /// Parents are created before children, so one pass in creation order fills every path.
  private func indexNamespacePaths() {
    namespacePaths.reserveCapacity(namespaces.nodes.count)
    for (index, node) in namespaces.nodes.enumerated() {
      let name = namespaceNames[index]
      namespacePaths.append(node.parent.map { namespacePaths[$0] + "." + name } ?? name)
    }
  }

  /// A hoisted nested declaration keeps its parent's name in front: `alias-child`.
  /// A top-level declaration's namespace and name there; one hoisted out of its parent takes the parent's
  /// namespace and is named after it too (`alias-child`).
  private func topLevelPlacement(_ id: TypeID) -> NamespaceTree.Placement {
    guard let declaration = declarations[id] else { return .init(namespace: [], name: "") }
    guard let parent = declaration.parent, let parentDeclaration = declarations[parent] else {
      return .init(namespace: declaration.namespace, name: nameBase(id))
    }
    return .init(namespace: parentDeclaration.namespace, name: nameBase(parent) + "-" + nameBase(id))
  }

  private func nameBase(_ id: TypeID) -> String {
    nameBases[id] ?? declarations[id]?.sourceName ?? ""
  }

  private func allocateTypeName(
    _ id: TypeID, base source: String, reserved: Set<String>, in scope: inout NameAllocator
  ) {
    var base = SwiftNamer.typeName(source)
    // A source name with no ASCII letters or digits (`---`, `日本`) comes back as `_`, no type name.
    if base == "_" { base = "Unnamed" }
    if reserved.contains(base) { base += "Model" }
    let name = scope.allocate(base)
    let isDeprecated = declarations[id]?.documentation.isDeprecated == true
    typeNames[id] = TypeNames(publicName: name, declaredName: isDeprecated ? scope.allocate("_" + name) : name)
  }

  /// Allocates field or case names of `id` and returns the scope holding them, for nested type names.
  private func allocateMembers(_ id: TypeID) -> NameAllocator {
    // `hash` stays usable: a property or case named `hash` does not clash with `hash(into:)`.
    var scope = NameAllocator(reserving: ["hashValue", "init"])
    guard let declaration = declarations[id] else { return scope }
    switch declaration.kind {
    case .object(let object):
      if case .kept = object.additionalProperties {
        additionalPropertiesNames[id] = scope.allocate("additionalProperties")
      }
      var fields: [ResolvedField] = []
      for (index, field) in object.fields.enumerated() {
        let member = scope.allocate(SwiftNamer.memberName(field.jsonName))
        let storage = field.documentation.isDeprecated ? scope.allocate("_" + member) : member
        let isIndirect = recursion.indirectFields.contains(RecursionAnalysis.FieldKey(owner: id, index: index))
        fields.append(ResolvedField(field: field, member: member, storage: storage, isIndirect: isIndirect))
      }
      resolvedFields[id] = fields
    case .enumeration(let enumeration):
      scope.reserve("rawValue")
      scope.reserve("allCases")
      // An open set's values are static constants beside `OpenEnumeration`'s members; a value spelled
      // `unknown` is just `.unknown` (there is no catch-all case).
      if enumeration.isOpen { for member in ["description", "isListed"] { scope.reserve(member) } }
      resolvedCases[id] = enumeration.cases.map {
        ResolvedCase(enumerationCase: $0, name: scope.allocate(Self.caseBaseName($0.value)))
      }
    case .union(let union):
      if union.isOpen { scope.reserve("unknown") }
      let unionName = declarations[id]?.naming == .variants ? "" : nameBase(id)
      resolvedVariants[id] = union.variants.map {
        ResolvedVariant(variant: $0, name: scope.allocate(Self.variantCaseName($0.sourceName, in: unionName)))
      }
    case .alias:
      break
    }
    return scope
  }

  /// A union case is named after its variant, less the words it shares with the union's name:
  /// `ChatCompletionRequestUserMessage` in `ChatCompletionRequestMessage` is `.userMessage`.
  static func variantCaseName(_ variant: String, in unionName: String) -> String {
    let variantWords = SwiftNamer.words(variant)
    let unionWords = SwiftNamer.words(unionName)
    var shared = 0
    while shared < min(unionWords.count, variantWords.count - 1),
      unionWords[shared].lowercased() == variantWords[shared].lowercased()
    {
      shared += 1
    }
    return SwiftNamer.memberName(variantWords[shared...].joined(separator: "_"))
  }

  /// Whether `bytes` read as an NSID would: three to sixteen dot-separated segments.
  private static func isDottedPath(_ bytes: Substring.UTF8View) -> Bool {
    let dots = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
    return (2..<NamespaceTree.maximumSegments).contains(dots)
  }

  /// `"MP4"` → `mp4`, `1` → `_1`, `-1` → `_minus1`, `null` → `null`; a Lexicon reference (a token, or a
  /// `knownValues` entry naming one) is named after its definition: `place.stream.defs#featured` → `featured`.
  private static func caseBaseName(_ value: JSONLiteral) -> String {
    switch value {
    case .string(let text):
      // Byte-wise: values can be long, and Character-wise scanning costs ten times as much.
      let utf8 = text.utf8
      if let hash = utf8.firstIndex(of: UInt8(ascii: "#")), !utf8.contains(UInt8(ascii: " ")),
        utf8.index(after: hash) < utf8.endIndex, Self.isDottedPath(text.utf8[..<hash])
      {
        return SwiftNamer.memberName(String(text[utf8.index(after: hash)...]))
      }
      return SwiftNamer.memberName(text)
    case .integer(let number): return number < 0 ? "_minus" + String(number.magnitude) : "_" + String(number)
    default: return SwiftNamer.memberName(value.jsonText)
    }
  }
}
