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

/// A JSON object with known fields: a Swift `struct` with one stored property per field, a memberwise
/// initializer, and `Codable` conformance (synthesized where it can be, written out where members are
/// kept, tags written or `null` refused).
public struct ObjectType: Hashable, Sendable {
  /// What happens to members the schema does not list.
  public enum AdditionalProperties: Hashable, Sendable {
    /// Unlisted members are dropped: the generated model skips them when decoding and writes only its own
    /// fields. OpenAPI and Discovery put this when the schema says nothing, Lexicon for a `params` object
    /// (its members are query parameters, never decoded from JSON).
    ///
    /// OpenAPI `additionalProperties: false` lands here too, deliberately (the IR has no "forbidden"
    /// case): refusing unlisted members when decoding would make a client fail the day a server adds a
    /// field, which servers do without updating their schemas' `false`; and a model never writes a member
    /// it does not hold, so what the client sends obeys `false` anyway.
    case ignored
    /// `additionalProperties: true` or a schema (OpenAPI, Discovery), and every Lexicon `object` and
    /// `record` (open by the protocol's rules): allowed and kept, with values of this type (`.any` for
    /// `true`). The model gets an `additionalProperties: [String: T]` property holding every unlisted
    /// member as read, and writes them back after its own fields.
    case kept(TypeReference)
  }

  /// The listed members, in the order the spec lists them (after `allOf` merging: a later part's field
  /// replaces an earlier one of the same name, in the earlier one's place). `jsonName`s are unique. The
  /// emitter keeps this order for properties, coding keys and initializer parameters.
  public var fields: [Field]
  /// What happens to members `fields` does not list.
  public var additionalProperties: AdditionalProperties
  /// The value an AT Protocol record or object writes as `$type` (`place.stream.livestream`,
  /// `place.stream.livestream#settings`), when it has one; nil for every OpenAPI and Discovery object.
  /// Whether it is written is `isRecord`'s business; a union over tagged objects writes its variant's own
  /// tag (`UnionType.Variant.tags`).
  public var typeTag: String?
  /// For an AT Protocol record: its key type as written (`tid`, `nsid`, `any`, `literal:self`), emitted
  /// as `static let recordKeyType`.
  public var recordKey: String?
  /// An AT Protocol record: it always writes its `$type`. Other tagged objects write `$type` only as a
  /// union variant (the union writes it) or when they read one (it is kept with the unlisted members).
  public var isRecord = false
  /// Whether an explicit `null` for an optional member that is not nullable is an error when read. The
  /// AT Protocol allows `null` only where a lexicon says `nullable`; OpenAPI servers send it for absent
  /// members often enough that it reads as absent there.
  public var refusesNullForNonNullableMembers = false

  /// An object with these fields; unlisted members dropped, untagged, not a record, `null` read as absent
  /// unless the front end sets `isRecord` or `refusesNullForNonNullableMembers` afterwards.
  public init(
    fields: [Field], additionalProperties: AdditionalProperties = .ignored, typeTag: String? = nil,
    recordKey: String? = nil
  ) {
    self.fields = fields
    self.additionalProperties = additionalProperties
    self.typeTag = typeTag
    self.recordKey = recordKey
  }
}

/// One member of an object: a stored property of the generated struct.
///
/// Its Swift type follows from three facts: `type` spelled as Swift, wrapped in `Nullable<…>` when
/// `isNullable`, then made optional unless `isRequired`. OpenAPI `fps_den: {type: integer, format:
/// int32}` listed in `required` is `public var fpsDen: Int32`; an optional 3.1 `type: [string, "null"]`
/// is `Nullable<String>?`.
public struct Field: Hashable, Sendable {
  /// The member name exactly as it appears in JSON (`fps_den`, `self`, `we"ird`), the coding key's raw
  /// value. Unlike `TypeDeclaration.sourceName` it is never only a name source: the emitter derives a
  /// Swift property name from it (`fpsDen`) and writes a `CodingKeys` case whenever the two differ, but
  /// reads and writes JSON by this exact string.
  public var jsonName: String
  /// What the member holds when present and not `null`; nullability is `isNullable`, not part of the
  /// type.
  public var type: TypeReference
  /// Must be present (it may still be `null` when `isNullable`): the property is not optional and
  /// decoding fails without it. OpenAPI and Lexicon `required`; Discovery properties are never required
  /// (its `annotations.required` says which methods need one, in `documentation`).
  public var isRequired: Bool
  /// `null` is a meaningful value, distinct from absent: the property is `Nullable<T>`, so `null` decodes
  /// and re-encodes as `null` (OpenAPI 3.0 `nullable: true`, 3.1 a `"null"` type, Lexicon `nullable`).
  public var isNullable: Bool
  /// `readOnly: true`: sent by the server, ignored in requests. Documentation only: the model still
  /// decodes and encodes it.
  public var isReadOnly: Bool
  /// `writeOnly: true`: accepted in requests, never returned. Documentation only, like `isReadOnly`.
  public var isWriteOnly: Bool
  /// What the member's value must satisfy at this use, on top of its declaration's own `constraints`
  /// when `type` names one. Checked by the generated `validate(at:into:)` and summarized in the doc
  /// comment.
  public var constraints: Constraints
  /// The property's doc comment; `isDeprecated` hides the stored property behind a deprecated accessor.
  public var documentation: Documentation

