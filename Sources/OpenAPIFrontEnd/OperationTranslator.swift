import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates `paths` into operations: parameters (path-level merged with operation-level),
/// request bodies and responses, following reference objects.
struct OperationTranslator {
  let schemas: SchemaTranslator
  let document: LocatedNode
  /// The operations' names, which placement has also read.
  let records: OperationRecords
  static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

  func translateAll() throws(DiagnosticError) -> [Operation] {
    guard let paths = document["paths"] else { return [] }
    let defaultSecurity = try security(document["security"]) ?? []
    var operations: [Operation] = []
    var names: [String: LocatedNode] = [:]
    for (path, rawItem) in try paths.entries("a mapping of paths") {
      let item = try schemas.resolver.dereference(rawItem)
      let shared = try parameters(item["parameters"])
      // Document order, so the generated client reads like the spec.
      for (method, node) in try item.entries("a path item (a mapping)") where Self.methods.contains(method) {
        _ = try node.mapping("an operation (a mapping)")
        let name = try records.record(of: node, method: method, path: path).name
        if let previous = names[name] {
          throw node.error("operationId '\(name)' is also used at \(previous.node.location)")
        }
        names[name] = node
        var parameters = shared
        for parameter in try self.parameters(node["parameters"]) {
          parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
          parameters.append(parameter)
        }
        try Self.checkPathTemplate(path, parameters: parameters, operation: node)
        var docs = Documentation(
          title: try node.optionalText("summary"), description: try node.optionalText("description"),
          isDeprecated: try node.optionalBool("deprecated") ?? false)
        if docs.title == nil, docs.description == nil { docs.description = try item.optionalText("description") }
        operations.append(
          Operation(
            name: name, method: method.uppercased(), path: path, parameters: parameters,
            requestBody: try requestBody(node["requestBody"]), responses: try responses(node["responses"]),
            security: try security(node["security"]) ?? defaultSecurity,
            documentation: docs, location: node.node.location))
      }
    }
    return operations
  }

