import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Translates `resources` (nested to any depth) and their `methods` into operations.
///
/// Each method keeps its Discovery `id` as its name and the resources it sits in as its
/// `resourcePath`, so the emitter can spell it `client.liveBroadcasts.update(...)`. Parameters come
/// in `parameterOrder` first, then in document order; the document's global `parameters` travel as
/// one optional query parameter (`standardParameters`, an object exploded into query items).
struct DiscoveryMethodTranslator {
  let schemas: DiscoverySchemaTranslator
  /// The `standardParameters` parameter every method gets, when the document has global parameters.
  let standardParameters: Parameter?
  /// Authorization alternatives, each a list of scheme names (see `DiscoveryTranslator.securitySchemes`).
  let security: [[String]]
  /// `servicePath`: method paths are relative to `rootUrl` + `servicePath`, the server is `rootUrl`
  /// (so upload paths, relative to `rootUrl`, fit the same server).
  var servicePath = ""

  static let httpMethods: Set<String> = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"]

  func translate(_ document: LocatedNode) throws(DiagnosticError) -> [Operation] {
    var operations: [Operation] = []
    var seen: [String: LocatedNode] = [:]
    try collect(document, resourcePath: [], into: &operations, seen: &seen)
    return operations
  }

  /// The methods of `container` (the document or a resource), then those of its resources.
  private func collect(
    _ container: LocatedNode, resourcePath: [String], into operations: inout [Operation],
    seen: inout [String: LocatedNode]
  ) throws(DiagnosticError) {
    for (key, method) in try container["methods"]?.entries("a mapping of methods") ?? [] {
      let operation = try translate(method, key: key, resourcePath: resourcePath)
      if let previous = seen[operation.name] {
        throw method.error("method id '\(operation.name)' is also used at \(previous.node.location)")
      }
      seen[operation.name] = method
      operations.append(operation)
      operations += try DiscoveryMediaUpload.uploads(of: operation, method: method)
    }
    for (key, resource) in try container["resources"]?.entries("a mapping of resources") ?? [] {
      _ = try resource.mapping("a resource (a mapping)")
      try collect(resource, resourcePath: resourcePath + [key], into: &operations, seen: &seen)
    }
  }