  /// A field; optional, not nullable, unconstrained and undocumented unless said otherwise.
  public init(
    jsonName: String, type: TypeReference, isRequired: Bool = false, isNullable: Bool = false,
    isReadOnly: Bool = false, isWriteOnly: Bool = false, constraints: Constraints = Constraints(),
    documentation: Documentation = Documentation()
  ) {
    self.jsonName = jsonName
    self.type = type
    self.isRequired = isRequired
    self.isNullable = isNullable
    self.isReadOnly = isReadOnly
    self.isWriteOnly = isWriteOnly
    self.constraints = constraints
    self.documentation = documentation
  }
}

/// Validation keywords that the generated code can check before sending.
///
/// Front ends record what the spec says, in the spec's units; nothing here changes decoding (a value
/// that breaks a constraint still decodes, as servers do not always keep their own promises). The
/// emitter turns the constraints that fit the value's kind into `ValidationReport.check` rules in a
/// generated `validate(at:into:)` and lists them in doc comments; one that does not fit (`pattern` on a
/// number) is ignored, one it cannot check (a regex Swift cannot compile) becomes a comment.
public struct Constraints: Hashable, Sendable {
  /// A numeric bound, kept as written.
  public struct Bound: Hashable, Sendable {
    /// The number's literal text (`1800`, `0.5`, `9223372036854776000`), so no precision is lost before
    /// the emitter decides how to spell it; text that is no number is skipped with a comment.
    public var value: String
    /// The bound itself is excluded: OpenAPI 3.0 `exclusiveMaximum: true` beside `maximum`, or 3.1
    /// `exclusiveMaximum: 10` on its own.
    public var isExclusive: Bool

    /// A bound; inclusive by default.
    public init(_ value: String, isExclusive: Bool = false) {
      self.value = value
      self.isExclusive = isExclusive
    }
  }

  /// `minimum` / `exclusiveMinimum` of a number or integer.
  public var minimum: Bound?
  /// `maximum` / `exclusiveMaximum` of a number or integer.
  public var maximum: Bound?
  /// `multipleOf`, as written (like `Bound.value`).
  public var multipleOf: String?
  /// The least length of a string (in `SchemaModule.stringLengthUnit`: code points for OpenAPI, UTF-8
  /// bytes for Lexicon) or of Lexicon `bytes` (bytes). A Lexicon array's `minLength` is `minItems`.
  public var minLength: Int?
  /// The greatest length, counted as for `minLength`.
  public var maxLength: Int?
  /// Lexicon lengths count grapheme clusters as well as UTF-8 bytes: `minGraphemes` beside `minLength`.
  public var minGraphemes: Int?
  /// Lexicon `maxGraphemes`: user-perceived characters.
  public var maxGraphemes: Int?
  /// An ECMA-262 regular expression a string must match somewhere (not anchored unless it says so), as
  /// written.
  public var pattern: String?
  /// The least number of array elements (Lexicon: an array's `minLength`).
  public var minItems: Int?
  /// The greatest number of array elements (Lexicon: an array's `maxLength`).
  public var maxItems: Int?
  /// `uniqueItems: true`: no two elements equal.
  public var uniqueItems: Bool
  /// A value the field must equal (OpenAPI `const`, Lexicon `const`). Besides the check, a required
  /// member with a constant gets it as its initializer default, and a required query parameter with a
  /// string constant is sent by the request builder without being asked for (Discovery's
  /// `uploadType=media`).
  public var constant: JSONLiteral?
  /// AT Protocol blob `accept`: MIME types (`image/*` patterns allowed) the blob may have; empty means any.
  public var acceptedMediaTypes: [String]
  /// AT Protocol blob `maxSize`, in bytes.
  public var maxSize: Int?
  /// Storage for `itemConstraints`: an array gives the recursion the indirection a struct needs.
  private var itemConstraintsStorage: [Constraints]

