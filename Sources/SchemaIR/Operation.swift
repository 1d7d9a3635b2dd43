import SpecgenDiagnostics

/// One HTTP operation (an OpenAPI path item method, an XRPC query, procedure or subscription, or a Discovery
/// method).
///
/// The emitter gives each a client method (`client.getStream(id:)`), a request builder, a response
/// decoder and, when it documents error answers, an error enum; `OperationPlan` decides their names.
/// Front ends list operations in document order, which is the order names are allocated in.
public struct Operation: Hashable, Sendable {
  /// `operationId` (a Discovery method's `id`, an XRPC method's NSID), or a stable name derived from
  /// method and path when the spec has none. The emitter names the method after it (`get-stream` →
  /// `getStream`; with a `resourcePath`, after its last dot-separated segment) and sends it as the
  /// request's `operationID`.
  public var name: String
  /// Upper-case HTTP method: `GET`, `PATCH`, ... (XRPC: `GET` for a query or subscription, `POST` for a
  /// procedure). Sent as written.
  public var method: String
  /// The path template, e.g. `/stream/{id}`, relative to the server URL. Every `{name}` has a path
  /// parameter of that name and every path parameter a `{name}` (the front ends check it); XRPC paths are
  /// `/xrpc/<nsid>`.
  public var path: String
  /// Path, query, header and cookie parameters, in the spec's order (path-level ones merged in, an
  /// operation's own replacing them by name and location). The emitter's arguments put the path
  /// parameters (with a `resourcePath`: the required ones) first, then the other required ones, then the
  /// optional ones, each group in this order.
  public var parameters: [Parameter]
  /// What the request carries; nil when it has no body.
  public var requestBody: RequestBody?
  /// The documented answers, in the spec's order. `2XX` ones are what the method returns (`default` only
  /// when nothing else is documented); the others make up the error enum the method throws.
  public var responses: [Response]
  /// The security requirements: alternatives, each a list of scheme names (`SecurityScheme.name`) that
  /// must all be used together; the client applies the first alternative whose credentials are all set.
  /// Empty when none is needed; OpenAPI's `security: [{}]` (optional authorization) is one empty
  /// alternative. An operation without its own `security` gets the document's.
  public var security: [[String]]
  /// The method's doc comment (OpenAPI `summary` as title and `description`, else the path item's
  /// `description`), followed by `METHOD path`; `isDeprecated` marks the client method (and its
  /// `…WithHeaders` twin) `@available(*, deprecated)`.
  public var documentation: Documentation
  /// Where the operation is written, for diagnostics about it (`ModuleCheck`).
  public var location: SourceLocation?
  /// Named errors the operation declares (XRPC `errors`): the `error` member of an error body
  /// `{"error": "...", "message": "..."}` names one of them, or another the spec does not list.
  public var errors: [OperationError]
  /// The resources the operation is nested in, outermost first: a Discovery method of
  /// `resources.liveBroadcasts` has `["liveBroadcasts"]`, an XRPC method its NSID's segments but the
  /// last (`place.stream.access.getStatus` has `["place", "stream", "access"]`); empty for OpenAPI.
  /// The emitter groups methods by it (`client.liveBroadcasts.update(...)`,
  /// `client.place.stream.access.getStatus()`) and names the method by the last dot-separated segment
  /// of `name`.
  public var resourcePath: [String]
  /// For an XRPC method: the namespace its lexicon's types, request builder, response decoder and error
  /// enum are declared in, its NSID's segments (`["place", "stream", "access", "getStatus"]`, the
  /// `namespace` of its `input`); empty for other operations.
  public var namespace: [String]
  /// How the operation is called: plain HTTP, or an AT Protocol XRPC method.
  public var callProtocol: CallProtocol
  /// One request and its answer, or a subscription.
  public var kind: Kind

  /// How an operation is called.
  public enum CallProtocol: Hashable, Sendable {
    /// An HTTP request to `path` (OpenAPI, Discovery).
    case http
    /// An AT Protocol XRPC method, named by its NSID; its path is `/xrpc/<nsid>`.
    case xrpc(nsid: String)
  }

  /// What one call is.
  public enum Kind: Hashable, Sendable {
    /// A request answered once (by one of `responses`).
    case request
    /// A stream of messages over a WebSocket (an XRPC `subscription`); the messages' schema is the content
    /// of the `101 Switching Protocols` response.
    case subscription
  }

  /// Whether the method only reads (`GET`, `HEAD`; an XRPC query or subscription): what it returns is
  /// the point of calling it, where a change (`POST`, `PATCH`, a procedure) is often called for its effect.
  public var isRead: Bool { method == "GET" || method == "HEAD" }

