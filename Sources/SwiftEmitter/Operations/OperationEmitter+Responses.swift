import SchemaIR

extension OperationEmitter {
  /// The decoder: when one status means success, `guard case <status> = response.status else { throw … }`
  /// then the body; when several do (the output enum's cases), a `switch` over them.
  func emitDecoder(_ writer: inout SwiftCodeWriter) {
    writer.documentation("Reads the answer to `\(plan.displayName)`: the success body, or the error it describes.")
    let returns = plan.returnType.isVoid ? "" : " -> \(plan.returnType)"
    // A streamed operation's decoder reads the answer as it arrives; other bodies are read whole first.
    let streamed = plan.isStreamed
    let parameter = streamed ? "_ response: StreamedResponse" : "_ response: APIResponse"
    writer.declaration(
      "\(access)static func \(plan.decoderName)", [parameter], (streamed ? " async throws" : " throws") + returns
    ) {
      writer in
      guard plan.successes.count > 1 else {
        // An operation documenting no success answer returns nothing for any 2xx status.
        let success = plan.successes.first
        let condition = Self.condition(success?.status ?? .range(2))
        let single = "guard \(condition) else { \(failure) }"
        if writer.fits(single) {
          writer.line(single)
        } else {
          writer.block("guard \(condition) else") { $0.line(failure) }
        }
        // After the guard, a `Void` decoder needs no `return`.
        if let success, success.type != nil { emitSuccess(success, &writer) }
        return
      }
      writer.switchBlock("response.status") { writer in
        for success in plan.successes {
          writer.switchCase("case \(Self.pattern(success.status))") { writer in emitSuccess(success, &writer) }
        }
        writer.switchCase("default") { $0.line(failure) }
      }
    }
  }

  /// The statement throwing for an answer that is no success: the XRPC error (as the lexicon's `Error`
  /// when it declares errors), the operation's error enum, or `UnexpectedResponse`.
  private var failure: String {
    if plan.isXRPC {
      return plan.xrpcErrorEnumName.map { "throw \($0)(XRPCError(response: response))" }
        ?? "throw XRPCError(response: response)"
    }
    let whole = plan.isStreamed ? "try await response.collected()" : "response"
    return "throw \(plan.errorEnumName ?? "UnexpectedResponse")(\(whole))"
  }

  /// The lines returning `success`'s value (wrapped in its output enum case when there is one).
  private func emitSuccess(_ success: OperationPlan.Success, _ writer: inout SwiftCodeWriter) {
    let wrap = plan.outputEnumName.map { _ in (".\(success.caseName)(", ")") } ?? ("", "")
    // A streamed operation's body that is not itself a stream is read whole first.
    let readsWhole = plan.isStreamed && success.stream == nil && success.type != nil
    let from = readsWhole ? "whole" : "response"
    if readsWhole { writer.line("let whole = try await response.collected()") }
    if let stream = success.stream {
      writer.line("return " + wrap.0 + stream + wrap.1)
    } else if let type = success.type, success.kind == .json {
      writer.call("return " + wrap.0 + "try ResponseDecoding.json", ["\(type).self", "from: " + from], wrap.1)
    } else if let type = success.type {
      writer.line("return " + wrap.0 + Self.read(type, kind: success.kind, from: from) + wrap.1)
    } else {
      writer.line(plan.outputEnumName != nil ? "return .\(success.caseName)" : "return")
    }
  }

  /// The guard's test that the answer is `status`: `case 200 = response.status`, or a range's
  /// `case 200...299 = response.status`. The same `~=` match the `switch` makes; `==` here would cost
  /// each file its first lookup of the `==` overloads (measured 8 to 14 ms a file, against under 1 ms).
  static func condition(_ status: Response.Status) -> String {
    "case \(pattern(status)) = response.status"
  }

  /// The expression reading `response`'s body as `type`: JSON decoded, text as `String`, else the bytes.
  static func read(_ type: SwiftType, kind: MediaTypeKind, from response: String = "response") -> String {
    if kind == .json { return "try ResponseDecoding.json(\(type).self, from: \(response))" }
    return type == .string ? "try ResponseDecoding.text(\(response))" : response + ".body"
  }

  /// `200`, `200...299`; a `default` success is any 2xx status, `200...299`.
  static func pattern(_ status: Response.Status) -> String {
    switch status {
    case .code(let code): return String(code)
    case .range(let digit): return "\(digit * 100)...\(digit * 100 + 99)"
    case .default: return "200...299"
    }
  }

  func emitBodyEnum(_ name: String, _ writer: inout SwiftCodeWriter) {
    writer.documentation("The media types `\(plan.methodName)` accepts; the case picks the `Content-Type`.")
    writer.block("\(access)enum \(name): Sendable") { writer in
      for variant in plan.bodyVariants {
        if variant.isRange {
          writer.documentation("`\(variant.mediaType)`: `contentType` names the body's actual type, within the range.")
          writer.line("case \(variant.caseName)(\(variant.type), contentType: String\(variant.contentTypeDefault))")
        } else {
          writer.documentation("`\(variant.mediaType)`")
          writer.line("case \(variant.caseName)(\(variant.type))")
        }
      }
    }
  }

  func emitOutputEnum(_ name: String, _ writer: inout SwiftCodeWriter) {
    writer.documentation("The success answers of `\(plan.methodName)`, by status.")
    writer.block("\(access)enum \(name): Sendable") { writer in
      for success in plan.successes {
        let status: String
        switch success.status {
        case .code(let code): status = String(code)
        case .range(let digit): status = String(digit) + "XX"
        case .default: status = "default"
        }
        writer.documentation("Status \(status).")
        writer.line("case \(success.caseName)" + (success.type.map { "(\($0))" } ?? ""))
      }
    }
  }
}

/// The typed errors an XRPC operation declares, matched on the `error` member of the error body.
struct XRPCErrorEnumEmitter {
  let errors: [OperationError]
  let name: String
  let access: String

  func emit(into writer: inout SwiftCodeWriter) {
    var cases = NameAllocator(reserving: ["unknown", "init"])
    let names = errors.map { cases.allocate(SwiftNamer.memberName($0.name)) }
    writer.documentation("The errors this operation declares; any other error body is kept as `unknown`.")
    writer.block("\(access)enum \(name): Swift.Error, Sendable, Hashable") { writer in
      for (error, caseName) in zip(errors, names) {
        let documentation = DocumentationText.forType(error.documentation)
        writer.documentation(documentation.isEmpty ? "`\(error.name)`" : documentation)
        writer.line("case \(caseName)(XRPCError)")
      }
      writer.documentation("An error the lexicon does not declare (or an answer that is not an XRPC error).")
      writer.line("case unknown(XRPCError)")
      writer.blankLine()
      writer.documentation("Picks the case named by `error.error`.")
      writer.block("\(access)init(_ error: XRPCError)") { writer in
        writer.line("switch error.error {")
        for (error, caseName) in zip(errors, names) {
          writer.line("case \(DeclarationEmitter.literal(error.name)): self = .\(caseName)(error)")
        }
        writer.line("default: self = .unknown(error)")
        writer.line("}")
      }
      writer.blankLine()
      writer.documentation("The error body, whichever case holds it.")
      writer.block("\(access)var body: XRPCError") { writer in
        writer.line("switch self {")
        for caseName in names + ["unknown"] {
          writer.line("case .\(caseName)(let error): return error")
        }
        writer.line("}")
      }
    }
  }
}
