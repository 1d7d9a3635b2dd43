/// Everything one input document (or lexicon tree) defines, as the emitters see it.
///
/// Declarations are in a deterministic order chosen by the front end (document order);
/// nested declarations name their parent. The IR has no I/O and knows no syntax: front ends
/// build it, passes check it, emitters render it.
///
/// The contract in short: a front end reports every problem of the spec itself, with its position,
/// and hands over a module that passes `ModuleCheck.checkForEmission` (unique ids, declared parents and
/// references, no alias or union cycles); a module failing it is a front end's bug. The emitter relies
/// on those checks and on the determinism: the same module always renders the same bytes.
public struct SchemaModule: Hashable, Sendable {
  /// The API's name (OpenAPI `info.title`, Discovery `title`); the client's doc comment says "A client
  /// for <title>.". Nil for Lexicon.
  public var title: String?
  /// The API's version as written (OpenAPI `info.version`, Discovery `version`). Not emitted today.
  public var version: String?
  /// What the document says about the API as a whole (Discovery `description`). Not emitted today.
  public var documentation: Documentation
  /// Every named type, parents before or after their children as the document has them, in document
  /// order: the order the emitter allocates names in.
  public var declarations: [TypeDeclaration]
  /// Every operation, in document order; none for a spec of models only (then no client is emitted).
  public var operations: [Operation]
  /// The servers the API is served from, absolute URLs only, in the spec's order: the client gets a
  /// `Servers` namespace with one member each and an initializer for the first. Empty: callers always
  /// pass `serverURL` (Lexicon, whose host is the user's PDS or AppView).
  public var servers: [Server]
  /// The schemes operations name in `Operation.security`, in document order: one optional credential
  /// each in the client's `Credentials`.
  public var securitySchemes: [SecurityScheme]
  /// Named values that are not types (Lexicon tokens), in the front end's order; empty for OpenAPI and
  /// Discovery.
  public var constants: [ConstantDeclaration] = []
  /// What string `minLength` / `maxLength` count in this module's input (see `StringLengthUnit`).
  public var stringLengthUnit: StringLengthUnit = .characters

  /// A module; empty by default. `constants` and `stringLengthUnit` are set afterwards (only the Lexicon
  /// front end changes them).
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

  /// The declaration with `id`, or nil when none has it; a linear search, for tests and passes that look
  /// up a few ids (the emitter indexes the module once).
  public func declaration(_ id: TypeID) -> TypeDeclaration? {
    declarations.first { $0.id == id }
  }
}

/// A base URL, possibly with `{variables}`.
///
/// The emitter makes a server without variables a constant `URL` (`Servers.server1`), and one with
/// variables a function of them (`Servers.server1(region: .eu)`).
public struct Server: Hashable, Sendable {
  /// One `{name}` of `url`: an argument of the server's function.
  public struct Variable: Hashable, Sendable {
    /// The name between the braces in `url`.
    public var name: String
    /// The value used when the caller gives none (OpenAPI requires `default`; front ends refuse a
    /// variable without one).
    public var defaultValue: String
    /// OpenAPI `enum`: the values the variable may take; with values, the argument is an enum of them
    /// (`Server1Region`), else a `String`.
    public var allowedValues: [String]
    /// The argument's doc comment.
    public var description: String?

    /// A variable; any string allowed and undocumented by default.
    public init(name: String, defaultValue: String, allowedValues: [String] = [], description: String? = nil) {
      self.name = name
      self.defaultValue = defaultValue
      self.allowedValues = allowedValues
      self.description = description
    }
  }

  /// The URL template, absolute once its variables are substituted (front ends leave out relative server
  /// URLs, with a warning, since the client cannot know where the document was served from). Operation
  /// paths are appended to it.
  public var url: String
  /// The server's doc comment (OpenAPI `description`).
  public var description: String?
  /// Every `{name}` of `url`, in the spec's order.
  public var variables: [Variable]

  /// A server; without variables or documentation by default.
  public init(url: String, description: String? = nil, variables: [Variable] = []) {
    self.url = url
    self.description = description
    self.variables = variables
  }
}

/// How requests are authorized: one named scheme, one credential of the generated client.
public struct SecurityScheme: Hashable, Sendable {
  /// What the credential is and where it goes.
  public enum Kind: Hashable, Sendable {
    /// `Authorization: Bearer <token>` (OpenAPI `http` / `bearer`); `format` is `bearerFormat` as
    /// written, for documentation only (not emitted today).
    case bearer(format: String?)
    /// HTTP basic authentication (OpenAPI `http` / `basic`): a `BasicCredentials` user name and password.
    case basic
    /// An API key in a header, query item or cookie with this name (OpenAPI `apiKey`; Discovery's `key`
    /// query parameter).
    case apiKey(name: String, location: Parameter.Location)
    /// OAuth 2 or OpenID Connect: the client supplies a bearer token it obtained elsewhere.
    case oauth2
    /// A scheme the generator cannot apply (`mutualTLS`, `http` / `digest`), as described: it gets no
    /// credential, so an operation that requires it alone is sent without authorization.
    case other(String)
  }

  /// The key operations use in `Operation.security` (OpenAPI: the `securitySchemes` key); the client's
  /// credential member is named after it.
  public var name: String
  /// What kind of credential it takes.
  public var kind: Kind
  /// Part of the credential's doc comment.
  public var description: String?

  /// A scheme; undocumented by default.
  public init(name: String, kind: Kind, description: String? = nil) {
    self.name = name
    self.kind = kind
    self.description = description
  }
}
