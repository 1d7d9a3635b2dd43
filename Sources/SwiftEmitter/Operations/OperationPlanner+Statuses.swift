import SchemaIR

/// What the planner reads off response statuses and media types: streamed answers, and the names of
/// error cases.
extension OperationPlanner {
  /// The streamed media type (`text/event-stream`, `application/jsonl`, ...) a response answers in when
  /// it is its first content and no JSON content is offered beside it.
  static func streamMediaType(_ response: Response) -> String? {
    guard let content = response.contents.first,
      !response.contents.contains(where: { MediaTypeKind($0.mediaType) == .json })
    else { return nil }
    let essence = MediaTypeKind.essence(content.mediaType)
    let streamed = ["text/event-stream", "application/jsonl", "application/x-ndjson", "application/x-jsonlines"]
    return streamed.contains(essence) ? essence : nil
  }

  /// Whether a success of `operation` is streamed (its client then gets `sendStreaming`).
  static func isStreamed(_ operation: Operation) -> Bool {
    !operation.isXRPC && successResponses(operation).contains { streamMediaType($0) != nil }
  }

  /// `notFound` for 404, `clientError` for `4XX`, `default`; `status418` for a code without a name here.
  static func errorCaseName(_ status: Response.Status) -> String {
    switch status {
    case .code(let code): return reasons[code] ?? "status" + String(code)
    case .range(let digit):
      return [1: "informational", 2: "success", 3: "redirection", 4: "clientError", 5: "serverError"][digit]
        ?? "status" + String(digit) + "XX"
    case .default: return "default"
    }
  }

  private static let reasons: [Int: String] = [
    300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
    307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest", 401: "unauthorized",
    402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 406: "notAcceptable",
    408: "requestTimeout", 409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed",
    413: "contentTooLarge", 415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 422: "unprocessableContent",
    423: "locked", 425: "tooEarly", 428: "preconditionRequired", 429: "tooManyRequests",
    500: "internalServerError", 501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable",
    504: "gatewayTimeout",
  ]
}
