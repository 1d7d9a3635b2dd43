import SchemaIR

/// Declares the module's constants (Lexicon tokens) as `static let`s of `String`, in an extension of
/// the type or namespace each belongs to, one file per owner:
///
/// ```swift
/// extension AppBsky.Feed.Defs {
///   /// Request that less content like the given feed item be shown in the feed.
///   public static let requestLess = "app.bsky.feed.defs#requestLess"
/// }
/// ```
///
/// in `AppBsky.Feed.Defs+Tokens.swift`. A field listing tokens in its `knownValues` is an open
/// enumeration with a case of the same name (`interaction.event == .requestLess`); the constant is the
/// token itself, for code that reads or writes the plain string.
struct ConstantEmitter {
  let module: SchemaModule
  let symbols: SymbolTable
  let access: String

  /// Members a constant must not take: the statics and cases the emitter declares in types and XRPC
  /// namespaces.
  static let reservedMembers = [
    "init", "nsid", "recordKey", "allCases", "rawValue", "request", "response", "webSocketURL", "self", "Type",
  ]

  /// One owner's constants, named.
  private struct Group {
    var path: String
    var entries: [(name: String, constant: ConstantDeclaration)] = []
  }

  func emit() -> [EmittedFile] {
    guard !module.constants.isEmpty else { return [] }
    var groups: [Group] = []
    var groupIndex: [String: Int] = [:]
    var names: [String: NameAllocator] = [:]
    for constant in module.constants {
      let owner = Self.owner(of: constant, symbols: symbols)
      let base = constant.sourceName
      // Named in the owner's scope: after its cases (`Main.featured` of an open enumeration) and the
      // statics every generated type may declare.
      let parentCases = constant.parent.map { symbols.caseNames(of: $0) } ?? []
      var allocator = names[owner] ?? NameAllocator(reserving: Self.reservedMembers + parentCases)
      let name = allocator.allocate(SwiftNamer.memberName(base))
      names[owner] = allocator
      if let index = groupIndex[owner] {
        groups[index].entries.append((name, constant))
      } else {
        groupIndex[owner] = groups.count
        groups.append(Group(path: owner, entries: [(name, constant)]))
      }
    }
    return groups.map(file)
  }

  /// The Swift path a constant is declared in: its type, or its namespace (empty: file scope, for a
  /// namespace too short or too deep to nest; see `NamespaceTree.nests`).
  private static func owner(of constant: ConstantDeclaration, symbols: SymbolTable) -> String {
    if let parent = constant.parent { return symbols.reference(to: parent, from: nil) }
    return symbols.namespacePath(of: constant.namespace) ?? ""
  }

  private func file(_ group: Group) -> EmittedFile {
    var writer = SwiftCodeWriter()
    let scope = group.path.isEmpty ? "" : "static "
    if !group.path.isEmpty { writer.openBlock("extension " + group.path) }
    for (index, entry) in group.entries.enumerated() {
      if index > 0 { writer.blankLine() }
      let documentation = DocumentationText.forType(entry.constant.documentation)
      writer.documentation(
        (documentation.isEmpty ? "" : documentation + "\n\n") + "The token `\(entry.constant.value)`.")
      writer.line(
        "\(access)\(scope)let \(SwiftIdentifier.escaped(entry.name)) = "
          + DeclarationEmitter.literal(entry.constant.value))
    }
    if !group.path.isEmpty { writer.closeBlock() }
    let base = (group.path.isEmpty ? symbols.moduleName : group.path) + "+Tokens"
    return EmittedFile(path: base + ".swift", contents: writer.text)
  }
}
