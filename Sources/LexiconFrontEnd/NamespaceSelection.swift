import SchemaIR

/// Which lexicons a translation generates in full, when a target names its namespaces.
///
/// A folder of lexicons usually holds an application's own (`place.stream.*`) beside copies of the
/// lexicons they reference (`app.bsky.actor.defs`, `com.atproto.repo.strongRef`), and those copies are
/// whole files: Streamplace references 14 definitions of `app.bsky`, whose files define 120 more that
/// reference further files again. Generating all of them costs every user the compile time of types
/// they never see. With namespaces named, a lexicon whose NSID is one of them, or lies under one
/// (`place.stream` covers `place.stream.chat.message`, not `place.streamer`), is generated in full:
/// every definition, constant and method. Any other lexicon contributes only what those reach:
///
/// - a type a kept declaration or method names (fields, array elements, map values, union variants,
///   aliases, parameters, bodies, response headers),
/// - the declaration a kept one is nested in (its `parent`), since it is declared inside it,
/// - a token (`ConstantDeclaration`) whose reference a kept enumeration lists (`knownValues`), so the
///   constant a value stands for stays beside it.
///
/// Its methods are left out: a method is called, never referenced. The record union `AnyRecord` is
/// built after selection, so it lists the records that are kept.
struct NamespaceSelection {
  /// The NSID prefixes, as the target wrote them.
  let namespaces: [String]

  /// Whether `nsid` is one of the namespaces or lies under one.
  func covers(nsid: String) -> Bool {
    namespaces.contains { Self.covers(nsid, $0) }
  }

  /// Whether `nsid` is `namespace` or lies under it, segment by segment. An NSID's domain authority
  /// (every segment but the last) is case-insensitive, so `Place.Stream` covers `place.stream.chat.message`;
  /// its name (the last segment) is not, so `place.stream.chat.Message` does not cover it.
  static func covers(_ nsid: String, _ namespace: String) -> Bool {
    let name = nsid.utf8
    let prefix = namespace.utf8
    guard prefix.count <= name.count else { return false }
    let nameSegment = name.lastIndex(of: UInt8(ascii: ".")) ?? name.startIndex
    var index = name.startIndex
    for byte in prefix {
      let other = name[index]
      let equal = index < nameSegment ? NSID.lowercased(byte) == NSID.lowercased(other) : byte == other
      guard equal else { return false }
      index = name.index(after: index)
    }
    return index == name.endIndex || name[index] == UInt8(ascii: ".")
  }

  /// The lexicon a declaration, constant or method belongs to: its id up to `#` (`nsid#def/…`), or the
  /// operation's name, which is its NSID. Ids this front end did not write (`AnyRecord`'s) have none.
  static func nsid(of id: TypeID) -> Substring? {
    guard let hash = id.rawValue.firstIndex(of: "#") else { return nil }
    return id.rawValue[..<hash]
  }

  /// `module` with only the declarations, constants and operations the namespaces keep.
  func select(_ module: SchemaModule) -> SchemaModule {
    var indexByID: [TypeID: Int] = [:]
    indexByID.reserveCapacity(module.declarations.count)
    for (index, declaration) in module.declarations.enumerated() { indexByID[declaration.id] = index }
    var constantsByValue: [String: [Int]] = [:]
    for (index, constant) in module.constants.enumerated() {
      constantsByValue[constant.value, default: []].append(index)
    }
    var keptTypes = Set<TypeID>()
    var keptConstants = Set<TypeID>()
    var pending: [TypeID] = []

    func keep(_ id: TypeID) {
      guard indexByID[id] != nil, keptTypes.insert(id).inserted else { return }
      pending.append(id)
    }
    func keepConstant(_ constant: ConstantDeclaration) {
      guard keptConstants.insert(constant.id).inserted else { return }
      if let parent = constant.parent { keep(parent) }
    }
    func keepNamed(in reference: TypeReference) {
      switch reference {
      case .named(let id): keep(id)
      case .array(let element), .map(let element): keepNamed(in: element)
      case .primitive, .any: break
      }
    }
    func inNamespace(_ id: TypeID) -> Bool { Self.nsid(of: id).map { covers(nsid: String($0)) } ?? false }

    for declaration in module.declarations where inNamespace(declaration.id) { keep(declaration.id) }
    for constant in module.constants where inNamespace(constant.id) { keepConstant(constant) }
    let operations = module.operations.filter { covers(nsid: $0.name) }
    for operation in operations { operation.forEachReference(keepNamed) }
    while let id = pending.popLast() {
      guard let index = indexByID[id] else { continue }
      let declaration = module.declarations[index]
      if let parent = declaration.parent { keep(parent) }
      declaration.kind.forEachReference(keepNamed)
      if case .enumeration(let enumeration) = declaration.kind {
        for value in enumeration.cases {
          guard case .string(let text) = value.value else { continue }
          for constant in constantsByValue[text] ?? [] { keepConstant(module.constants[constant]) }
        }
      }
    }
    var selected = module
    selected.declarations = module.declarations.filter { keptTypes.contains($0.id) }
    selected.constants = module.constants.filter { keptConstants.contains($0.id) }
    selected.operations = operations
    return selected
  }
}
