import SchemaIR

/// What the emitter asks about namespaces once names are allocated (see `NamespaceTree`).
extension SymbolTable {
  func rootName(of namespace: Int) -> String {
    var current = namespace
    while let parent = namespaces.nodes[current].parent { current = parent }
    return namespaceNames[current]
  }

  /// The type names code at file scope sees from this module: each top-level type's declared and public
  /// name, and each root namespace (`PlaceStream`), the first component of every namespaced reference.
  package var fileScopeTypeNames: Set<String> {
    var names: Set<String> = []
    for id in topLevel where namespaces.namespaceOf[id] == nil { names.formUnion([declaredName(id), publicName(id)]) }
    for root in namespaces.roots { names.insert(namespaceNames[root]) }
    return names
  }

  /// The namespace path a top-level declaration is declared in (`PlaceStream.Moderation`), if any.
  package func namespacePath(of id: TypeID) -> String? {
    namespaces.namespaceOf[id].map { namespacePaths[$0] }
  }

  /// The file a top-level declaration is written to, without `.swift`: its full dotted Swift path.
  package func fileName(_ id: TypeID) -> String {
    guard let path = namespacePath(of: id) else { return publicName(id) }
    return path + "." + publicName(id)
  }

  /// The Swift path of a namespace (hosted by a type or not) by its source segments
  /// (`["app", "bsky", "feed", "defs"]` → `AppBsky.Feed.Defs`); nil for segments that do not nest, and
  /// with `declaredOnly` for a namespace a type hosts.
  package func namespacePath(of segments: [String], declaredOnly: Bool = false) -> String? {
    guard let index = namespaces.index[segments], !declaredOnly || namespaceHosts[index] == nil else { return nil }
    return namespacePaths[index]
  }

  /// A namespace that needs its own `enum` declaration (one not hosted by a type).
  package struct NamespaceDeclaration {
    /// `PlaceStream.Moderation`: the path of the enclosing namespace or type; nil for a root.
    package var parentPath: String?
    package var name: String
    package var path: String
    /// The dotted source prefix, as documentation names it: `place.stream.moderation`.
    package var sourcePath: String
    package var documentation: String?
  }

  /// Every namespace that is declared as a caseless enum, in creation order.
  package var namespaceDeclarations: [NamespaceDeclaration] {
    namespaces.nodes.indices.compactMap { index in
      guard namespaceHosts[index] == nil else { return nil }
      let node = namespaces.nodes[index]
      return NamespaceDeclaration(
        parentPath: node.parent.map { namespacePaths[$0] }, name: namespaceNames[index],
        path: namespacePaths[index], sourcePath: node.sourcePath, documentation: node.documentation)
    }
  }

  /// Whether a type named `name` other than the top-level one is visible from inside `context`: nested in
  /// a declaration on its scope chain, in an enclosing (or hosted) namespace, or at the top level.
  package func isShadowed(_ name: String, from context: TypeID?) -> Bool {
    if topLevelNames.contains(name) { return true }
    var current = context
    while let id = current {
      if nestedNames[id]?.contains(name) == true { return true }
      if let hosted = hostedNamespaces[id], namespaceMemberNames[hosted]?.contains(name) == true { return true }
      if parents[id] == nil {
        var namespace = namespaces.namespaceOf[id]
        while let step = namespace {
          if namespaceMemberNames[step]?.contains(name) == true { return true }
          namespace = namespaces.nodes[step].parent
        }
      }
      current = parents[id]
    }
    return false
  }
}
