import SchemaIR

extension OperationEmitter {
  func emitDecoder(_ writer: inout SwiftCodeWriter) {
    writer.documentation("Reads the answer to `\(plan.displayName)`: the success body, or the error it describes.")
    let returns = plan.returnType.isVoid ? "" : " -> \(plan.returnType)"
    // A streamed operation's decoder reads the answer as it arrives; other bodies are read whole first.
    let streamed = plan.isStreamed
    let parameter = streamed ? "_ response: StreamedResponse" : "_ response: APIResponse"
    let whole = streamed ? "try await response.collected()" : "response"
    writer.declaration(
      "\(access)static func \(plan.decoderName)", [parameter], (streamed ? " async throws" : " throws") + returns
    ) {
      writer in
      writer.switchBlock("response.status") { writer in
        for success in plan.successes {
          writer.switchCase("case \(Self.pattern(success.status))") { writer in
            let wrap = plan.outputEnumName.map { _ in (".\(success.caseName)(", ")") } ?? ("", "")
            // A streamed operation's body that is not itself a stream is read whole first.
            let readsWhole = streamed && success.stream == nil && success.type != nil
            let from = readsWhole ? "whole" : "response"
            if readsWhole { writer.line("let whole = " + whole) }
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
        }
        if plan.successes.isEmpty && !plan.isSubscription && plan.returnType.isVoid {
          writer.switchCase("case 200...299") { $0.line("return") }
        }
        writer.switchCase("default") { writer in
          if plan.isXRPC {
            if let name = plan.xrpcErrorEnumName {
              writer.line("throw \(name)(XRPCError(response: response))")
            } else {
              writer.line("throw XRPCError(response: response)")
            }
          } else if let name = plan.errorEnumName {
            writer.line("throw \(name)(\(whole))")
          } else {
            writer.line("throw UnexpectedResponse(\(whole))")
          }
        }
      }
    }
  }

  /// The expression reading `response`'s body as `type`: JSON decoded, text as `String`, else the bytes.
  static func read(_ type: SwiftType, kind: MediaTypeKind, from response: String = "response") -> String {
    if kind == .json { return "try ResponseDecoding.json(\(type).self, from: \(response))" }
    return type == .string ? "try ResponseDecoding.text(\(response))" : response + ".body"
  }

  /// `200`, `200...299`, or `_` for a `default` success.
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
