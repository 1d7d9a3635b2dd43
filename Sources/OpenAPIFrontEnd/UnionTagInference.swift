import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Finds the member that tells a `oneOf`'s object branches apart when the spec names no
/// `discriminator`.
///
/// Many specs (Livepeer's asset `source` among them) write `type: {enum: [url]}` in each branch
/// instead of a discriminator. Recognising it lets the generated code dispatch on the tag, as it
/// does for a declared discriminator, instead of trying each branch in turn: with open enums, a
/// branch that happens to accept the other fields would otherwise win.
enum UnionTagInference {
  /// A required member of an object schema whose value is pinned to a few strings.
  struct TagProperty: Equatable {
    var name: String
    var values: [String]
  }

  /// Most values a tag may list and still name a branch (`directUpload-or-clip`).
  static let maximumValues = 3

  /// The first required member, in document order, restricted by `const` or `enum` to strings.
  static func tagProperty(of schema: Node, named wanted: String? = nil) -> TagProperty? {
    guard let properties = schema["properties"]?.mapping else { return nil }
    let required = Set(schema["required"]?.sequence?.compactMap { $0.scalar?.string } ?? [])
    for entry in properties.entries where required.contains(entry.key) && (wanted == nil || entry.key == wanted) {
      let values = pinnedValues(entry.value)
      if !values.isEmpty, values.count <= maximumValues { return TagProperty(name: entry.key, values: values) }
    }
    return nil
  }

  /// The shared tag member of `branches` (already dereferenced), when every branch pins it to
  /// values no other branch uses.
  static func discriminator(of branches: [Node]) -> TagProperty? {
    guard branches.count > 1, let first = tagProperty(of: branches[0]) else { return nil }
    var seen = Set(first.values)
    for branch in branches.dropFirst() {
      guard let tag = tagProperty(of: branch, named: first.name) else { return nil }
      for value in tag.values {
        guard seen.insert(value).inserted else { return nil }
      }
    }
    return first
  }

  /// The strings a member schema allows when it lists them: `const: x` or `enum: [x, y]`.
  static func pinnedValues(_ schema: Node) -> [String] {
    if let constant = schema["const"]?.scalar?.string { return [constant] }
    guard let list = schema["enum"]?.sequence else { return [] }
    let values = list.compactMap { $0.scalar?.string }
    return values.count == list.count ? values : []
  }
}
