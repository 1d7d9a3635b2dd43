import SchemaIR

/// `AnyRecord`: one open union of every record type the lexicons define, tagged by `$type` (the
/// record's collection NSID), so an `unknown` value, a repository record or a `getRecord` answer's
/// `value` decodes into a typed record, or `.unknown` keeping the JSON, and encodes back unchanged.
enum RecordUnion {
  /// The union's id: not an NSID, so it names no lexicon definition and sits at the module's top level.
  static let id = TypeID("lexicon:AnyRecord")

  /// The union over the records among `declarations`, in their order; nil when there is none.
  static func declaration(over declarations: [TypeDeclaration]) -> TypeDeclaration? {
    var variants: [UnionType.Variant] = []
    for declaration in declarations {
      guard case .object(let object) = declaration.kind, object.recordKey != nil, let tag = object.typeTag else {
        continue
      }
      variants.append(
        UnionType.Variant(
          sourceName: String(tag.split(separator: ".").last ?? Substring(tag)), type: .named(declaration.id),
          tags: TypeTranslator.typeTags(tag)))
    }
    guard !variants.isEmpty else { return nil }
    // Records of different lexicons with the same last NSID segment are named by their whole NSID.
    let union = UnionType(
      variants: UnionType.Variant.namedApart(variants), discriminator: "$type", tagging: .atProtocolType, isOpen: true)
    return TypeDeclaration(
      id: id, sourceName: "AnyRecord", kind: .union(union),
      documentation: Documentation(
        description: "Any record of these lexicons, by its `$type` (the collection it is stored in): a repository"
          + " record or an `unknown` value decodes as its typed record, or as `unknown` holding the JSON of a"
          + " collection not listed here, and encodes back unchanged."))
  }
}
