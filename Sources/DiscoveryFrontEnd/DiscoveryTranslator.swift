import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics
import WorkerThreads

/// Turns a Google API Discovery document (`discoveryVersion: v1`, `kind: discovery#restDescription`)
/// into the schema IR the OpenAPI front end produces.
///
/// - `schemas` become declarations (`$ref` names a schema id); see `DiscoverySchemaTranslator`.
/// - `resources` and `methods` become operations grouped by resource; see `DiscoveryMethodTranslator`.
/// - `rootUrl` is the server URL; method paths start with `servicePath` (media upload paths do not).
/// - The global `parameters` (`fields`, `prettyPrint`, `quotaUser`, `key`, ...) become one declaration,
///   `StandardParameters`, sent as query items by every method.
/// - `auth.oauth2.scopes` is an OAuth 2 scheme (a bearer token); the `key` query item an API-key scheme.
public enum DiscoveryTranslator {
  /// The scheme names operations list in `security`.
  static let oauthScheme = "oauth2"
  static let apiKeyScheme = "apiKey"

  /// Whether `document` is a Discovery document: it has a top-level `discoveryVersion`.
  public static func isDiscoveryDocument(_ document: Node) -> Bool {
    document["discoveryVersion"] != nil
  }

  /// Translates the Discovery document at `path` (relative to the loader's root).
  public static func translate(path: String, loader: DocumentLoader) throws(DiagnosticError) -> TranslationResult {
    let document = LocatedNode(node: try loader.load(path), location: NodeLocation(file: path))
    _ = try document.mapping("a Discovery document (a mapping)")
    guard let versionNode = document["discoveryVersion"] else {
      throw document.error("missing 'discoveryVersion': this is not a Discovery document")
    }
    let version = try versionNode.string("a version string")
    guard version == "v1" else {
      throw versionNode.error("unsupported discoveryVersion '\(version)'; expected v1")
    }
    let schemaNodes = document["schemas"]
    let schemaIDs = try DiscoverySchemaTranslator.schemaIDs(of: schemaNodes)
    // The global parameters come first: every method takes them. Errors are reported in the order one
    // pass over the document met them: schemas, global parameters, methods.
    let globals = Result { () throws(DiagnosticError) in try standardParameters(document, schemaIDs: schemaIDs) }
    var module = SchemaModule()
    module.securitySchemes = try securitySchemes(document)
    let security = module.securitySchemes.map { [$0.name] }
    // The methods, with the inline types they declare, translate on a worker while the schemas translate
    // here; each side collects its own declarations, joined in the order a sequential pass gives them.
    let methods = PendingResult { () throws(DiagnosticError) in
      let schemas = DiscoverySchemaTranslator(schemaIDs: schemaIDs)
      var methods = DiscoveryMethodTranslator(
        schemas: schemas, standardParameters: try globals.get()?.parameter, security: security)
      // With only the older `baseUrl` (which includes the service path), paths are relative to it.
      methods.servicePath = document["rootUrl"] == nil ? "" : try document.optionalString("servicePath") ?? ""
      return MethodsTranslation(operations: try methods.translate(document), declarations: schemas.declarations)
    }
    let schemas = DiscoverySchemaTranslator(schemaIDs: schemaIDs)
    try schemas.declareAll(schemaNodes)
    let translatedMethods = try methods.value()
    module.operations = translatedMethods.operations
    module.declarations =
      schemas.declarations + (try globals.get()?.declarations ?? []) + translatedMethods.declarations
    module.title = try document.optionalString("title")
    module.version = try document.optionalString("version")
    module.documentation.description = try document.optionalString("description")
    module.servers = [try server(document)]
    return TranslationResult(module: module)
  }

  /// `rootUrl` (operation paths start with `servicePath`), or the older `baseUrl` when `rootUrl` is absent.
  private static func server(_ document: LocatedNode) throws(DiagnosticError) -> Server {
    if let root = try document.optionalString("rootUrl") {
      return Server(url: root, description: "`rootUrl`; method paths include `servicePath`")
    }
    if let base = try document.optionalString("baseUrl") { return Server(url: base, description: "`baseUrl`") }
    throw document.error("missing 'rootUrl': a Discovery document names the server its paths are relative to")
  }

  /// What the methods' translation gives: the operations, and the types declared inline in them.
  private struct MethodsTranslation: Sendable {
    var operations: [Operation]
    var declarations: [TypeDeclaration]
  }

  /// The global parameters (`parameters`), as one parameter of every method and the declarations it uses.
  private struct GlobalParameters: Sendable {
    var parameter: Parameter
    var declarations: [TypeDeclaration]
  }

  /// The document's global parameters, if it has any (see `standardParameter`).
  private static func standardParameters(_ document: LocatedNode, schemaIDs: Set<String>)
    throws(DiagnosticError) -> GlobalParameters?
  {
    guard let globals = document["parameters"] else { return nil }
    let translator = DiscoverySchemaTranslator(schemaIDs: schemaIDs)
    let parameter = try standardParameter(globals, schemas: translator)
    return GlobalParameters(parameter: parameter, declarations: translator.declarations)
  }

  /// The global parameters as one object type, exploded into query items (`fields=...&prettyPrint=false`).
  private static func standardParameter(_ globals: LocatedNode, schemas: DiscoverySchemaTranslator)
    throws(DiagnosticError) -> Parameter
  {
    let id = TypeID("#/parameters")
    let translator = DiscoveryMethodTranslator(schemas: schemas, standardParameters: nil, security: [])
    var declaration = TypeDeclaration(
      id: id, sourceName: "StandardParameters", kind: .object(ObjectType(fields: [])),
      documentation: Documentation(
        description: "The query parameters every method of this API accepts (the document's global `parameters`)."))
    schemas.appendDeclaration(declaration)
    var fields: [Field] = []
    for (name, node) in try globals.entries("a mapping of parameters") {
      let parameter = try translator.parameter(node, name: name, typeName: name, parent: id)
      guard parameter.location == .query else {
        throw node.error("global parameter '\(name)' must be a query parameter")
      }
      fields.append(
        Field(
          jsonName: name, type: parameter.type, constraints: parameter.constraints,
          documentation: parameter.documentation))
    }
    declaration.kind = .object(ObjectType(fields: fields))
    schemas.replaceDeclaration(declaration)
    return Parameter(
      name: "standardParameters", location: .query, type: .named(id), isRequired: false, style: "form", explode: true,
      documentation: Documentation(description: "Query parameters every method accepts (`fields`, `prettyPrint`, ...).")
    )
  }

  private static func securitySchemes(_ document: LocatedNode) throws(DiagnosticError) -> [SecurityScheme] {
    var schemes: [SecurityScheme] = []
    if let scopes = document["auth"]?["oauth2"]?["scopes"] {
      var lines = ["An OAuth 2 access token with the scopes the method lists:"]
      for (scope, value) in try scopes.entries("a mapping of scopes") {
        let description = try value.optionalString("description")
        lines.append("- `\(scope)`" + (description.map { ": " + $0 } ?? ""))
      }
      schemes.append(SecurityScheme(name: oauthScheme, kind: .oauth2, description: lines.joined(separator: "\n")))
    }
    schemes.append(
      SecurityScheme(
        name: apiKeyScheme, kind: .apiKey(name: "key", location: .query),
        description: "An API key, sent as the `key` query item."))
    return schemes
  }
}
