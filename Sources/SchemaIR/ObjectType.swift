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