  /// Every `{name}` in the path has a path parameter, and every path parameter a `{name}`: an
  /// undeclared name would be sent literally (`/things/{id}`), and a parameter missing from the
  /// template would be asked for and never sent.
  static func checkPathTemplate(_ path: String, parameters: [Parameter], operation: LocatedNode)
    throws(DiagnosticError)
  {
    var names: [String] = []
    var rest = Substring(path)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
      guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
        throw operation.error("path '\(path)' has an unbalanced '\(rest[open])'")
      }
      let name = rest[rest.index(after: open)..<close]
      guard !name.isEmpty, !name.utf8.contains(UInt8(ascii: "{")) else {
        throw operation.error("path '\(path)' has an empty or nested '{…}'")
      }
      names.append(String(name))
      rest = rest[rest.index(after: close)...]
    }
    let declared = parameters.filter { $0.location == .path }.map(\.name)
    for name in names where !declared.contains(name) {
      throw operation.error("path '\(path)' uses '{\(name)}', but the operation declares no path parameter '\(name)'")
    }
    for name in declared where !names.contains(name) {
      throw operation.error(
        "path parameter '\(name)' does not appear in path '\(path)'; add '{\(name)}' to the path or remove the parameter"
      )
    }
  }

  private func parameters(_ list: LocatedNode?) throws(DiagnosticError) -> [Parameter] {
    guard let list else { return [] }
    var result: [Parameter] = []
    for raw in try list.items("a list of parameters") {
      let node = try schemas.resolver.dereference(raw)
      guard let name = try node.optionalText("name") else { throw node.error("parameter has no 'name'") }
      guard let placeNode = node["in"] else {
        throw node.error("parameter '\(name)' has no 'in' (one of path, query, header, cookie)")
      }
      let place = try placeNode.text()
      guard let location = Parameter.Location(rawValue: place) else {
        throw placeNode.error("parameter 'in' must be one of path, query, header, cookie; found '\(place)'")
      }
      let (use, docs) = try schemaUse(of: node)
      result.append(
        Parameter(
          name: name, location: location, type: use.type,
          isRequired: location == .path ? true : (try node.optionalBool("required") ?? false),
          style: try node.optionalText("style"), explode: try node.optionalBool("explode"),
          constraints: use.base.constraints, documentation: docs))
    }
    return result
  }

  /// The value schema of a parameter or header object (its `schema`, else the schema of its one
  /// `content` media type; a string when it has neither) and its documentation, the object's own
  /// `description` and `deprecated` taking precedence over the schema's.
  private func schemaUse(of node: LocatedNode) throws(DiagnosticError) -> (SchemaUse, Documentation) {
    var use = SchemaUse(type: .primitive(.string))
    if let schema = node["schema"] {
      use = try schemas.use(schema)
    } else if let content = node["content"], let first = try content.entries("a mapping of media types").first,
      let schema = first.value["schema"]
    {
      use = try schemas.use(schema)
    }
    var docs = use.base.documentation
    docs.description = try node.optionalText("description") ?? docs.description
    docs.isDeprecated = try node.optionalBool("deprecated") ?? docs.isDeprecated
    return (use, docs)
  }

  private func contents(_ node: LocatedNode?) throws(DiagnosticError) -> [Content] {
    guard let node else { return [] }
    var result: [Content] = []
    for (mediaType, media) in try node.entries("a mapping of media types") {
      guard let schema = media["schema"] else {
        result.append(Content(mediaType: mediaType, type: nil))
        continue
      }
      let use = try schemas.use(schema)
      var partContentTypes: [String: String] = [:]
      for (name, encoding) in try media["encoding"]?.entries("a mapping of property encodings") ?? [] {
        if let contentType = try encoding.optionalText("contentType") { partContentTypes[name] = contentType }
      }
      result.append(
        Content(
          mediaType: mediaType, type: use.type, isNullable: use.isNullable, partContentTypes: partContentTypes))
    }
    return result
  }

  private func requestBody(_ raw: LocatedNode?) throws(DiagnosticError) -> RequestBody? {
    guard let raw else { return nil }
    let node = try schemas.resolver.dereference(raw)
    return RequestBody(
      isRequired: try node.optionalBool("required") ?? false, contents: try contents(node["content"]),
      documentation: Documentation(description: try node.optionalText("description")))
  }

  private func responses(_ raw: LocatedNode?) throws(DiagnosticError) -> [Response] {
    guard let raw else { return [] }
    var result: [Response] = []
    for (key, value) in try raw.entries("a mapping of responses") {
      guard let status = Response.Status(openAPIKey: key) else {
        if key.hasPrefix("x-") { continue }
        throw value.error("'\(key)' is not a response status (a code like 200, a range like 2XX, or default)")
      }
      let node = try schemas.resolver.dereference(value)
      result.append(
        Response(
          status: status, contents: try contents(node["content"]),
          documentation: Documentation(description: try node.optionalText("description")),
          headers: try headers(node["headers"])))
    }
    return result
  }

  /// A response's `headers`: each a header object (or a reference to one) with a `schema`, or a
  /// `content` whose one media type has it. `Content-Type` is left out, as the spec says to.
  private func headers(_ raw: LocatedNode?) throws(DiagnosticError) -> [ResponseHeader] {
    guard let raw else { return [] }
    var result: [ResponseHeader] = []
    for (name, value) in try raw.entries("a mapping of header names to headers")
    where name.lowercased() != "content-type" {
      let node = try schemas.resolver.dereference(value)
      let (use, docs) = try schemaUse(of: node)
      result.append(
        ResponseHeader(
          name: name, type: use.type, isRequired: try node.optionalBool("required") ?? false, documentation: docs))
    }
    return result
  }

  /// `[{bearer: []}, {apiKey: [], other: []}]`: alternatives, each a set of schemes used together.
  private func security(_ node: LocatedNode?) throws(DiagnosticError) -> [[String]]? {
    guard let node else { return nil }
    return try node.items("a list of security requirements").map { requirement throws(DiagnosticError) in
      try requirement.entries("a security requirement").map(\.key)
    }
  }
}
