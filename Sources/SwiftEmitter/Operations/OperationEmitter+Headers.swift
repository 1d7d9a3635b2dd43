import SchemaIR

/// The documented response headers of an operation: a struct of typed, optional members read from
/// the answer, and a method returning it beside the body.
extension OperationEmitter {
  /// `getVideoWithHeaders(...)`: `getVideo`, with the headers its answer documents.
  func emitMethodWithHeaders(_ headers: HeadersPlan, _ writer: inout SwiftCodeWriter) {
    writer.documentation(
      "`\(plan.methodName)`, with the headers its answer documents (`\(headers.typeName)`).\n\n" + throwsNote)
    if operation.documentation.isDeprecated { writer.line("@available(*, deprecated)") }
    let headersType = SwiftType.generated(headers.typeName)
    let returns: SwiftType =
      plan.returnType.isVoid
      ? headersType : .tuple([.init(label: "body", type: plan.returnType), .init(label: "headers", type: headersType)])
    writer.declaration(
      "\(access)func \(SwiftIdentifier.escaped(headers.methodName))", parameters, " async throws -> \(returns)"
    ) { writer in
      emitBuildAndSend(&writer)
      let decode = "try \(plan.builderOwner).\(plan.decoderName)(\(locals.response))"
      if plan.returnType.isVoid {
        writer.line(decode)
        writer.line("return \(headers.typeName)(\(locals.response))")
      } else {
        writer.line("return (\(decode), \(headers.typeName)(\(locals.response)))")
      }
    }
  }

  /// The struct of the documented headers, each read leniently (absent or unreadable is nil).
  func emitHeadersStruct(_ headers: HeadersPlan, _ writer: inout SwiftCodeWriter) {
    writer.documentation(
      "The header fields the success answers of `\(plan.methodName)` document; one that is absent or not of"
        + " its documented type is nil (its text stays in the answer's `headers`).")
    writer.block("\(access)struct \(headers.typeName): Sendable, Hashable") { writer in
      for field in headers.fields {
        var text = DocumentationText.forType(field.header.documentation)
        text += (text.isEmpty ? "" : "\n\n") + "`\(field.header.name)`"
        writer.documentation(text)
        let type: SwiftType = field.isList ? .array(field.type) : field.type
        writer.line("\(access)var \(SwiftIdentifier.escaped(field.label)): \(type)?")
      }
      writer.blankLine()
      writer.documentation("Reads the documented fields of `response`.")
      writer.block("\(access)init(_ response: APIResponse)") { writer in
        for field in headers.fields {
          let read = field.isList ? "ResponseHeaders.values" : "ResponseHeaders.value"
          writer.line(
            "\(SwiftIdentifier.escaped(field.label)) = \(read)(\(DeclarationEmitter.literal(field.header.name)), in: response)"
          )
        }
      }
    }
  }
}