  /// An operation; a plain HTTP request without parameters, body, answers or security by default.
  public init(
    name: String, method: String, path: String, parameters: [Parameter] = [], requestBody: RequestBody? = nil,
    responses: [Response] = [], security: [[String]] = [],
    documentation: Documentation = Documentation(), location: SourceLocation? = nil, errors: [OperationError] = [],
    resourcePath: [String] = [], callProtocol: CallProtocol = .http, kind: Kind = .request, namespace: [String] = []
  ) {
    self.namespace = namespace
    self.callProtocol = callProtocol
    self.kind = kind
    self.errors = errors
    self.resourcePath = resourcePath
    self.name = name
    self.method = method
    self.path = path
    self.parameters = parameters
    self.requestBody = requestBody
    self.responses = responses
    self.security = security
    self.documentation = documentation
    self.location = location
  }
}

/// A path, query, header or cookie parameter: an argument of the client method, serialized into the
/// request by the builder (`try request.addQuery("limit", limit)`).
public struct Parameter: Hashable, Sendable {
  /// Where the value travels (OpenAPI `in`, Discovery `location`); `rawValue` is the OpenAPI spelling.
  public enum Location: String, Hashable, Sendable {
    /// Substituted for `{name}` in `Operation.path`; always required.
    case path
    /// A query item (XRPC `parameters` are all query parameters).
    case query
    /// A request header field named `name`. As OpenAPI says, `Accept`, `Content-Type` and
    /// `Authorization` parameters are ignored (the body and the security schemes set those).
    case header
    /// A `Cookie` header entry.
    case cookie
  }

  /// The name on the wire, as written (`X-Request-ID`, `page[size]`); the emitter derives the Swift
  /// argument label from it. Unique per location within an operation.
  public var name: String
  /// Where it travels.
  public var location: Location
  /// The value's type; an inline enumeration is declared (and identical ones across operations shared,
  /// by the OpenAPI front end's `ParameterEnumSharing`), so this is usually a primitive, `.named` or an
  /// array of them. An object type is serialized by `style` (`deepObject`: `filter[name]=x`).
  public var type: TypeReference
  /// The method requires the argument (no `= nil` default). Path parameters are always required.
  public var isRequired: Bool
  /// `style` as written (`form`, `simple`, `deepObject`, ...); `nil` means the location's default
  /// (`form` for query and cookie, `simple` for path and header). An unknown style is serialized as
  /// the default.
  public var style: String?
  /// `explode` as written; `nil` means the style's default (`true` for `form`, else `false`).
  /// Discovery's `repeated` parameters are `form` and exploded (`id=a&id=b`).
  public var explode: Bool?
  /// What the value must satisfy; a required query parameter with a string `constant` is not an
  /// argument at all: the builder always sends that value.
  public var constraints: Constraints
  /// The parameter's `- Parameter` line in the method's doc comment.
  public var documentation: Documentation
  /// Reserved characters (RFC 3986 gen-delims and sub-delims, e.g. `/` and `:`) in the value are sent as
  /// they are, not percent-encoded: a Discovery path placeholder `{+name}` (RFC 6570 reserved expansion).
  public var allowsReserved: Bool

  /// A parameter; in the location's default style, unconstrained and undocumented by default.
  public init(
    name: String, location: Location, type: TypeReference, isRequired: Bool, style: String? = nil,
    explode: Bool? = nil, constraints: Constraints = Constraints(), documentation: Documentation = Documentation(),
    allowsReserved: Bool = false
  ) {
    self.allowsReserved = allowsReserved
    self.name = name
    self.location = location
    self.type = type
    self.isRequired = isRequired
    self.style = style
    self.explode = explode
    self.constraints = constraints
    self.documentation = documentation
  }
}

/// A body in one media type; `type` is `nil` when the spec gives no schema.
///
/// The media type decides how the body travels: JSON (`application/json`, `…+json`), a form
/// (`application/x-www-form-urlencoded`), multipart (`multipart/form-data`; Discovery's
/// `multipart/related`), an event stream or JSON Lines answer, or raw bytes (anything else).
public struct Content: Hashable, Sendable {
  /// The media type or range as the spec writes it (`application/json; charset=utf-8`, `image/png`,
  /// `video/*`); the emitter compares its essence (no parameters, lower-cased) and, for a range, lets
  /// the caller name the actual type.
  public var mediaType: String
  /// The body's schema: encoded as the media type says (a JSON model, a form or multipart model whose
  /// members are the fields). `nil` without a schema: raw `Data` (`String` for a `text/*` answer), or
  /// `JSONValue` for JSON.
  public var type: TypeReference?
  /// The schema allows `null` (OpenAPI `nullable`, a `"null"` type). Carried for completeness; the
  /// emitter does not read it today (a `null` body decodes only where `type` accepts it).
  public var isNullable: Bool
  /// A multipart body's `encoding` object: the `Content-Type` of a member's part, by member name
  /// (`image/png, image/jpeg` as written).
  public var partContentTypes: [String: String]

