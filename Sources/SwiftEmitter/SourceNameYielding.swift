import SchemaIR

/// Who keeps a source name two declarations of one scope share: a name the source gives
/// (`TypeDeclaration.Naming.given`) keeps it; a derived one (an inline type named after its field)
/// takes a suffix saying what it is, then a number if that is taken too: items of a field `connections`
/// beside a definition `#connection` become `connectionUnion`. Derived names that meet only each other
/// are left to `NameAllocator`'s numbers (`Object`, `Object2`).
///
/// Names compare case-insensitively, as the emitter capitalizes them; a scope is a parent declaration,
/// or a namespace of the top level.
enum SourceNameYielding {
  /// The changed source names, by declaration; declarations that keep theirs are absent.
  static func nameBases(_ declarations: [TypeDeclaration]) -> [TypeID: String] {
    func key(_ declaration: TypeDeclaration, _ name: String) -> String {
      let scope = declaration.parent?.rawValue ?? declaration.namespace.joined(separator: ".").lowercased()
      return scope + " " + name.lowercased()
    }
    let given = Set(declarations.filter { $0.naming == .given }.map { key($0, $0.sourceName) })
    var taken = given
    var bases: [TypeID: String] = [:]
    for declaration in declarations where declaration.naming != .given {
      var name = declaration.sourceName
      // Two derived names that meet are told apart by the namer's numbers (`object`, `object2`).
      if given.contains(key(declaration, name)) {
        let base = name + suffix(declaration.kind)
        name = base
        var number = 2
        while taken.contains(key(declaration, name)) {
          name = base + String(number)
          number += 1
        }
        bases[declaration.id] = name
      }
      taken.insert(key(declaration, name))
    }
    return bases
  }

  private static func suffix(_ kind: TypeDeclaration.Kind) -> String {
    switch kind {
    case .object: return "Object"
    case .union: return "Union"
    case .enumeration: return "Value"
    case .alias: return "Type"
    }
  }
}
