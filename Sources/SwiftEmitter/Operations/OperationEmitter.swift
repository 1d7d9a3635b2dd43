import SchemaIR

/// Writes one operation as an extension of the client: the `async throws` method, a static request
/// builder (testable without a network), a static response decoder, and the enums they need.
struct OperationEmitter {
  let plan: OperationPlan
  let clientName: String
  /// `public `, `package ` or empty.
  let access: String

  var operation: Operation { plan.operation }
  var locals: OperationPlan.Locals { plan.locals }

  /// The extension of the client (or of the method's resource type); for an XRPC operation with a
  /// lexicon namespace, the builder, decoder and error enum go in an extension of that namespace instead.
  func emit() -> String {
    var writer = SwiftCodeWriter()
    let owner = plan.resourceTypePath.map { clientName + "." + $0 } ?? clientName
    // A subscription has a client method only over XRPC, whose frames the runtime reads.
    let hasMethod = !plan.isSubscription || plan.subscriptionMessageType != nil
    if let namespace = plan.namespacePath {
      if hasMethod {
        writer.block("extension \(owner)") { writer in emitAnyMethod(&writer) }
        writer.blankLine()
      }
      writer.block("extension \(namespace)") { writer in emitBuilders(&writer) }
    } else {
      writer.block("extension \(owner)") { writer in
        if hasMethod {
          emitAnyMethod(&writer)
          writer.blankLine()
        }
        if let headers = plan.headers {
          emitMethodWithHeaders(headers, &writer)
          writer.blankLine()
        }
        emitBuilders(&writer)
      }
    }
    return writer.text
  }

  private func emitAnyMethod(_ writer: inout SwiftCodeWriter) {
    if let message = plan.subscriptionMessageType {
      emitSubscriptionMethod(message, &writer)
    } else {
      emitMethod(&writer)
    }
  }

  private func emitBuilders(_ writer: inout SwiftCodeWriter) {
    emitBuilder(&writer)
    writer.blankLine()
    if !plan.isSubscription {
      emitDecoder(&writer)
    } else {
      emitWebSocketURL(&writer)
    }
    if let name = plan.bodyEnumName {
      writer.blankLine()
      emitBodyEnum(name, &writer)
    }
    if let name = plan.outputEnumName {
      writer.blankLine()
      emitOutputEnum(name, &writer)
    }
    if let headers = plan.headers, headers.declaresType {
      writer.blankLine()
      emitHeadersStruct(headers, &writer)
    }
    if let name = plan.errorEnumName {
      writer.blankLine()
      if let shared = plan.sharedError {
        // The shared enum has a file of its own (`ClientEmitter`).
        let others = shared.users == 2 ? "1 other operation shares" : "\(shared.users - 1) other operations share"
        writer.documentation(
          "The error answers `\(plan.displayName)` documents: `\(shared.typeName)`, which \(others).")
        let alias = "\(access)typealias \(name) ="
        if writer.fits(alias + " " + shared.typeName) {
          writer.line(alias + " " + shared.typeName)
        } else {
          writer.line(alias)
          writer.indented { $0.line(shared.typeName) }
        }
      } else {
        ErrorEnumEmitter(plan: plan, name: name, access: access).emit(into: &writer)
      }
    }
    if let name = plan.xrpcErrorEnumName {
      writer.blankLine()
      XRPCErrorEnumEmitter(errors: operation.errors, name: name, access: access).emit(into: &writer)
    }
  }

  /// What the operation's file imports: the runtime (`APIRequest`, `APIResponse`, ...) always, and
  /// what the types it writes need, as `SwiftType` tells; Foundation only for one of those (`Data`) or
  /// the `URL` of a subscription's `webSocketURL`. Every type the file spells is listed here.
  var imports: SwiftType.Imports {
    var types = plan.arguments.map(\.type) + plan.bodyVariants.map(\.type) + plan.successes.compactMap(\.type)
    if let message = plan.subscriptionMessageType { types.append(message) }
    if let headers = plan.headers, headers.declaresType { types += headers.fields.map(\.type) }
    // A shared error enum is declared in its own file; this one only names it.
    if plan.errorEnumName != nil, plan.sharedError == nil { types += plan.errorCases.compactMap(\.type) }
    var imports = types.reduce(SwiftType.Imports.runtime) { $0.union($1.imports) }
    if plan.webSocketURLName != nil { imports.insert(.foundation) }
    return imports
  }