  /// A body; not nullable and without part types by default.
  public init(
    mediaType: String, type: TypeReference?, isNullable: Bool = false, partContentTypes: [String: String] = [:]
  ) {
    self.mediaType = mediaType
    self.type = type
    self.isNullable = isNullable
    self.partContentTypes = partContentTypes
  }
}

/// What a request carries: the method's `body:` argument.
public struct RequestBody: Hashable, Sendable {
  /// The argument has no `= nil` default (OpenAPI `requestBody.required`; XRPC `input` and Discovery
  /// `request` bodies always are).
  public var isRequired: Bool
  /// One entry per media type the operation accepts, in the spec's order. With one, `body:` is that
  /// type; with several, an enum with a case per media type (`.json(Model)`, `.form(Model)`) so the
  /// caller chooses the encoding.
  public var contents: [Content]
  /// The `- Parameter body:` line of the method's doc comment.
  public var documentation: Documentation

  /// A request body; undocumented by default.
  public init(isRequired: Bool, contents: [Content], documentation: Documentation = Documentation()) {
    self.isRequired = isRequired
    self.contents = contents
    self.documentation = documentation
  }
}

/// One documented answer of an operation.
public struct Response: Hashable, Sendable {
  /// Which statuses a response covers. Ordered: codes, then ranges, then `default`, so the emitter
  /// checks the most specific first.
  public enum Status: Hashable, Sendable, Comparable {
    /// One status code, `200`, `404` (XRPC: `200`, or `101` for a subscription's messages).
    case code(Int)
    /// `2XX`: the hundreds digit.
    case range(Int)
    /// `default`: any status no other response covers.
    case `default`
  }

  /// The statuses this answer covers.
  public var status: Status
  /// Its bodies by media type; empty when it has none. A success answer returns the JSON content's type
  /// when there is one, else the first content's; an error answer carries its body in its error case.
  public var contents: [Content]
  /// The answer's `description`, used in the doc comments of what returns or throws it.
  public var documentation: Documentation
  /// The header fields the response documents (OpenAPI `headers`; never `Content-Type`, which
  /// `contents` describes), in document order.
  public var headers: [ResponseHeader]

  /// A response; undocumented and without headers by default.
  public init(
    status: Status, contents: [Content], documentation: Documentation = Documentation(),
    headers: [ResponseHeader] = []
  ) {
    self.status = status
    self.contents = contents
    self.documentation = documentation
    self.headers = headers
  }
}

/// A header field a response documents: rate limits, `Location`, pagination links.
public struct ResponseHeader: Hashable, Sendable {
  /// The field name as the spec spells it (`X-RateLimit-Limit`); HTTP compares it case-insensitively.
  public var name: String
  /// The value's type, read from the field's text (the `simple` style: a list is comma-separated).
  public var type: TypeReference
  /// Whether the spec says every such answer carries it. The generated member is optional all the same
  /// (servers omit headers); it only takes part in deciding whether two operations document the same
  /// headers and so share one struct.
  public var isRequired: Bool
  /// The header's doc comment on its member of the `…Headers` struct.
  public var documentation: Documentation

  /// A documented header; optional and undocumented by default.
  public init(
    name: String, type: TypeReference, isRequired: Bool = false, documentation: Documentation = Documentation()
  ) {
    self.name = name
    self.type = type
    self.isRequired = isRequired
    self.documentation = documentation
  }
}

/// One error an XRPC operation declares by name: a case of the operation's `Error` enum
/// (`.recordNotFound(XRPCError)`), beside one for errors it does not list.
public struct OperationError: Hashable, Sendable {
  /// The value of the error body's `error` member, e.g. `RecordNotFound`, as written; the emitter
  /// derives the case name and matches the body by this exact string.
  public var name: String
  /// The case's doc comment (the error's `description`).
  public var documentation: Documentation

  /// A declared error; undocumented by default.
  public init(name: String, documentation: Documentation = Documentation()) {
    self.name = name
    self.documentation = documentation
  }
}
