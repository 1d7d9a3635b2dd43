import SchemaIR

/// Everything the emitter decides about one operation before writing it: Swift names, argument
/// list, body and response shapes.
struct OperationPlan {
  /// One argument of the client method and request builder.
  struct Argument {
    var label: String
    var type: SwiftType
    var isOptional: Bool
    var parameter: Parameter?
  }

  /// One way to send the body.
  struct BodyVariant {
    var mediaType: String
    var kind: MediaTypeKind
    /// The Swift type carried: a model for JSON, form and multipart, `Data` for raw bytes.
    var type: SwiftType
    var caseName: String
    /// A multipart body's `encoding`: part `Content-Type` by member name.
    var partContentTypes: [String: String] = [:]

    /// A raw body under a media range (`video/*`, `*/*`): the caller names the actual type, which the
    /// request builder checks is within the range.
    var isRange: Bool { kind == .raw && mediaType.utf8.contains(UInt8(ascii: "*")) }

    /// ` = "application/octet-stream"` where the range is `*/*` (any bytes may say so); empty for a
    /// narrower range, which has no type to assume.
    var contentTypeDefault: String {
      MediaTypeKind.essence(mediaType) == "*/*" ? " = \"application/octet-stream\"" : ""
    }
  }

  /// One success status and what it carries.
  struct Success {
    var status: Response.Status
    /// nil: no body (`204`).
    var type: SwiftType?
    var kind: MediaTypeKind
    var caseName: String
    /// For a streamed answer (`text/event-stream`, JSON Lines): the expression reading `response`.
    var stream: String? = nil
  }

  /// One documented error status and what its body is read as.
  struct ErrorCase: Hashable {
    var status: Response.Status
    /// nil: no body documented.
    var type: SwiftType?
    var kind: MediaTypeKind
    var caseName: String
    var documentation: Documentation
  }

  /// The names of the locals the generated method and builder declare, allocated after the
  /// argument labels so a spec parameter named `path`, `request` or `response` never meets one.
  struct Locals {
    var request = "request"
    var path = "path"
    var response = "response"
    var value = "value"
    /// The bound content type of a body enum case under a media range.
    var contentType = "contentType"
    /// How the client method reaches the client's `send` (or `sendStreaming`): directly from the client,
    /// through the `client` member from a resource type, with `self.` when an argument has the name.
    var send = "send"

    init() {}

    /// `inResource`: the method is declared in a resource type, which holds the client as `client`.
    init(avoiding labels: [String], inResource: Bool = false, streamed: Bool = false) {
      var names = NameAllocator(reserving: labels + ["body", "serverURL"])
      request = names.allocate("request")
      path = names.allocate("path")
      response = names.allocate("response")
      value = names.allocate("value")
      contentType = names.allocate("contentType")
      let function = streamed ? "sendStreaming" : "send"
      let first = inResource ? "client" : function
      send = (labels.contains(first) ? "self." : "") + (inResource ? "client." + function : function)
    }
  }

  var operation: Operation
  var methodName: String
  var builderName: String
  var decoderName: String
  var arguments: [Argument]
  var bodyVariants: [BodyVariant]
  var bodyIsRequired: Bool
  /// The enum callers choose a body with, when there are several media types.
  var bodyEnumName: String?
  var successes: [Success]
  /// The enum a call returns, when several success statuses exist.
  var outputEnumName: String?
  /// The documented error answers (OpenAPI), in match order: codes, ranges, then `default`.
  var errorCases: [ErrorCase]
  /// The enum thrown for an error answer when the operation documents one (`GetStreamError`); nil
  /// throws `UnexpectedResponse`. With `sharedError`, a typealias of the shared enum.
  var errorEnumName: String?
  /// The enum holding these error answers when other operations document the same ones.
  var sharedError: SharedErrorPlan?
  /// XRPC operations: error bodies are `{"error": ..., "message": ...}`.
  var isXRPC: Bool
  var xrpcErrorEnumName: String?
  /// Answered by `101 Switching Protocols`: the operation is a WebSocket, not a request and answer.
  var isSubscription: Bool
  /// The static function giving the WebSocket URL of a subscription (`webSocketURL` in a lexicon
  /// namespace); nil for other operations.
  var webSocketURLName: String?
  /// For an XRPC subscription: the message union its frames decode to (`JSONValue` when the lexicon
  /// gives no schema). The client method then returns `XRPCSubscription<ThisType>`.
  var subscriptionMessageType: SwiftType?
  /// For an XRPC operation: the namespace its lexicon declares (`PlaceStream.Moderation.UpdateLivestream`),
  /// which then holds the request builder, decoder and error enum; nil puts them beside the method.
  var namespacePath: String?
  /// For a method of a resource (a Discovery resource, an XRPC method's NSID namespace): the resource's
  /// Swift type below the client (`LiveBroadcasts`, `Place.Stream.Access`), which then holds the method
  /// (and, without a `namespacePath`, the builder and decoder); nil puts them in the client.
  var resourceTypePath: String?
  /// Required query parameters with a constant value (`uploadType=media`): sent, never asked for.
  var fixedQuery: [(name: String, value: String)] = []
  /// The label of the argument naming the body's media type, for a body that is one raw variant under
  /// a media range (`video/*`); nil otherwise (an enum case carries it instead).
  var bodyContentTypeLabel: String?
  /// The headers the success answers document, and the method returning them; nil when none are.
  var headers: HeadersPlan?
  var locals = Locals()