  private func translate(_ method: LocatedNode, key: String, resourcePath: [String]) throws(DiagnosticError)
    -> Operation
  {
    _ = try method.mapping("a method (a mapping)")
    let id = try method.optionalString("id") ?? (resourcePath + [key]).joined(separator: ".")
    guard let httpNode = method["httpMethod"] else { throw method.error("method '\(id)' has no 'httpMethod'") }
    let httpMethod = try httpNode.string("an HTTP method").uppercased()
    guard Self.httpMethods.contains(httpMethod) else {
      throw httpNode.error("'\(httpMethod)' is not an HTTP method")
    }
    guard let pathNode = method["path"] else { throw method.error("method '\(id)' has no 'path'") }
    let pathText = try pathNode.string("a path template")
    let path = try Self.pathTemplate(pathText, servicePath: servicePath, at: pathNode)
    let reserved = Set(Self.placeholders(pathText).filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) })

    let typeName = (resourcePath + [key]).joined(separator: "-")
    var parameters = try self.parameters(method, methodName: typeName)
    for index in parameters.indices where parameters[index].location == .path {
      parameters[index].allowsReserved = reserved.contains(parameters[index].name)
    }
    for parameter in parameters where parameter.location == .path {
      guard path.contains("{" + parameter.name + "}") else {
        throw pathNode.error("path '\(path)' has no '{\(parameter.name)}' for path parameter '\(parameter.name)'")
      }
    }
    for name in Self.placeholders(path) where !parameters.contains(where: { $0.location == .path && $0.name == name }) {
      throw pathNode.error("path '\(path)' names '{\(name)}', which is not a path parameter of the method")
    }
    if let standardParameters { parameters.append(standardParameters) }

    var requestBody: RequestBody?
    if let request = method["request"] {
      let use = try schemas.use(request, name: typeName + "-request", parent: nil)
      requestBody = RequestBody(isRequired: true, contents: [Content(mediaType: "application/json", type: use.type)])
    }
    var contents: [Content] = []
    if let response = method["response"] {
      contents = [
        Content(
          mediaType: "application/json", type: try schemas.use(response, name: typeName + "-response", parent: nil).type
        )
      ]
    } else if try method.optionalBool("supportsMediaDownload") == true {
      contents = [Content(mediaType: "application/octet-stream", type: nil)]
    }
    return Operation(
      name: id, method: httpMethod, path: path, parameters: parameters, requestBody: requestBody,
      responses: [Response(status: .range(2), contents: contents)], security: security,
      documentation: try documentation(method, id: id), location: method.node.location, resourcePath: resourcePath)
  }

  /// `path` is relative to `rootUrl` + `servicePath` (a path starting with `/` to `rootUrl` alone);
  /// `{+name}` (reserved expansion) becomes `{name}`, its parameter `allowsReserved`.
  static func pathTemplate(_ path: String, servicePath: String, at node: LocatedNode) throws(DiagnosticError)
    -> String
  {
    var text = path.hasPrefix("/") ? path : "/" + servicePath + path
    text = text.split(separator: "{+", omittingEmptySubsequences: false).joined(separator: "{")
    guard !Self.hasUnsupportedOperator(text) else {
      throw node.error("path template '\(path)' uses an RFC 6570 operator this generator does not support")
    }
    return text
  }

  /// Whether `text` has an RFC 6570 expression with the `/`, `?` or `#` operator (`{/a}`, `{?a}`, `{#a}`).
  /// Byte-wise: Foundation's `String.contains(String)` took as long as translating the method.
  static func hasUnsupportedOperator(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if previous == UInt8(ascii: "{"),
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
      {
        return true
      }
      previous = byte
    }
    return false
  }

  /// The names between braces in a path template: `/a/{b}/c/{d}` → `b`, `d`.
  static func placeholders(_ path: String) -> [String] {
    path.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { piece in
      piece.firstIndex(of: "}").map { String(piece[..<$0]) }
    }
  }

  private func parameters(_ method: LocatedNode, methodName: String) throws(DiagnosticError) -> [Parameter] {
    let order = try method.strings(at: "parameterOrder")
    var entries = try method["parameters"]?.entries("a mapping of parameters") ?? []
    for name in order where !entries.contains(where: { $0.key == name }) {
      throw (method["parameterOrder"] ?? method).error("'parameterOrder' names '\(name)', which is not a parameter")
    }
    // `parameterOrder` first, the rest in document order (a stable sort on the pair).
    entries = entries.enumerated().sorted { lhs, rhs in
      let left = order.firstIndex(of: lhs.element.key) ?? Int.max
      let right = order.firstIndex(of: rhs.element.key) ?? Int.max
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    return try entries.map { entry throws(DiagnosticError) in
      try parameter(entry.value, name: entry.key, typeName: methodName + "-" + entry.key)
    }
  }

  /// One parameter; `typeName` names the enum it declares (nested in `parent`), if it has an `enum`.
  func parameter(_ node: LocatedNode, name: String, typeName: String, parent: TypeID? = nil) throws(DiagnosticError)
    -> Parameter
  {
    let locationText = try node.optionalString("location") ?? "query"
    guard locationText == "query" || locationText == "path" else {
      throw (node["location"] ?? node).error("parameter 'location' must be 'path' or 'query'; found '\(locationText)'")
    }
    let location: Parameter.Location = locationText == "path" ? .path : .query
    let use = try schemas.use(node, name: typeName, parent: parent)
    let isRepeated = try node.optionalBool("repeated") ?? false
    if isRepeated, location == .path {
      throw node.error("path parameter '\(name)' cannot be 'repeated'")
    }
    let isRequired = try node.optionalBool("required") ?? false
    return Parameter(
      name: name, location: location, type: isRepeated ? .array(use.type) : use.type,
      isRequired: location == .path || isRequired,
      constraints: use.constraints, documentation: use.documentation)
  }

  private func documentation(_ method: LocatedNode, id: String) throws(DiagnosticError) -> Documentation {
    var paragraphs: [String] = []
    if let description = try method.optionalString("description") { paragraphs.append(description) }
    paragraphs.append("Discovery method `\(id)`.")
    let scopes = try method.strings(at: "scopes")
    if !scopes.isEmpty {
      paragraphs.append("OAuth 2 scopes (any one): " + scopes.map { "`\($0)`" }.joined(separator: ", ") + ".")
    }
    if let upload = method["mediaUpload"] {
      paragraphs.append(try Self.mediaUploadNote(upload))
    }
    if try method.optionalBool("supportsMediaDownload") == true {
      paragraphs.append("Supports media download: pass `alt: .media` in `standardParameters` to get the bytes.")
    }
    return Documentation(
      description: paragraphs.joined(separator: "\n\n"), isDeprecated: try method.optionalBool("deprecated") ?? false)
  }

  /// `mediaUpload`: accepted types, size limit and upload paths, as documentation. The generated
  /// method sends the metadata request; uploading the media itself goes to the paths listed.
  static func mediaUploadNote(_ upload: LocatedNode) throws(DiagnosticError) -> String {
    var text = "Media upload"
    let accept = try upload.strings(at: "accept")
    if !accept.isEmpty { text += " of " + accept.map { "`\($0)`" }.joined(separator: ", ") }
    if let maxSize = try upload.optionalString("maxSize") { text += ", at most \(maxSize) bytes" }
    var protocols: [String] = []
    for (name, value) in try upload["protocols"]?.entries("a mapping of upload protocols") ?? [] {
      if let path = try value.optionalString("path") { protocols.append("\(name) `\(path)`") }
    }
    if !protocols.isEmpty { text += "; protocols: " + protocols.joined(separator: ", ") }
    return text + "."

  }
}
