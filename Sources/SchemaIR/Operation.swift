import SpecgenDiagnostics

/// One HTTP operation (an OpenAPI path item method, an XRPC query, procedure or subscription, or a Discovery
/// method).
public struct Operation: Hashable, Sendable {
  /// `operationId` (a Discovery method's `id`), or a stable name derived from method and path when the
  /// spec has none.
  public var name: String
  /// Upper-case HTTP method: `GET`, `PATCH`, ...
  public var method: String
  /// The path template, e.g. `/stream/{id}`.
  public var path: String
  public var parameters: [Parameter]
  public var requestBody: RequestBody?
  public var responses: [Response]
  /// Names of the security schemes that may authorize the call; empty when none is needed.
  public var security: [[String]]
  public var documentation: Documentation
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

  public init(
    name: String, method: String, path: String, parameters: [Parameter] = [], requestBody: RequestBody? = nil,
    responses: [Response] = [], security: [[String]] = [],
    documentation: Documentation = Documentation(), location: SourceLocation? = nil, errors: [OperationError] = [],
    resourcePath: [String] = [], callProtocol: CallProtocol = .http, kind: Kind = .request
  ) {
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

/// A path, query, header or cookie parameter.
public struct Parameter: Hashable, Sendable {
  public enum Location: String, Hashable, Sendable {
    case path
    case query
    case header
    case cookie
  }

  public var name: String
  public var location: Location
  public var type: TypeReference
  public var isRequired: Bool
  /// `style` as written (`form`, `simple`, `deepObject`, ...); `nil` means the location's default.
  public var style: String?
  public var explode: Bool?
  public var constraints: Constraints
  public var documentation: Documentation
  /// Reserved characters (RFC 3986 gen-delims and sub-delims, e.g. `/` and `:`) in the value are sent as
  /// they are, not percent-encoded: a Discovery path placeholder `{+name}` (RFC 6570 reserved expansion).
  public var allowsReserved: Bool

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
public struct Content: Hashable, Sendable {
  public var mediaType: String
  public var type: TypeReference?
  public var isNullable: Bool
  /// A multipart body's `encoding` object: the `Content-Type` of a member's part, by member name
  /// (`image/png, image/jpeg` as written).
  public var partContentTypes: [String: String]

  public init(
    mediaType: String, type: TypeReference?, isNullable: Bool = false, partContentTypes: [String: String] = [:]
  ) {
    self.mediaType = mediaType
    self.type = type
    self.isNullable = isNullable
    self.partContentTypes = partContentTypes
  }
}

public struct RequestBody: Hashable, Sendable {
  public var isRequired: Bool
  public var contents: [Content]
  public var documentation: Documentation

  public init(isRequired: Bool, contents: [Content], documentation: Documentation = Documentation()) {
    self.isRequired = isRequired
    self.contents = contents
    self.documentation = documentation
  }
}

public struct Response: Hashable, Sendable {
  /// Which statuses a response covers.
  public enum Status: Hashable, Sendable, Comparable {
    case code(Int)
    /// `2XX`: the hundreds digit.
    case range(Int)
    case `default`
  }

  public var status: Status
  public var contents: [Content]
  public var documentation: Documentation
  /// The header fields the response documents (OpenAPI `headers`; never `Content-Type`, which
  /// `contents` describes), in document order.
  public var headers: [ResponseHeader]

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
  /// Whether the spec says every such answer carries it.
  public var isRequired: Bool
  public var documentation: Documentation

  public init(
    name: String, type: TypeReference, isRequired: Bool = false, documentation: Documentation = Documentation()
  ) {
    self.name = name
    self.type = type
    self.isRequired = isRequired
    self.documentation = documentation
  }
}

/// One error an XRPC operation declares by name.
public struct OperationError: Hashable, Sendable {
  /// The value of the error body's `error` member, e.g. `RecordNotFound`.
  public var name: String
  public var documentation: Documentation

  public init(name: String, documentation: Documentation = Documentation()) {
    self.name = name
    self.documentation = documentation
  }
}