  /// Who the builder and decoder are called on from the client method.
  var builderOwner: String { namespacePath ?? "Self" }

  /// How documentation names the operation: an XRPC method by its NSID (`place.stream.access.getStatus`),
  /// which its builder's namespace does not repeat whole; others by their method name.
  var displayName: String { isXRPC ? operation.name : methodName }

  /// What a successful call returns: one body type, `Void`, or the output enum.
  var returnType: SwiftType {
    if let outputEnumName { return .generated(outputEnumName) }
    return successes.first?.type ?? .void
  }

  /// Whether a success is streamed: the method then sends through `sendStreaming` and the decoder reads a
  /// `StreamedResponse`.
  var isStreamed: Bool { successes.contains { $0.stream != nil } }

  /// The type of the `body` argument.
  var bodyArgumentType: SwiftType? {
    if let bodyEnumName { return .generated(bodyEnumName) }
    return bodyVariants.first?.type
  }
}

/// Builds `OperationPlan`s for all operations of a module, allocating names once, in order.
struct OperationPlanner {
  let mapper: TypeMapper
  private var memberScope: NameAllocator
  /// Discovery resources, whose methods take names in their resource's scope.
  var resources: ResourceTree
  var typeScope: NameAllocator
  /// How many client-level operations document each set of response headers (`countHeaderSets`),
  /// and the struct a shared set was given: one `XRateLimitHeaders`, not one per operation.
  var headerSetUses: [[ResponseHeader]: Int] = [:]
  var headerSetNames: [[ResponseHeader]: String] = [:]
  /// Likewise for error answers (`countErrorSets`): one `NotFoundOrTooManyRequestsError` for all.
  var errorSets: [[OperationPlan.ErrorCase]: ErrorSet] = [:]

  /// Where namespaces are, for XRPC operations' builders (`SymbolTable.namespacePath(of:)`).
  private let symbols: SymbolTable

  init(symbols: SymbolTable, memberScope: NameAllocator, resources: ResourceTree, reservedTypes: [String]) {
    self.symbols = symbols
    mapper = TypeMapper(symbols: symbols)
    self.memberScope = memberScope
    self.resources = resources
    typeScope = NameAllocator(reserving: reservedTypes + Array(SwiftIdentifier.reservedTypeNames))
  }