  // MARK: Signatures

  /// Required parameters, then the body, then optional parameters (defaulting to `nil`).
  var parameters: [String] {
    var parts: [String] = []
    for argument in plan.arguments where !argument.isOptional {
      parts.append(SwiftIdentifier.escaped(argument.label) + ": \(argument.type)")
    }
    if let bodyType = plan.bodyArgumentType {
      parts.append(plan.bodyIsRequired ? "body: \(bodyType)" : "body: \(bodyType)? = nil")
    }
    if let label = plan.bodyContentTypeLabel {
      parts.append(SwiftIdentifier.escaped(label) + ": String" + (plan.bodyVariants.first?.contentTypeDefault ?? ""))
    }
    for argument in plan.arguments where argument.isOptional {
      parts.append(SwiftIdentifier.escaped(argument.label) + ": \(argument.type)? = nil")
    }
    return parts
  }

  var arguments: [String] {
    var parts: [String] = []
    for argument in plan.arguments where !argument.isOptional {
      parts.append(SwiftIdentifier.escaped(argument.label) + ": " + SwiftIdentifier.escaped(argument.label))
    }
    if plan.bodyArgumentType != nil { parts.append("body: body") }
    if let label = plan.bodyContentTypeLabel.map(SwiftIdentifier.escaped) { parts.append(label + ": " + label) }
    for argument in plan.arguments where argument.isOptional {
      parts.append(SwiftIdentifier.escaped(argument.label) + ": " + SwiftIdentifier.escaped(argument.label))
    }
    return parts
  }

  var summary: String {
    var paragraphs: [String] = []
    let documentation = DocumentationText.forType(operation.documentation)
    if !documentation.isEmpty { paragraphs.append(documentation) }
    paragraphs.append("`\(operation.method) \(operation.path)`")
    return paragraphs.joined(separator: "\n\n")
  }

  /// Whether a caller may ignore what the method returns: what a change answers is often not needed,
  /// while ignoring what a read (`Operation.isRead`) or a stream returns is a mistake the compiler should
  /// point out.
  private var isResultDiscardable: Bool {
    !plan.returnType.isVoid && !plan.isStreamed && !operation.isRead
  }

  private func emitMethod(_ writer: inout SwiftCodeWriter) {
    writer.documentation(summary + "\n\n" + (parameterNotes + [throwsNote]).joined(separator: "\n"))
    if operation.documentation.isDeprecated { writer.line("@available(*, deprecated)") }
    if isResultDiscardable { writer.line("@discardableResult") }
    let returns = plan.returnType.isVoid ? "" : " -> \(plan.returnType)"
    writer.declaration(
      "\(access)func \(SwiftIdentifier.escaped(plan.methodName))", parameters, " async throws\(returns)"
    ) { writer in
      emitBuildAndSend(&writer)
      writer.line(
        (plan.returnType.isVoid ? "" : "return ") + (plan.isStreamed ? "try await " : "try ")
          + "\(plan.builderOwner).\(plan.decoderName)(\(locals.response))")
    }
  }

  /// An XRPC subscription's method: it returns the message sequence, which connects when iterated
  /// (`XRPCSubscription`), so the call itself neither waits nor throws.
  private func emitSubscriptionMethod(_ message: SwiftType, _ writer: inout SwiftCodeWriter) {
    let connecting =
      "Iterating the result connects through the client's `webSocketTransport`; ending the loop, or"
      + " cancelling its task, closes the connection."
    let notes = [
      "- Returns: The messages, in the order the server sends them (a type this SDK does not know is kept"
        + " as `.unknown`).",
      "- Throws: While iterating: "
        + throwsNote.dropFirst("- Throws: ".count).replacing(
          "for an error answer", with: "for an error frame"),
    ]
    writer.documentation(
      summary + " (a WebSocket)\n\n" + connecting + "\n\n" + (parameterNotes + notes).joined(separator: "\n"))
    if operation.documentation.isDeprecated { writer.line("@available(*, deprecated)") }
    let returns = "XRPCSubscription<\(message)>"
    writer.declaration("\(access)func \(SwiftIdentifier.escaped(plan.methodName))", parameters, " -> \(returns)") {
      writer in
      let request = locals.request
      writer.block("let \(request): @Sendable () throws -> APIRequest =") { writer in
        writer.call("try \(plan.builderOwner).\(plan.builderName)", arguments)
      }
      // `self.client` from a resource type: an argument may be named `client`.
      let client = plan.resourceTypePath != nil ? "self.client" : "self"
      var parts = [
        "nsid: " + DeclarationEmitter.literal(operation.name), "serverURL: \(client).serverURL",
        "transport: \(client).transport", "webSockets: \(client).webSocketTransport",
      ]
      if let name = plan.xrpcErrorEnumName {
        parts.append("mapError: { " + (plan.namespacePath.map { $0 + "." } ?? "") + name + "($0) }")
      }
      writer.call("return XRPCSubscription", parts + ["request: " + request])
    }
  }

