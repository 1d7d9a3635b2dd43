/// A value that is exactly one of several types (`oneOf`, `anyOf`, a Lexicon `union`): a Swift `enum`
/// with one case per variant carrying the value (`case cat(Cat)`), plus `unknown(JSONValue)` when open.
///
/// With a `discriminator`, decoding reads that member and picks the variant whose `tags` match;
/// without one, variants are tried in turn (objects ranked by the members the value has) and the first
/// that decodes wins. `UnionCycleCheck` refuses a union that is one of its own variants.
public struct UnionType: Hashable, Sendable {
  /// One of the types the value may be.
  public struct Variant: Hashable, Sendable {
    /// A name for the case: the referenced type's name (`cat`, `UserMessage`; for Lexicon the
    /// definition's name, made distinct by the front end), or what an inline schema is (`string`,
    /// `integer`). The emitter makes it a case name (`userMessage`) and resolves clashes.
    public var sourceName: String
    /// What the case carries. Usually `.named`; for an undiscriminated union also a primitive, an array
    /// or a map (`oneOf: [{type: string}, {$ref: ...}]`).
    public var type: TypeReference
    /// Discriminator values that select this variant, every spelling listed by the front end; the first
    /// is the one written (a Lexicon `main` definition: `nsid`, then `nsid#main`). OpenAPI: the
    /// `discriminator.mapping` keys naming this variant, else the variant's own `const`/single `enum`
    /// value of the discriminator member. Empty with a discriminator: the variant is selected by its
    /// `sourceName`. Unused without a discriminator.
    public var tags: [String]
    /// The case's doc comment.
    public var documentation: Documentation

    /// A variant; untagged and undocumented by default.
    public init(
      sourceName: String, type: TypeReference, tags: [String] = [], documentation: Documentation = Documentation()
    ) {
      self.sourceName = sourceName
      self.type = type
      self.tags = tags
      self.documentation = documentation
    }
  }

  /// How a discriminated union's tag travels.
  public enum Tagging: Hashable, Sendable {
    /// In the payload: each variant declares the discriminator member itself (OpenAPI), and an open
    /// union keeps a value without one as unknown.
    case inPayload
    /// The AT Protocol's `$type`: the union writes its variant's first tag after the payload and needs
    /// one to decode.
    case atProtocolType
  }

  /// The possible types, in the spec's order: the order cases are declared in, and (without a
  /// discriminator, between non-objects) the order decoding tries them.
  public var variants: [Variant]
  /// The member whose value selects the variant (OpenAPI `discriminator.propertyName`, or the AT
  /// Protocol's `$type`); nil for an undiscriminated `oneOf`/`anyOf`.
  public var discriminator: String?
  /// How the discriminator's value travels (meaningless without a discriminator).
  public var tagging: Tagging
  /// An unknown discriminator value is kept as raw JSON (`unknown(JSONValue)`, written back unchanged)
  /// instead of failing to decode: OpenAPI unions with a discriminator, Lexicon unions without
  /// `closed: true`. For an undiscriminated union, a value no variant accepts is kept likewise.
  public var isOpen: Bool

  /// A union; undiscriminated, tagged in the payload and closed by default.
  public init(variants: [Variant], discriminator: String? = nil, tagging: Tagging = .inPayload, isOpen: Bool = false) {
    self.variants = variants
    self.discriminator = discriminator
    self.tagging = tagging
    self.isOpen = isOpen
  }
}
