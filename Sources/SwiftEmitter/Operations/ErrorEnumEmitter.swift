import SchemaIR

/// The error answers an OpenAPI operation documents, as one enum: a case per status (its body read as
/// its own schema, with the answer), and `unexpected` for any other status or a body that does not read.
struct ErrorEnumEmitter {
  let plan: OperationPlan
  let name: String
  let access: String
  /// How many operations document these answers alike (each names the enum with a typealias); 1
  /// when the enum is the operation's own.
  var sharedBy = 1
  /// The cases: the plan's own, or a shared enum's (documented for all of its users).
  var cases: [OperationPlan.ErrorCase]

  init(plan: OperationPlan, name: String, access: String, shared: SharedErrorPlan? = nil) {
    self.plan = plan
    self.name = name
    self.access = access
    sharedBy = shared?.users ?? 1
    cases = shared?.cases ?? plan.errorCases
  }

  func emit(into writer: inout SwiftCodeWriter) {
    writer.documentation(
      sharedBy > 1
        ? "The error answers \(sharedBy) operations document alike, by status; any other answer is `unexpected`. "
          + "Each operation names this enum with a typealias (`\(plan.errorEnumName ?? name)`)."
        : "The error answers `\(plan.methodName)` documents, by status; any other answer is `unexpected`.")
    writer.block("\(access)enum \(name): HTTPErrorResponse") { writer in
      for errorCase in cases {
        writer.documentation(Self.documentation(errorCase))
        let payload = errorCase.type.map { "\($0), APIResponse" } ?? "APIResponse"
        writer.line("case \(SwiftIdentifier.escaped(errorCase.caseName))(\(payload))")
      }
      writer.documentation(
        "A status the spec does not document, or a body that is not of its documented type (`underlying` says why).")
      writer.line("case unexpected(UnexpectedResponse)")
      writer.blankLine()
      emitInit(&writer)
      writer.blankLine()
      writer.documentation("The answer as received.")
      writer.block("\(access)var response: APIResponse") { writer in
        writer.line("switch self {")
        for errorCase in cases {
          let bindings = errorCase.type == nil ? "let response" : "_, let response"
          writer.line("case .\(errorCase.caseName)(\(bindings)): return response")
        }
        writer.line("case .unexpected(let error): return error.response")
        writer.line("}")
      }
      writer.blankLine()
      writer.documentation("Whether the status is documented and its body was read as documented.")
      writer.block("\(access)var isDocumented: Bool") { writer in
        writer.line("if case .unexpected = self { return false }")
        writer.line("return true")
      }
    }
  }

  private func emitInit(_ writer: inout SwiftCodeWriter) {
    writer.documentation("Reads an error answer by its status.")
    writer.block("\(access)init(_ response: APIResponse)") { writer in
      let throwing = cases.contains { $0.type != nil && ($0.kind == .json || $0.type == .string) }
      if throwing {
        writer.openBlock("do")
        emitSwitch(&writer)
        writer.closeBlock(" catch {")
        writer.indented { $0.line("self = .unexpected(UnexpectedResponse(response, underlying: error))") }
        writer.line("}")
      } else {
        emitSwitch(&writer)
      }
    }
  }

  private func emitSwitch(_ writer: inout SwiftCodeWriter) {
    writer.switchBlock("response.status") { writer in
      for errorCase in cases {
        let pattern = errorCase.status == .default ? "default" : "case " + OperationEmitter.pattern(errorCase.status)
        writer.switchCase(pattern) { writer in
          let name = errorCase.caseName
          guard let type = errorCase.type else { return writer.line("self = .\(name)(response)") }
          if errorCase.kind == .json {
            writer.call("let model = try ResponseDecoding.json", ["\(type).self", "from: response"])
            writer.line("self = .\(name)(model, response)")
          } else {
            writer.line("self = .\(name)(\(OperationEmitter.read(type, kind: errorCase.kind)), response)")
          }
        }
      }
      if !cases.contains(where: { $0.status == .default }) {
        writer.switchCase("default") { writer in writer.line("self = .unexpected(UnexpectedResponse(response))") }
      }
    }
  }

  /// "`404`: Not found."
  private static func documentation(_ errorCase: OperationPlan.ErrorCase) -> String {
    let status: String
    switch errorCase.status {
    case .code(let code): status = String(code)
    case .range(let digit): status = String(digit) + "XX"
    case .default: status = "default"
    }
    let text = DocumentationText.forType(errorCase.documentation)
    return "`\(status)`" + (text.isEmpty ? "" : ": " + text)
  }
}