  /// Constraints with the given keywords; none by default (`isEmpty`).
  public init(
    minimum: Bound? = nil, maximum: Bound? = nil, multipleOf: String? = nil, minLength: Int? = nil,
    maxLength: Int? = nil, minGraphemes: Int? = nil, maxGraphemes: Int? = nil, pattern: String? = nil,
    minItems: Int? = nil, maxItems: Int? = nil, uniqueItems: Bool = false, constant: JSONLiteral? = nil,
    acceptedMediaTypes: [String] = [], maxSize: Int? = nil, itemConstraints: Constraints? = nil
  ) {
    self.acceptedMediaTypes = acceptedMediaTypes
    self.maxSize = maxSize
    self.itemConstraintsStorage = itemConstraints.map { [$0] } ?? []
    self.minimum = minimum
    self.maximum = maximum
    self.multipleOf = multipleOf
    self.minLength = minLength
    self.maxLength = maxLength
    self.minGraphemes = minGraphemes
    self.maxGraphemes = maxGraphemes
    self.pattern = pattern
    self.minItems = minItems
    self.maxItems = maxItems
    self.uniqueItems = uniqueItems
    self.constant = constant
  }

  /// What each element of an array must satisfy (Lexicon `items: {type: string, maxLength: 64}`, an
  /// OpenAPI inline `items` schema's keywords); nil when the elements are unconstrained here. Nests for
  /// arrays of arrays.
  public var itemConstraints: Constraints? {
    get { itemConstraintsStorage.first }
    set { itemConstraintsStorage = newValue.map { [$0] } ?? [] }
  }

  /// Nothing is constrained: the emitter writes no check and no `- Constraints:` line.
  public var isEmpty: Bool { self == Constraints() }
}

/// A fixed set of string or integer values (OpenAPI and Discovery `enum`, Lexicon `enum` and
/// `knownValues`).
///
/// Closed, it is a Swift `enum` with raw values (`case _1080p = "1080p"`); open, a `struct` over its raw
/// value conforming to `OpenEnumeration`, with a `static let` per listed value (`.mp4`), so an unlisted
/// value decodes and re-encodes unchanged.
public struct EnumerationType: Hashable, Sendable {
  /// The JSON kind of every value, and the Swift raw type (`String` or `Int`).
  public enum RawType: Hashable, Sendable {
    /// JSON strings: `String`.
    case string
    /// JSON integers: `Int`.
    case integer
  }

  /// One listed value.
  public struct Case: Hashable, Sendable {
    /// The value as written: `.string` for a `.string` raw type, `.integer` for `.integer` (front ends
    /// keep `null` out: it makes the use site nullable instead). The emitter names the case after it
    /// (`"MP4"` → `mp4`, `1` → `_1`, a Lexicon reference `app.bsky.graph.defs#modlist` → `modlist`);
    /// a value listed twice is declared once.
    public var value: JSONLiteral
    /// The case's doc comment (Discovery `enumDescriptions` and `enumDeprecated`).
    public var documentation: Documentation

    /// A case; undocumented by default.
    public init(value: JSONLiteral, documentation: Documentation = Documentation()) {
      self.value = value
      self.documentation = documentation
    }
  }

  /// What every case's value is.
  public var rawType: RawType
  /// The listed values, in the spec's order (`allCases` keeps it). May be empty.
  public var cases: [Case]
  /// Open sets accept values the spec does not list (servers add values); closed ones reject them.
  /// OpenAPI and Discovery enumerations are open (an API adding a value must not break decoding), and so
  /// are Lexicon `knownValues`; a Lexicon `enum` is closed. A closed set without cases is emitted open
  /// (Swift has no raw-value enum without cases).
  public var isOpen: Bool

  /// An enumeration; whether it is open is always the front end's explicit choice.
  public init(rawType: RawType, cases: [Case], isOpen: Bool) {
    self.rawType = rawType
    self.cases = cases
    self.isOpen = isOpen
  }
}

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
