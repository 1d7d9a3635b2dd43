import SchemaIR

/// Where a declaration goes: nested in `parent`, or at the top level in `namespace` (NSID segments:
/// `place.stream.defs.blockView` is `blockView` in `["place", "stream", "defs"]`), which the emitter
/// turns into nested namespaces.
struct Placement: Hashable {
  var parent: TypeID?
  var namespace: [String] = []
  var sourceName: String

  /// At the top level, in the namespace of `nsid`'s segments followed by `inner`.
  static func topLevel(_ name: String, in nsid: String, _ inner: [String] = []) -> Placement {
    Placement(parent: nil, namespace: NSID.segments(nsid) + inner, sourceName: name)
  }

  /// A sibling named after this one, for types that cannot nest in it (an alias hosts nothing).
  func sibling(suffix: String) -> Placement {
    Placement(parent: parent, namespace: namespace, sourceName: sourceName + suffix)
  }

  /// The placement of an array's element type: `tags` → `tag`, `items` → `item`, else `…Item`.
  var element: Placement {
    Placement(parent: parent, namespace: namespace, sourceName: ElementNaming.singular(sourceName))
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
    entries.enumerated()
      .sorted { lhs, rhs in
        (lhs.element.nsid, lhs.element.definition, lhs.offset) < (rhs.element.nsid, rhs.element.definition, rhs.offset)
      }
      .compactMap(\.element.declaration)
  }

}
