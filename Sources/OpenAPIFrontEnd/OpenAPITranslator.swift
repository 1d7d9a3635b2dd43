import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// Turns an OpenAPI 3.0 or 3.1 document into the schema IR.
///
/// Every component schema becomes a declaration (so the generated module mirrors the spec's
/// vocabulary), then every operation is translated in document order, declaring the inline
/// schemas it meets.
public enum OpenAPITranslator {
  /// Translates the document at `path` (relative to the loader's root).
  public static func translate(path: String, loader: DocumentLoader) throws(DiagnosticError) -> TranslationResult {
    let resolver = ReferenceResolver(loader: loader, rootFile: path)
    let document = try resolver.document(path)
    _ = try document.mapping("an OpenAPI document (a mapping)")
    guard let versionNode = document["openapi"] else {
      if document["swagger"] != nil {
        throw document.error("Swagger 2.0 documents are not supported; convert to OpenAPI 3 first")
      }
      throw document.error("missing 'openapi' version field: this is not an OpenAPI 3 document")
    }
    let version = try versionNode.text("a version string")
    guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
      throw versionNode.error("unsupported OpenAPI version '\(version)'; expected 3.0.x or 3.1.x")
    }

    let sink = DiagnosticSink()
    let records = OperationRecords(document: document, resolver: resolver)
    let schemas = SchemaTranslator(resolver: resolver, operations: records, sink: sink)
    if let components = document["components"]?["schemas"] {
      for (_, schema) in try components.entries("a mapping of schemas") {
        try schemas.declareComponent(schema)
      }
    }
    try schemas.declareDeferred()
    let operations = try OperationTranslator(schemas: schemas, document: document, records: records).translateAll()
    try schemas.declareDeferred()

    var module = SchemaModule()
    if let info = document["info"] {
      module.title = try info.optionalText("title")
      module.version = try info.optionalText("version")
      module.documentation.description = try info.optionalText("description")
    }
    module.declarations = schemas.orderedDeclarations
    module.operations = operations
    ParameterEnumSharing.apply(to: &module)
    module.servers = try servers(document, sink: sink)
    module.securitySchemes = try securitySchemes(document)
    return TranslationResult(module: module, warnings: sink.diagnostics)
  }

  /// The servers with an absolute URL. A variable needs its `default` (the spec requires one, and
  /// the client's default server is built from them). A relative URL names a place relative to
  /// wherever the document is served, which the generated client cannot know: it is left out with a
  /// warning, and callers pass `serverURL` themselves.
  private static func servers(_ document: LocatedNode, sink: DiagnosticSink) throws(DiagnosticError) -> [Server] {
    guard let list = document["servers"] else { return [] }
    var servers: [Server] = []
    for item in try list.items("a list of servers") {
      guard let urlNode = item["url"] else { throw item.error("server has no 'url'") }
      var server = Server(url: try urlNode.text("a URL"), description: try item.optionalText("description"))
      if let variables = item["variables"] {
        for (name, variable) in try variables.entries("a mapping of server variables") {
          guard let defaultNode = variable["default"] else {
            throw variable.error("server variable '\(name)' has no 'default' (OpenAPI requires one)")
          }
          server.variables.append(
            Server.Variable(
              name: name, defaultValue: try defaultNode.text("a string"),
              allowedValues: try variable["enum"]?.items("a sequence").map { item throws(DiagnosticError) in
                try item.text()
              }
                ?? [],
              description: try variable.optionalText("description")))
        }
      }
      var resolved = server.url
      for variable in server.variables {
        resolved = resolved.replacing("{" + variable.name + "}", with: variable.defaultValue)
      }
      guard Self.isAbsoluteURL(resolved) else {
        sink.warn(
          "server URL '\(server.url)' is relative to wherever the spec is served; it is left out, so pass "
            + "serverURL (the absolute base URL) to the client", at: urlNode)
        continue
      }
      servers.append(server)
    }
    return servers
  }

  /// `scheme://host…`: a scheme (a letter, then letters, digits, `+`, `-`, `.`) followed by `://`.
  private static func isAbsoluteURL(_ text: String) -> Bool {
    guard let range = text.firstRange(of: "://"), let first = text.first, first.isASCII, first.isLetter else {
      return false
    }
    return text[..<range.lowerBound].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
  }

  private static func securitySchemes(_ document: LocatedNode) throws(DiagnosticError) -> [SecurityScheme] {
    guard let schemes = document["components"]?["securitySchemes"] else { return [] }
    var result: [SecurityScheme] = []
    for (name, scheme) in try schemes.entries("a mapping of security schemes") {
      let type = try scheme["type"]?.text() ?? ""
      let kind: SecurityScheme.Kind
      switch type {
      case "http":
        let httpScheme = (try scheme.optionalText("scheme") ?? "").lowercased()
        kind =
          httpScheme == "basic"
          ? .basic
          : httpScheme == "bearer"
            ? .bearer(format: try scheme.optionalText("bearerFormat")) : .other("http " + httpScheme)
      case "apiKey":
        let location = Parameter.Location(rawValue: try scheme.optionalText("in") ?? "") ?? .header
        kind = .apiKey(name: try scheme.optionalText("name") ?? name, location: location)
      case "oauth2", "openIdConnect":
        kind = .oauth2
      default:
        kind = .other(type)
      }
      result.append(SecurityScheme(name: name, kind: kind, description: try scheme.optionalText("description")))
    }
    return result
  }
}
