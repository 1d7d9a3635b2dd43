import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates XRPC `query`, `procedure` and `subscription` definitions into operations.
///
/// - `query` → `GET /xrpc/<nsid>`, `procedure` → `POST /xrpc/<nsid>`; `parameters` become query
///   parameters, `input` the request body and `output` the 200 response, each in its declared `encoding`
///   (no schema: raw bytes of that type).
/// - The operation's `resourcePath` is the NSID's authority and namespace segments (`place.stream.access`
///   for `place.stream.access.getStatus`), so the client reads `client.place.stream.access.getStatus()`.
/// - `subscription` → `GET /xrpc/<nsid>` answered by `101 Switching Protocols`: a WebSocket whose
///   frames (DAG-CBOR) carry the `message` schema, which is the 101 response's content.
/// - `errors` → `Operation.errors`, by name.
final class OperationTranslator {
  let types: TypeTranslator
  private(set) var operations: [Operation] = []
  static let subscriptionMediaType = "application/vnd.ipld.dag-cbor"

  init(types: TypeTranslator) {
    self.types = types
  }

  func translate(_ node: LocatedNode, type: String, document: LexiconDocument) throws(DiagnosticError) {
    let nsid = document.nsid
    var operation = Operation(
      name: nsid, method: type == "procedure" ? "POST" : "GET", path: "/xrpc/" + nsid,
      documentation: Documentation(description: try node.optionalString("description") ?? document.description),
      location: node.node.location, resourcePath: NSID.segments(nsid).dropLast(),
      callProtocol: .xrpc(nsid: nsid), kind: type == "subscription" ? .subscription : .request,
      namespace: NSID.segments(nsid))
    if let parameters = node["parameters"] {
      operation.parameters = try self.parameters(parameters, nsid: nsid)
    }
    switch type {
    case "subscription":
      let message = node["message"]
      let content = try message.map { message throws(DiagnosticError) in
        try body(message, nsid: nsid, name: "message", defaultEncoding: Self.subscriptionMediaType)
      }
      operation.responses = [
        Response(
          status: .code(101), contents: content.map { [$0.content] } ?? [],
          documentation: content?.documentation ?? Documentation())
      ]
    default:
      if let input = node["input"] {
        let body = try body(input, nsid: nsid, name: "input", defaultEncoding: nil)
        operation.requestBody = RequestBody(
          isRequired: true, contents: [body.content], documentation: body.documentation)
      }
      let output = try node["output"].map { output throws(DiagnosticError) in
        try body(output, nsid: nsid, name: "output", defaultEncoding: nil)
      }
      operation.responses = [
        Response(
          status: .code(200), contents: output.map { [$0.content] } ?? [],
          documentation: output?.documentation ?? Documentation())
      ]
    }
    operation.errors = try errors(node["errors"])
    operations.append(operation)
  }

  /// A body (`input`, `output`, `message`): its encoding and, when it has a schema, the schema's type.
  private func body(_ node: LocatedNode, nsid: String, name: String, defaultEncoding: String?) throws(DiagnosticError)
    -> (content: Content, documentation: Documentation)
  {
    _ = try node.mapping("a body (an object with 'encoding' and 'schema')")
    let encoding: String
    if let written = try node.optionalString("encoding") {
      encoding = written
    } else if let defaultEncoding {
      encoding = defaultEncoding
    } else {
      throw node.error("\(name) has no 'encoding'")
    }
    var type: TypeReference?
    if let schema = node["schema"] {
      type = try types.use(schema, nsid: nsid, placement: .topLevel(name, in: nsid)).type
    }
    let documentation = Documentation(description: try node.optionalString("description"))
    return (Content(mediaType: encoding, type: type), documentation)
  }

  /// Query parameters, one per property of the `params` object.
  ///
  /// The object itself is not declared: the client method and request builder take the parameters as
  /// labelled arguments, so a `Parameters` struct would be a second spelling nothing uses. A parameter's
  /// inline type (a `knownValues` string) is named in the operation's namespace instead
  /// (`<nsid>.sort` → `ComExample.GetItems.Sort`).
  private func parameters(_ node: LocatedNode, nsid: String) throws(DiagnosticError) -> [Parameter] {
    let object = try types.objectType(
      node, id: types.inlineID(node, nsid: nsid), nsid: nsid, typeTag: nil,
      fieldPlacement: { .topLevel($0, in: nsid) })
    return object.fields.map { field in
      // Arrays travel as repeated keys (`?tag=a&tag=b`): form style, exploded.
      Parameter(
        name: field.jsonName, location: .query, type: field.type, isRequired: field.isRequired, style: "form",
        explode: true, constraints: field.constraints, documentation: field.documentation)
    }
  }

  private func errors(_ node: LocatedNode?) throws(DiagnosticError) -> [OperationError] {
    guard let node else { return [] }
    var result: [OperationError] = []
    for item in try node.items("an array of errors") {
      guard let name = try item.optionalString("name") else { throw item.error("error has no 'name'") }
      guard !result.contains(where: { $0.name == name }) else { continue }
      result.append(
        OperationError(name: name, documentation: Documentation(description: try item.optionalString("description"))))
    }
    return result
  }
}