  mutating func plan(_ operation: Operation) -> OperationPlan {
    let isXRPC = operation.isXRPC
    let namespacePath = isXRPC ? symbols.namespacePath(of: operation.namespace, declaredOnly: true) : nil
    let methodName: String
    let builderName: String
    let decoderName: String
    let typeBase: String
    var resourceTypePath: String?
    let headerFields = Self.documentsHeaders(operation) ? Self.headerFields(operation) : []
    var withHeadersName: String?
    let isSubscription = operation.isSubscription
    var webSocketURLName: String?
    if !operation.resourcePath.isEmpty {
      // A Discovery method is named by the last segment of its id, an XRPC method by its NSID's name
      // segment, in its resource's scope.
      let key = operation.resourcePath.joined(separator: "/")
      var baseName = SwiftNamer.memberName(String(operation.name.split(separator: ".").last ?? "call"))
      // A name with no letters or digits (`-`) sanitises to `_`, which cannot name a method.
      if baseName == "_" { baseName = "unnamed" }
      typeBase = SwiftNamer.typeName((operation.resourcePath + [baseName]).joined(separator: "-"))
      methodName = resources.allocateMember(baseName, in: key)
      // An XRPC method's builder and decoder are `request` and `response` of its lexicon namespace.
      builderName = namespacePath != nil ? "request" : resources.allocateMember(baseName + "Request", in: key)
      decoderName = namespacePath != nil ? "response" : resources.allocateMember(baseName + "Response", in: key)
      if !headerFields.isEmpty { withHeadersName = resources.allocateMember(baseName + "WithHeaders", in: key) }
      if isSubscription {
        webSocketURLName =
          namespacePath != nil ? "webSocketURL" : resources.allocateMember(baseName + "WebSocketURL", in: key)
      }
      resourceTypePath = resources.resources[key]?.typePath.joined(separator: ".")
    } else {
      var baseName = SwiftNamer.memberName(operation.name)
      if baseName == "_" { baseName = "unnamed" }
      typeBase = SwiftNamer.typeName(baseName)
      methodName = memberScope.allocate(baseName)
      builderName = namespacePath != nil ? "request" : memberScope.allocate(baseName + "Request")
      decoderName = namespacePath != nil ? "response" : memberScope.allocate(baseName + "Response")
      if !headerFields.isEmpty { withHeadersName = memberScope.allocate(baseName + "WithHeaders") }
      if isSubscription {
        webSocketURLName = namespacePath != nil ? "webSocketURL" : memberScope.allocate(baseName + "WebSocketURL")
      }
    }

    // `serverURL` is the WebSocket URL function's own first argument.
    var argumentNames = NameAllocator(reserving: isSubscription ? ["body", "serverURL"] : ["body"])
    var arguments: [OperationPlan.Argument] = []
    // Path parameters lead; a Discovery method instead keeps its `parameterOrder` (the IR order).
    let leads: (Parameter) -> Bool = operation.resourcePath.isEmpty ? { $0.location == .path } : { $0.isRequired }
    let ordered =
      operation.parameters.filter(leads)
      + operation.parameters.filter { !leads($0) && $0.isRequired }
      + operation.parameters.filter { !leads($0) && !$0.isRequired }
    var fixedQuery: [(name: String, value: String)] = []
    for parameter in ordered where parameter.location == .query && parameter.isRequired {
      if case .string(let value)? = parameter.constraints.constant { fixedQuery.append((parameter.name, value)) }
    }
    for parameter in ordered
    where !Self.isIgnoredHeader(parameter) && !fixedQuery.contains(where: { $0.name == parameter.name }) {
      arguments.append(
        OperationPlan.Argument(
          label: argumentNames.allocate(SwiftNamer.memberName(parameter.name)),
          type: mapper.swiftType(parameter.type, in: nil), isOptional: !parameter.isRequired, parameter: parameter))
    }

    var bodyVariants: [OperationPlan.BodyVariant] = []
    var caseNames = NameAllocator()
    for content in operation.requestBody?.contents ?? [] {
      let kind = MediaTypeKind(content.mediaType)
      var type = kind == .raw || content.type == nil && kind != .json ? .data : bodyType(content)
      if kind == .multipartRelated {
        type = .generic("MediaWithMetadata", in: .runtime, [content.type == nil ? .jsonValue : type])
      }
      let caseName = caseNames.allocate(
        kind == .raw ? Self.rawCaseName(content.mediaType) : kind.caseBaseName)
      bodyVariants.append(
        OperationPlan.BodyVariant(
          mediaType: content.mediaType, kind: kind, type: type, caseName: caseName,
          partContentTypes: kind == .multipart ? content.partContentTypes : [:]))
    }
    let bodyEnumName = bodyVariants.count > 1 ? typeScope.allocate(typeBase + "Body") : nil
    let bodyContentTypeLabel =
      bodyVariants.count == 1 && bodyVariants[0].isRange ? argumentNames.allocate("contentType") : nil

    var successes: [OperationPlan.Success] = []
    var successCases = NameAllocator()
    let successResponses = Self.successResponses(operation)
    for response in successResponses {
      var (type, kind) = responseType(response)
      let stream = isXRPC ? nil : streamedType(response)
      if let stream { type = stream.type }
      let caseName: String
      switch response.status {
      case .code(let code): caseName = successCases.allocate("status" + String(code))
      case .range(let digit): caseName = successCases.allocate("status" + String(digit) + "XX")
      case .default: caseName = successCases.allocate("success")
      }
      successes.append(
        OperationPlan.Success(
          status: response.status, type: type, kind: kind, caseName: caseName, stream: stream?.read))
    }
    let outputEnumName = successes.count > 1 ? typeScope.allocate(typeBase + "Output") : nil
    var xrpcErrorEnumName: String?
    if isXRPC, !operation.errors.isEmpty {
      xrpcErrorEnumName = namespacePath != nil ? "Error" : typeScope.allocate(typeBase + "Error")
    }

    var subscriptionMessageType: SwiftType?
    if isXRPC, isSubscription {
      let message = operation.responses.first { $0.status == .code(101) }?.contents.first?.type
      subscriptionMessageType = message.map { mapper.swiftType($0, in: nil) } ?? .jsonValue
    }

    let errorCases = isXRPC ? [] : errorCases(operation, excluding: successResponses)
    let errorEnumName = errorCases.isEmpty ? nil : typeScope.allocate(typeBase + "Error")
    let sharedError = sharedErrorPlan(errorCases, shareable: operation.resourcePath.isEmpty)
    let headers = withHeadersName.map { methodName in
      headersPlan(headerFields, methodName: methodName, typeBase: typeBase, shareable: operation.resourcePath.isEmpty)
    }
    return OperationPlan(
      operation: operation, methodName: methodName, builderName: builderName, decoderName: decoderName,
      arguments: arguments, bodyVariants: bodyVariants, bodyIsRequired: operation.requestBody?.isRequired ?? false,
      bodyEnumName: bodyEnumName, successes: successes, outputEnumName: outputEnumName,
      errorCases: errorCases, errorEnumName: errorEnumName, sharedError: sharedError, isXRPC: isXRPC,
      xrpcErrorEnumName: xrpcErrorEnumName, isSubscription: isSubscription, webSocketURLName: webSocketURLName,
      subscriptionMessageType: subscriptionMessageType, namespacePath: namespacePath,
      resourceTypePath: resourceTypePath, fixedQuery: fixedQuery, bodyContentTypeLabel: bodyContentTypeLabel,
      headers: headers,
      locals: OperationPlan.Locals(
        avoiding: arguments.map(\.label) + [bodyContentTypeLabel].compactMap { $0 },
        inResource: resourceTypePath != nil,
        streamed: successes.contains { $0.stream != nil }))
  }