  /// The first two lines of every client method: build the request, send it authorized.
  func emitBuildAndSend(_ writer: inout SwiftCodeWriter) {
    writer.call("let \(locals.request) = try \(plan.builderOwner).\(plan.builderName)", arguments)
    writer.call("let \(locals.response) = try await " + locals.send, [locals.request, "security: " + securityLiteral])
  }

  /// `- Parameter label: description` for each argument the spec describes, in signature order; a
  /// description's paragraphs are joined into one, as a list item holds one.
  private var parameterNotes: [String] {
    func note(_ label: String, _ documentation: Documentation?) -> String? {
      guard let documentation else { return nil }
      let text = DocCommentFormatter.joinedLine(documentation.description ?? documentation.title ?? "")
      return text.isEmpty ? nil : "- Parameter \(label): \(text)"
    }
    var notes: [String?] = plan.arguments.filter { !$0.isOptional }.map { note($0.label, $0.parameter?.documentation) }
    if plan.bodyArgumentType != nil { notes.append(note("body", operation.requestBody?.documentation)) }
    if let label = plan.bodyContentTypeLabel, let variant = plan.bodyVariants.first {
      notes.append("- Parameter \(label): The body's media type, within `\(variant.mediaType)`.")
    }
    notes += plan.arguments.filter(\.isOptional).map { note($0.label, $0.parameter?.documentation) }
    return notes.compactMap { $0 }
  }

  var throwsNote: String {
    if plan.isXRPC {
      let error = plan.xrpcErrorEnumName.map { name in plan.namespacePath.map { $0 + "." + name } ?? name }
      return "- Throws: `\(error ?? "XRPCError")` for an error answer, or a transport error."
    }
    let error = plan.errorEnumName ?? "UnexpectedResponse"
    return "- Throws: `\(error)` for an error answer, or a transport error."
  }

  /// `[["apiKey"]]`: the alternatives the client tries in order.
  var securityLiteral: String {
    let alternatives = operation.security.map { "[" + $0.map(DeclarationEmitter.literal).joined(separator: ", ") + "]" }
    return "[" + alternatives.joined(separator: ", ") + "]"
  }

  // MARK: Request

  private func emitBuilder(_ writer: inout SwiftCodeWriter) {
    writer.documentation(
      plan.isSubscription
        ? "Builds the `\(plan.displayName)` WebSocket upgrade request (path and query) without connecting."
        : "Builds the `\(plan.displayName)` request without sending it.")
    writer.declaration("\(access)static func \(plan.builderName)", parameters, " throws -> APIRequest") { writer in
      let mutates =
        !plan.bodyVariants.isEmpty || !plan.fixedQuery.isEmpty
        || plan.arguments.contains { $0.parameter?.location != .path }
      let head = mutates ? "var \(locals.request) = APIRequest" : "return APIRequest"
      let method = DeclarationEmitter.literal(operation.method)
      let arguments = { (path: String) in
        ["method: \(method)", "path: \(path)", "operationID: " + DeclarationEmitter.literal(operation.name)]
      }
      var path = locals.path
      let pieces = pathPieces
      if pieces.contains(where: \.isSegment) {
        emitPath(pieces, &writer)
      } else {
        // A path without parameters is written in the call, unless that makes the call wrap.
        let literal = pieces.first?.expression ?? "\"\""
        if writer.fits(head + arguments(literal).joined(separator: ", "), plus: 2) {
          path = literal
        } else {
          writer.line("let \(locals.path) = \(literal)")
        }
      }
      writer.call(head, arguments(path))
      guard mutates else { return }
      emitParameters(&writer)
      emitBodyEncoding(&writer)
      writer.line("return \(locals.request)")
    }
  }

