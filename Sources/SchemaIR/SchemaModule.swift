/// Everything one input document (or lexicon tree) defines, as the emitters see it.
///
/// Declarations are in a deterministic order chosen by the front end (document order);
/// nested declarations name their parent. The IR has no I/O and knows no syntax: front ends
/// build it, passes check it, emitters render it.
public struct SchemaModule: Hashable, Sendable {
  public var title: String?
  public var version: String?
  public var documentation: Documentation
  public var declarations: [TypeDeclaration]
  public var operations: [Operation]
  public var servers: [Server]
  public var securitySchemes: [SecurityScheme]
  /// Named values that are not types (Lexicon tokens), in the front end's order.
  public var constants: [ConstantDeclaration] = []
  /// What string `minLength` / `maxLength` count in this module's input (see `StringLengthUnit`).
  public var stringLengthUnit: StringLengthUnit = .characters

  public init(
    title: String? = nil, version: String? = nil, documentation: Documentation = Documentation(),
    declarations: [TypeDeclaration] = [], operations: [Operation] = [], servers: [Server] = [],
    securitySchemes: [SecurityScheme] = []
  ) {
    self.title = title
    self.version = version
    self.documentation = documentation
    self.declarations = declarations
    self.operations = operations
    self.servers = servers
    self.securitySchemes = securitySchemes
  }

  /// The declaration with `id`.
  public func declaration(_ id: TypeID) -> TypeDeclaration? {
    declarations.first { $0.id == id }
  }
}

/// A base URL, possibly with `{variables}`.
public struct Server: Hashable, Sendable {
  public struct Variable: Hashable, Sendable {
    public var name: String
    public var defaultValue: String
    public var allowedValues: [String]
    public var description: String?

    public init(name: String, defaultValue: String, allowedValues: [String] = [], description: String? = nil) {
      self.name = name
      self.defaultValue = defaultValue
      self.allowedValues = allowedValues
      self.description = description
    }
  }

  public var url: String
  public var description: String?
  public var variables: [Variable]

  public init(url: String, description: String? = nil, variables: [Variable] = []) {
    self.url = url
    self.description = description
    self.variables = variables
  }
}

/// How requests are authorized.
public struct SecurityScheme: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `Authorization: Bearer <token>`.
    case bearer(format: String?)
    case basic
    /// An API key in a header, query item or cookie with this name.
    case apiKey(name: String, location: Parameter.Location)
    /// OAuth 2 or OpenID Connect: the client supplies a bearer token it obtained elsewhere.
    case oauth2
    case other(String)
  }

  public var name: String
  public var kind: Kind
  public var description: String?

  public init(name: String, kind: Kind, description: String? = nil) {
    self.name = name
    self.kind = kind
    self.description = description
  }
}
