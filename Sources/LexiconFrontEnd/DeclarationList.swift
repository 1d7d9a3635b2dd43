import SchemaIR

/// Where a declaration goes: nested in `parent`, or at the top level under a dotted `sourceName`.
///
/// Top-level names are dotted paths (`place.stream.defs.blockView`) whose segments the emitter
/// turns into nested namespaces; nested names are one level (`notificationSettings`).
struct Placement: Hashable {
  var parent: TypeID?
  var sourceName: String

  /// A sibling named after this one, for types that cannot nest in it (an alias hosts nothing).
  func sibling(suffix: String) -> Placement {
    Placement(parent: parent, sourceName: sourceName + suffix)
  }

  /// The placement of an array's element type: `tags` → `tag`, `items` → `item`, else `…Item`.
  var element: Placement {
    Placement(parent: parent, sourceName: ElementNaming.singular(sourceName))
  }
}

/// Collects declarations and hands them out in the deterministic order the IR promises:
/// by NSID, then by definition order in the file, then host before the inline types it declares.
final class DeclarationList {
  private struct Entry {
    var nsid: String
    var definition: Int
    var declaration: TypeDeclaration?
  }

  private var entries: [Entry] = []
  private var constants: [(nsid: String, definition: Int, constant: ConstantDeclaration)] = []
  /// The definition being translated; every declaration added is filed under it.
  var current: (nsid: String, definition: Int) = ("", 0)

  /// Keeps a place for a declaration whose members are still being translated.
  func reserve() -> Int {
    entries.append(Entry(nsid: current.nsid, definition: current.definition, declaration: nil))
    return entries.count - 1
  }

  func fill(_ slot: Int, with declaration: TypeDeclaration) {
    entries[slot].declaration = declaration
  }

  /// Files a constant (a token) under the definition being translated.
  func add(_ constant: ConstantDeclaration) {
    constants.append((current.nsid, current.definition, constant))
  }

  /// The constants, by NSID and then definition order.
  var orderedConstants: [ConstantDeclaration] {
    constants.sorted { ($0.nsid, $0.definition) < ($1.nsid, $1.definition) }.map(\.constant)
  }

  var ordered: [TypeDeclaration] {
    let sorted = entries.enumerated()
      .sorted { lhs, rhs in
        (lhs.element.nsid, lhs.element.definition, lhs.offset) < (rhs.element.nsid, rhs.element.definition, rhs.offset)
      }
      .compactMap(\.element.declaration)
    return Self.disambiguated(sorted)
  }

  /// Renames inline declarations whose name another declaration already has in the same scope.
  ///
  /// Definitions name the lexicon's vocabulary and keep their names; an inline type named after its
  /// field (`connections` items → `connection`) yields to a definition `#connection` beside it, taking
  /// a suffix saying what it is (`connectionUnion`), then a number if that is taken too. Names compare
  /// case-insensitively because the emitter capitalizes them.
  private static func disambiguated(_ declarations: [TypeDeclaration]) -> [TypeDeclaration] {
    func key(_ parent: TypeID?, _ name: String) -> String { (parent?.rawValue ?? "") + " " + name.lowercased() }
    func isInline(_ declaration: TypeDeclaration) -> Bool { declaration.id.rawValue.utf8.contains(UInt8(ascii: "/")) }
    var taken = Set(declarations.filter { !isInline($0) }.map { key($0.parent, $0.sourceName) })
    var result = declarations
    for index in result.indices where isInline(result[index]) {
      let declaration = result[index]
      var name = declaration.sourceName
      if taken.contains(key(declaration.parent, name)) {
        let base = name + suffix(declaration.kind)
        name = base
        var number = 2
        while taken.contains(key(declaration.parent, name)) {
          name = base + String(number)
          number += 1
        }
        result[index].sourceName = name
      }
      taken.insert(key(declaration.parent, name))
    }
    return result
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
