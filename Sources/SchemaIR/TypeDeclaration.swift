import SpecgenDiagnostics

/// A named type the emitter declares: an object, an enumeration, a union or an alias.
///
/// Front ends declare every component schema (OpenAPI `components.schemas`, Discovery `schemas`, every
/// Lexicon def that is a type) and every inline schema that needs a name (an inline object, enumeration
/// or union), each exactly once, in document order: the emitter allocates Swift names in the order of
/// `SchemaModule.declarations`, so the order decides which of two clashing names gets the `2`.
public struct TypeDeclaration: Hashable, Sendable {
  /// What the declaration is, and so which Swift declaration it becomes.
  public enum Kind: Hashable, Sendable {
    /// A JSON object with known members: a `struct` (`Codable`, `Hashable`, `Sendable`).
    case object(ObjectType)
    /// A fixed set of values: a closed `enum` or an open `struct …: OpenEnumeration`.
    case enumeration(EnumerationType)
    /// One of several types: an `enum` with a case per variant.
    case union(UnionType)
    /// A name for another type, e.g. a component schema that is just `type: string` or an array of a
    /// model: a `typealias` (`public typealias UserId = String`). `AliasCycleCheck` refuses one defined
    /// through itself by arrays and maps alone.
    case alias(TypeReference)
  }

  /// Where a declaration's `sourceName` comes from, which decides who keeps a name two declarations of
  /// one scope would share.
  public enum Naming: Hashable, Sendable {
    /// The source names it: an OpenAPI component schema, a Lexicon definition, a Discovery schema id.
    case given
    /// The front end named it after its use: a Lexicon inline object named after its field, an array's
    /// element named after the array (`connections` items → `connection`). It yields to a given name of
    /// its scope (a definition `#connection` beside it), taking a suffix saying what it is
    /// (`connectionObject`, `connectionUnion`).
    case derived
    /// `IdenticalTypeMerging` named it after its variants (`HTTPErrorOrStudioApiError`) because it now
    /// stands for several uses. It yields like `derived`, and its case names keep every word of their
    /// variants (trimming the words a case shares with its union's name would turn `httpError` into
    /// `error` here).
    case variants
  }

  /// Unique in the module (`ModuleCheck` refuses a duplicate); every `.named` reference uses it.
  public var id: TypeID
  /// The declaration this one is nested in (an inline schema nests in the schema using it), which must
  /// be declared too; nil for a top-level one. The emitter declares the Swift type inside its parent's
  /// (`StreamPatchPayload.Multistream`), except where it cannot (a parent that is an alias, nesting too
  /// deep), where it hoists it to the top level with the parent's name in front (`HandlePart`).
  public var parent: TypeID?
  /// The name as the source spells it, for this level only: `stream-patch-payload`, `multistream`
  /// (OpenAPI: the schema's key, or the property an inline schema sits in; an array's element gets
  /// `ElementNaming.singular`), `updateLivestream` (a Lexicon name within its `namespace`). Never an
  /// identifier yet: the emitter's namer makes one (`stream-patch-payload` → `StreamPatchPayload`; dots are
  /// just characters) and resolves clashes (see `naming`), so front ends pass it as written.
  public var sourceName: String
  /// For a top-level declaration (no `parent`): the namespaces it is declared in, outermost first, as
  /// source segments. A lexicon's types are declared under their NSID (`["place", "stream", "moderation",
  /// "updateLivestream"]` for its `input`; a `main` definition under its NSID's segments but the last),
  /// and the emitter nests them (`PlaceStream.Moderation.UpdateLivestream.Input`). Empty for OpenAPI and
  /// Discovery schemas, which are named at the top level whatever characters their names hold.
  public var namespace: [String]
  /// What is declared.
  public var kind: Kind
  /// The type's doc comment: title, description, default, examples; `isDeprecated` makes the emitter
  /// declare `_Name` and a deprecated `typealias Name = _Name`.
  public var documentation: Documentation
  /// Where the schema is written, for diagnostics about the declaration (`ModuleCheck`, the cycle
  /// checks); nil for what a front end invents (`AnyRecord`, Discovery's `StandardParameters`).
  public var location: SourceLocation?
  /// What every value of this type must satisfy, wherever it is used (a Lexicon `string` def with
  /// `knownValues` and `maxLength`, an `array` def with `maxLength`). Empty for most declarations;
  /// use sites add their own `Field.constraints` on top.
  public var constraints: Constraints
  /// Whether `sourceName` is the source's own name or one derived from where the type is used.
  public var naming: Naming

  /// A declaration with every member given; undocumented, unlocated and unconstrained by default.
  public init(
    id: TypeID, parent: TypeID? = nil, sourceName: String, kind: Kind,
    documentation: Documentation = Documentation(), location: SourceLocation? = nil,
    constraints: Constraints = Constraints(), naming: Naming = .given, namespace: [String] = []
  ) {
    self.id = id
    self.parent = parent
    self.sourceName = sourceName
    self.namespace = namespace
    self.kind = kind
    self.documentation = documentation
    self.location = location
    self.constraints = constraints
    self.naming = naming
  }
}

/// What a description, title or `deprecated` flag says about a type, field, case, operation, parameter,
/// body or response.
///
/// Front ends copy the spec's text unchanged (Markdown included); the emitter writes it as a doc comment:
/// title, then description (skipped when it repeats the title), then one `- Default:`, `- Example:`
/// line each, then `- Warning: Deprecated.`. Nothing here changes what goes on the wire, except that
/// `defaultValue` (like `Constraints.constant`) lets a required member's initializer parameter default to
/// it.
public struct Documentation: Hashable, Sendable {
  /// A one-line title: a schema's `title`, an OpenAPI operation's `summary`.
  public var title: String?
  /// The longer text: `description` (OpenAPI, Lexicon, Discovery). A front end may append what the
  /// emitter should say and the IR has no place for (Discovery: "Required by `youtube.videos.insert`.").
  public var description: String?
  /// `deprecated: true`. The emitter marks the Swift declaration `@available(*, deprecated)` and keeps
  /// the generated code that uses it free of warnings (a deprecated type is declared `_Name`).
  public var isDeprecated: Bool
  /// `example` / `examples` values, as written; shown as compact JSON.
  public var examples: [JSONLiteral]
  /// `default`, as written: what the server assumes when the member is absent. Shown in the doc comment;
  /// a required member of primitive or enumeration type also gets it as its initializer default. The
  /// generated code never fills it in on decoding.
  public var defaultValue: JSONLiteral?

  /// Documentation with the given parts; empty by default (no doc comment).
  public init(
    title: String? = nil, description: String? = nil, isDeprecated: Bool = false,
    examples: [JSONLiteral] = [], defaultValue: JSONLiteral? = nil
  ) {
    self.title = title
    self.description = description
    self.isDeprecated = isDeprecated
    self.examples = examples
    self.defaultValue = defaultValue
  }
}
