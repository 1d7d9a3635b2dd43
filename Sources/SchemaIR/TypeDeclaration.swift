import SpecgenDiagnostics

/// A named type the emitter declares: an object, an enumeration, a union or an alias.
public struct TypeDeclaration: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case object(ObjectType)
    case enumeration(EnumerationType)
    case union(UnionType)
    /// A name for another type, e.g. a component schema that is just `type: string`.
    case alias(TypeReference)
  }

  public var id: TypeID
  /// The declaration this one is nested in (an inline schema nests in the schema using it).
  public var parent: TypeID?
  /// The name as the source spells it, for this level only: `stream-patch-payload`, `multistream`.
  /// The emitter's namer turns it into an identifier.
  public var sourceName: String
  public var kind: Kind
  public var documentation: Documentation
  public var location: SourceLocation?
  /// What every value of this type must satisfy, wherever it is used (a Lexicon `string` def with
  /// `knownValues` and `maxLength`, an `array` def with `maxLength`). Empty for most declarations;
  /// use sites add their own `Field.constraints` on top.
  public var constraints: Constraints

  public init(
    id: TypeID, parent: TypeID? = nil, sourceName: String, kind: Kind,
    documentation: Documentation = Documentation(), location: SourceLocation? = nil,
    constraints: Constraints = Constraints()
  ) {
    self.id = id
    self.parent = parent
    self.sourceName = sourceName
    self.kind = kind
    self.documentation = documentation
    self.location = location
    self.constraints = constraints
  }
}

/// What a description, title or `deprecated` flag says about a type, field or operation.
public struct Documentation: Hashable, Sendable {
  public var title: String?
  public var description: String?
  public var isDeprecated: Bool
  public var examples: [JSONLiteral]
  public var defaultValue: JSONLiteral?

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

/// A JSON object with known fields.
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
    /// `additionalProperties: true` or a schema: allowed and kept, with values of this type.
    case kept(TypeReference)
  }

  public var fields: [Field]
  public var additionalProperties: AdditionalProperties
  /// The value an AT Protocol record or object writes as `$type`, when it has one.
  public var typeTag: String?
  /// For an AT Protocol record: its key type as written (`tid`, `nsid`, `any`, `literal:self`).
  public var recordKey: String?
  /// An AT Protocol record: it always writes its `$type`. Other tagged objects write `$type` only as a
  /// union variant (the union writes it) or when they read one (it is kept with the unlisted members).
  public var isRecord = false
  /// Whether an explicit `null` for an optional member that is not nullable is an error when read. The
  /// AT Protocol allows `null` only where a lexicon says `nullable`; OpenAPI servers send it for absent
  /// members often enough that it reads as absent there.
  public var refusesNullForNonNullableMembers = false

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

/// One member of an object.
public struct Field: Hashable, Sendable {
  /// The member name as it appears in JSON.
  public var jsonName: String
  public var type: TypeReference
  /// Must be present (it may still be `null` when `isNullable`).
  public var isRequired: Bool
  /// `null` is a meaningful value, distinct from absent.
  public var isNullable: Bool
  public var isReadOnly: Bool
  public var isWriteOnly: Bool
  public var constraints: Constraints
  public var documentation: Documentation

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
public struct Constraints: Hashable, Sendable {
  /// A numeric bound, kept as written.
  public struct Bound: Hashable, Sendable {
    public var value: String
    public var isExclusive: Bool

    public init(_ value: String, isExclusive: Bool = false) {
      self.value = value
      self.isExclusive = isExclusive
    }
  }

  public var minimum: Bound?
  public var maximum: Bound?
  public var multipleOf: String?
  public var minLength: Int?
  public var maxLength: Int?
  /// Lexicon lengths count grapheme clusters as well as UTF-8 bytes.
  public var minGraphemes: Int?
  public var maxGraphemes: Int?
  public var pattern: String?
  public var minItems: Int?
  public var maxItems: Int?
  public var uniqueItems: Bool
  /// A value the field must equal (`const`).
  public var constant: JSONLiteral?
  /// AT Protocol blob `accept`: MIME types (`image/*` patterns allowed) the blob may have; empty means any.
  public var acceptedMediaTypes: [String]
  /// AT Protocol blob `maxSize`, in bytes.
  public var maxSize: Int?
  /// Storage for `itemConstraints`: an array gives the recursion the indirection a struct needs.
  private var itemConstraintsStorage: [Constraints]

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

  /// What each element of an array must satisfy (Lexicon `items: {type: string, maxLength: 64}`).
  public var itemConstraints: Constraints? {
    get { itemConstraintsStorage.first }
    set { itemConstraintsStorage = newValue.map { [$0] } ?? [] }
  }

  public var isEmpty: Bool { self == Constraints() }
}

/// A fixed set of string or integer values.
public struct EnumerationType: Hashable, Sendable {
  public enum RawType: Hashable, Sendable {
    case string
    case integer
  }

  public struct Case: Hashable, Sendable {
    public var value: JSONLiteral
    public var documentation: Documentation

    public init(value: JSONLiteral, documentation: Documentation = Documentation()) {
      self.value = value
      self.documentation = documentation
    }
  }

  public var rawType: RawType
  public var cases: [Case]
  /// Open sets accept values the spec does not list (servers add values); closed ones reject them.
  public var isOpen: Bool

  public init(rawType: RawType, cases: [Case], isOpen: Bool) {
    self.rawType = rawType
    self.cases = cases
    self.isOpen = isOpen
  }
}

/// A value that is exactly one of several types (`oneOf`, `anyOf`, a Lexicon `union`).
public struct UnionType: Hashable, Sendable {
  public struct Variant: Hashable, Sendable {
    /// A name for the case: the referenced type's name, or what the inline schema is.
    public var sourceName: String
    public var type: TypeReference
    /// Discriminator values that select this variant, every spelling listed by the front end; the first
    /// is the one written (a Lexicon `main` definition: `nsid`, then `nsid#main`).
    public var tags: [String]
    public var documentation: Documentation

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

  public var variants: [Variant]
  /// The member whose value selects the variant (`discriminator.propertyName`, or `$type`).
  public var discriminator: String?
  /// How the discriminator's value travels (meaningless without a discriminator).
  public var tagging: Tagging
  /// An unknown discriminator value is kept as raw JSON instead of failing to decode.
  public var isOpen: Bool

  public init(variants: [Variant], discriminator: String? = nil, tagging: Tagging = .inPayload, isOpen: Bool = false) {
    self.variants = variants
    self.discriminator = discriminator
    self.tagging = tagging
    self.isOpen = isOpen
  }
}