  /// The Swift type of a JSON body: its schema's type, or `JSONValue` when it has none.
  private func bodyType(_ content: Content) -> SwiftType {
    guard let type = content.type else { return .jsonValue }
    return mapper.swiftType(type, in: nil)
  }

  /// `2xx` codes and ranges; `default` only when nothing else describes success. The rule is SchemaIR's
  /// `Operation.successResponses`, by which the OpenAPI front end also names response types.
  static func successResponses(_ operation: Operation) -> [Response] {
    operation.successResponses
  }

  /// What a response's body is read as: its JSON content's type, `String` for text, else `Data`; nil
  /// without content.
  private func responseType(_ response: Response) -> (SwiftType?, MediaTypeKind) {
    let content = response.contents.first { MediaTypeKind($0.mediaType) == .json } ?? response.contents.first
    guard let content else { return (nil, .raw) }
    let kind = MediaTypeKind(content.mediaType)
    if kind == .json { return (bodyType(content), .json) }
    return (MediaTypeKind.isText(content.mediaType) ? .string : .data, kind)
  }

  /// A success answered as a stream, when its only or first content is one: `text/event-stream` is an
  /// `AsyncThrowingStream` of its events, each `data` decoded as the content's schema when it has an
  /// object or array schema (else `ServerSentEvent`s); `application/jsonl` / `x-ndjson` one of its lines.
  private func streamedType(_ response: Response) -> (type: SwiftType, read: String)? {
    guard let content = response.contents.first, let essence = Self.streamMediaType(response) else { return nil }
    var itemType: SwiftType?
    switch content.type {
    case .named?, .array?, .map?, .any?: itemType = bodyType(content)
    default: itemType = nil
    }
    if essence == "text/event-stream" {
      guard let itemType else {
        return (.stream(of: .runtime("ServerSentEvent")), "StreamingResponse.events(response)")
      }
      return (.stream(of: itemType), "StreamingResponse.jsonEvents(\(itemType).self, from: response)")
    }
    let line = itemType ?? bodyType(content)
    return (.stream(of: line), "StreamingResponse.jsonLines(\(line).self, from: response)")
  }

  /// Every documented non-success response, each its own case: codes first, then ranges, then `default`.
  mutating func errorCases(_ operation: Operation, excluding successes: [Response]) -> [OperationPlan.ErrorCase] {
    var names = NameAllocator(reserving: ["unexpected", "init", "response", "isDocumented", "status", "body"])
    var cases: [OperationPlan.ErrorCase] = []
    let responses = operation.responses.filter { !successes.contains($0) && $0.status != .code(101) }
    for response in responses.sorted(by: { $0.status < $1.status }) {
      if case .code(let code) = response.status, (200...299).contains(code) { continue }
      let (type, kind) = responseType(response)
      cases.append(
        OperationPlan.ErrorCase(
          status: response.status, type: type, kind: kind,
          caseName: names.allocate(Self.errorCaseName(response.status)), documentation: response.documentation))
    }
    return cases
  }

  /// `application/octet-stream` → `octetStream`, `image/png` → `png`, `*/*` → `binary`.
  private static func rawCaseName(_ mediaType: String) -> String {
    let subtype = mediaType.split(separator: "/").last.map(String.init) ?? mediaType
    return subtype.utf8.contains(UInt8(ascii: "*")) ? "binary" : SwiftNamer.memberName(subtype)
  }

  /// OpenAPI ignores header parameters named `Accept`, `Content-Type` and `Authorization`.
  private static func isIgnoredHeader(_ parameter: Parameter) -> Bool {
    parameter.location == .header && ["accept", "content-type", "authorization"].contains(parameter.name.lowercased())
  }
}