  private func emitParameters(_ writer: inout SwiftCodeWriter) {
    for (name, value) in plan.fixedQuery {
      writer.line("try request.addQuery(\(DeclarationEmitter.literal(name)), \(DeclarationEmitter.literal(value)))")
    }
    for argument in plan.arguments {
      guard let parameter = argument.parameter else { continue }
      let name = DeclarationEmitter.literal(parameter.name)
      let value = SwiftIdentifier.escaped(argument.label)
      switch parameter.location {
      case .query:
        var parts = [name, value]
        let style = Self.styleCase(parameter.style ?? "form", default: "form")
        if style != "form" { parts.append("style: ." + style) }
        if let explode = parameter.explode, explode != (style == "form") { parts.append("explode: \(explode)") }
        writer.call("try \(locals.request).addQuery", parts)
      case .header:
        writer.call(
          "try \(locals.request).addHeader", [name, value] + (parameter.explode == true ? ["explode: true"] : []))
      case .cookie:
        writer.call("try \(locals.request).addCookie", [name, value])
      case .path:
        break
      }
    }
  }

  static func styleCase(_ style: String, default fallback: String) -> String {
    let known = ["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"]
    return known.contains(style) ? style : fallback
  }

  private func emitBodyEncoding(_ writer: inout SwiftCodeWriter) {
    guard !plan.bodyVariants.isEmpty else { return }
    if plan.bodyEnumName != nil {
      writer.block(plan.bodyIsRequired ? "do" : "if let body") { writer in
        writer.switchBlock("body") { writer in
          for variant in plan.bodyVariants {
            let bound = variant.isRange ? "let \(locals.value), let \(locals.contentType)" : "let \(locals.value)"
            writer.switchCase("case .\(variant.caseName)(\(bound))") { writer in
              Self.encode(
                variant, value: locals.value, contentType: variant.isRange ? locals.contentType : nil,
                request: locals.request, into: &writer)
            }
          }
        }
      }
    } else if let variant = plan.bodyVariants.first {
      let contentType = plan.bodyContentTypeLabel.map(SwiftIdentifier.escaped)
      if plan.bodyIsRequired {
        Self.encode(variant, value: "body", contentType: contentType, request: locals.request, into: &writer)
      } else {
        writer.block("if let body") { writer in
          Self.encode(variant, value: "body", contentType: contentType, request: locals.request, into: &writer)
        }
      }
    }
  }

  /// `contentType`: the local or argument naming the media type of a raw body under a media range.
  private static func encode(
    _ variant: OperationPlan.BodyVariant, value: String, contentType: String? = nil, request: String,
    into writer: inout SwiftCodeWriter
  ) {
    let mediaType = variant.mediaType.utf8.contains(UInt8(ascii: "*")) ? "application/octet-stream" : variant.mediaType
    switch variant.kind {
    case .json:
      if MediaTypeKind(mediaType) == .json, mediaType != "application/json" {
        writer.call("try \(request).setJSONBody", [value, "contentType: " + DeclarationEmitter.literal(mediaType)])
      } else {
        writer.line("try \(request).setJSONBody(\(value))")
      }
    case .formURLEncoded:
      writer.line("try \(request).setFormBody(\(value))")
    case .multipart where !variant.partContentTypes.isEmpty:
      let entries = variant.partContentTypes.sorted { $0.key < $1.key }.map {
        DeclarationEmitter.literal($0.key) + ": MultipartEncoding(contentType: " + DeclarationEmitter.literal($0.value)
          + ")"
      }
      writer.call("try \(request).setMultipartBody", [value, "encoding: [" + entries.joined(separator: ", ") + "]"])
    case .multipart:
      writer.line("try \(request).setMultipartBody(\(value))")
    case .multipartRelated:
      writer.line("try \(request).setMultipartRelatedBody(\(value))")
    case .raw:
      if let contentType {
        writer.call(
          "try \(request).setRawBody",
          [value, "contentType: " + contentType, "within: " + DeclarationEmitter.literal(variant.mediaType)])
      } else {
        writer.call("\(request).setRawBody", [value, "contentType: " + DeclarationEmitter.literal(mediaType)])
      }
    }
  }
}
