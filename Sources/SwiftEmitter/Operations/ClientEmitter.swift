import SchemaIR
import WorkerThreads

/// Writes the client type (`LivepeerClient`): server URL, transport, credentials for the security
/// schemes, and the `send` step every operation method goes through; plus one file per operation.
struct ClientEmitter {
  let module: SchemaModule
  let symbols: SymbolTable
  let options: EmitterOptions

  /// Members of the client that operation names must not take.
  static let reservedMembers = [
    "serverURL", "transport", "credentials", "send", "sendStreaming", "authorization", "init", "webSocketTransport",
  ]

  var access: String { options.accessLevel.prefix }

  /// The client's name: `<Module>Client`, or `<Module>APIClient` if a model already has that name.
  var clientName: String {
    let taken = Set(symbols.topLevelDeclarations.map { symbols.declaredName($0) })
      .union(symbols.topLevelDeclarations.map { symbols.publicName($0) })
    var allocator = NameAllocator(reserving: taken.union([options.moduleName]), ignoresCase: true)
    return allocator.allocate(SwiftNamer.typeName(options.moduleName) + "Client")
  }

  /// The client's files.
  func emit() -> [EmittedFile] { prepare().render() }

  /// What planning decided: the files that are written as the client is planned, and each operation's
  /// plan and file. Planning decides names, so it runs in order; rendering the planned methods is
  /// independent, so `render` spreads it over every core.
  struct Prepared: Sendable {
    var files: [EmittedFile] = []
    var plans: [OperationPlan] = []
    var paths: [String] = []
    var clientName = ""
    var access = ""

    /// Every file of the client: the planned ones and one per operation.
    func render() -> [EmittedFile] {
      files
        + WorkerPool.shared.map(plans.count) { index in
          let emitter = OperationEmitter(plan: plans[index], clientName: clientName, access: access)
          return EmittedFile(path: paths[index], contents: emitter.imports.header + emitter.emit())
        }
    }
  }

  /// Plans every operation (see `Prepared`).
  func prepare() -> Prepared {
    guard !module.operations.isEmpty else { return Prepared() }
    let name = clientName
    var members = NameAllocator(reserving: Self.reservedMembers)
    let takenTypes = Set(symbols.topLevelDeclarations.map { symbols.declaredName($0) })
      .union(["Credentials", "Servers", name])
    // Resource types nest in the client, so inside them one would shadow a type of the same name that
    // method bodies and signatures name unqualified: the module's file-scope types and root namespaces
    // (`PlaceStream`), the runtime's and Swift's, and the client's own.
    let resourceTakenTypes = symbols.fileScopeTypeNames.union(SwiftIdentifier.reservedTypeNames)
      .union(ATProtoTypes.runtimeTypeNames).union(["Credentials", "Servers", name])
    let resources = ResourceTree(
      operations: module.operations, rootMembers: &members, takenTypes: resourceTakenTypes)
    let resourceTypes = resources.roots.compactMap { resources.resources[$0]?.typePath.first }
    var planner = OperationPlanner(
      symbols: symbols, memberScope: members, resources: resources,
      // A type nested in the client must not shadow a model it uses (`CreateSkillBody` the schema and
      // the body enum of `createSkill`): the module's top-level names are taken.
      reservedTypes: resourceTypes + takenTypes.sorted())
    planner.countHeaderSets(module.operations)
    planner.countErrorSets(module.operations)
    var files: [EmittedFile] = [EmittedFile(path: name + ".swift", contents: clientFile(name))]
    var fileNames = NameAllocator(reserving: [name], ignoresCase: true)
    if !resources.isEmpty {
      // XRPC methods are grouped by their NSIDs' namespaces, Discovery methods by resource.
      let isXRPC = module.operations.allSatisfy { $0.resourcePath.isEmpty || $0.isXRPC }
      let file = ResourceEmitter(
        tree: resources, clientName: name, access: access, kind: isXRPC ? .namespace : .resource
      ).emit()
      // The resource types name only the client and each other: the file imports nothing.
      files.append(EmittedFile(path: fileNames.allocate(name + "+Resources") + ".swift", contents: file))
    }
    let plans = module.operations.map { planner.plan($0) }
    let paths = plans.map { plan in
      fileNames.allocate(
        plan.resourceTypePath.map { name + "." + $0 + "+" + SwiftNamer.typeName(plan.methodName) }
          ?? name + "+" + SwiftNamer.typeName(plan.methodName)) + ".swift"
    }
    let access = self.access
    for plan in plans {
      guard let shared = plan.sharedError, shared.declaresType else { continue }
      var writer = SwiftCodeWriter()
      writer.block("extension " + name) { writer in
        ErrorEnumEmitter(plan: plan, name: shared.typeName, access: access, shared: shared).emit(into: &writer)
      }
      let path = fileNames.allocate(name + "+" + shared.typeName) + ".swift"
      let imports = shared.cases.compactMap(\.type).reduce(SwiftType.Imports.runtime) { $0.union($1.imports) }
      files.append(EmittedFile(path: path, contents: imports.header + writer.text))
    }
    return Prepared(files: files, plans: plans, paths: paths, clientName: name, access: access)
  }

  /// The client's file re-exports the runtime: its types (`Transport`, `JSONValue`, `APIError`…) are part
  /// of the SDK's API, so `import <Module>` is the one import a user writes.
  static let clientImports = "import Foundation\n@_exported import SpecgenRuntime\n\n"

  private var schemes: [(scheme: SecurityScheme, member: String)] {
    var names = NameAllocator(reserving: ["init"])
    return module.securitySchemes.compactMap { scheme in
      if case .other = scheme.kind { return nil }
      return (scheme, names.allocate(SwiftNamer.memberName(scheme.name)))
    }
  }

  private func clientFile(_ name: String) -> String {
    // The servers' member and enum names, decided once for the initializer and `Servers`.
    let servers = ServerPlan.plans(module.servers)
    var writer = SwiftCodeWriter()
    var documentation = module.title.map { "A client for \($0)." } ?? "A client for this API."
    documentation += "\n\nEach operation is an `async throws` method; requests go through `transport` to `serverURL`,"
    documentation += " authorized with whichever `credentials` the operation accepts."
    writer.documentation(documentation)
    writer.block("\(access)struct \(name): Sendable") { writer in
      writer.documentation("The base URL operation paths are appended to.")
      writer.line("\(access)var serverURL: URL")
      writer.documentation("Sends requests (`URLSessionTransport` by default).")
      writer.line("\(access)var transport: any Transport")
      writer.documentation("Credentials for the API's security schemes.")
      writer.line("\(access)var credentials: Credentials")
      emitWebSocketTransportProperty(&writer)
      writer.blankLine()
      writer.documentation("A client for the server at `serverURL`.")
      let transport = "transport: any Transport = URLSessionTransport()"
      let credentials = "credentials: Credentials = Credentials()"
      writer.declaration("\(access)init", ["serverURL: URL", transport, credentials] + webSocketParameters, "") {
        writer in
        writer.line("self.serverURL = serverURL")
        writer.line("self.transport = transport")
        writer.line("self.credentials = credentials")
        emitWebSocketTransportAssignment(&writer)
      }
      if let first = servers.first {
        writer.blankLine()
        if first.isConstant {
          writer.documentation("A client for the spec's first server, `\(first.server.url)`.")
          writer.declaration("\(access)init", [transport, credentials] + webSocketParameters, "") { writer in
            writer.line(
              "self.init(serverURL: Servers.\(first.name), transport: transport, credentials: credentials"
                + webSocketArgument + ")")
          }
        } else {
          writer.documentation("A client for the spec's first server, with its default variables.")
          writer.declaration("\(access)init", [transport, credentials] + webSocketParameters, " throws") { writer in
            writer.line(
              "self.init(serverURL: try Servers.\(first.name)(), transport: transport, credentials: credentials"
                + webSocketArgument + ")")
          }
        }
      }
      writer.blankLine()
      emitCredentials(&writer)
      if !servers.isEmpty {
        writer.blankLine()
        emitServers(servers, &writer)
      }
      writer.blankLine()
      emitSend(&writer)
    }
    return Self.clientImports + writer.text
  }

  private func emitCredentials(_ writer: inout SwiftCodeWriter) {
    writer.documentation("One optional credential per security scheme; operations use the ones they accept.")
    writer.block("\(access)struct Credentials: Sendable") { writer in
      for (scheme, member) in schemes {
        var text = scheme.description.map { $0 + "\n\n" } ?? ""
        text += "Scheme `\(scheme.name)`: " + Self.describe(scheme.kind)
        writer.documentation(text)
        writer.line("\(access)var \(SwiftIdentifier.escaped(member)): \(Self.credentialType(scheme.kind))?")
      }
      writer.blankLine()
      let parameters = schemes.map {
        SwiftIdentifier.escaped($0.member) + ": \(Self.credentialType($0.scheme.kind))? = nil"
      }
      writer.documentation("Credentials for the schemes given; the others stay unset.")
      writer.declaration("\(access)init", parameters, "") { writer in
        for (_, member) in schemes {
          writer.line("self.\(member) = \(SwiftIdentifier.escaped(member))")
        }
      }
    }
  }

  private static func credentialType(_ kind: SecurityScheme.Kind) -> SwiftType {
    if case .basic = kind { return .runtime("BasicCredentials") }
    return .string
  }

  private static func describe(_ kind: SecurityScheme.Kind) -> String {
    switch kind {
    case .bearer: return "a bearer token (`Authorization: Bearer <token>`)."
    case .basic: return "HTTP basic authentication."
    case .apiKey(let name, let location): return "an API key in the \(location.rawValue) `\(name)`."
    case .oauth2: return "an OAuth 2 / OpenID Connect access token, sent as a bearer token."
    case .other(let text): return text
    }
  }

  private func emitServers(_ servers: [ServerPlan], _ writer: inout SwiftCodeWriter) {
    writer.documentation("The servers the spec lists, as base URLs.")
    writer.block("\(access)enum Servers") { writer in
      for (index, server) in servers.enumerated() {
        if index > 0 { writer.blankLine() }
        var text = server.server.description.map { $0 + "\n\n" } ?? ""
        text += "`\(server.server.url)`"
        writer.documentation(text)
        if server.isConstant {
          // The URL was parsed when the client was generated, so the unwrap cannot fail.
          writer.line(
            "\(access)static let \(server.name) = URL(string: \(DeclarationEmitter.literal(server.server.url)))!")
          continue
        }
        let parameters = server.variables.map { variable in
          let type = variable.enumName.map { "\($0) = .\(SwiftIdentifier.escaped(variable.cases[0].name))" }
          return SwiftIdentifier.escaped(variable.label) + ": "
            + (type ?? "String = " + DeclarationEmitter.literal(variable.variable.defaultValue))
        }
        writer.declaration("\(access)static func \(server.name)", parameters, " throws -> URL") { writer in
          let pairs = server.variables.map {
            DeclarationEmitter.literal($0.variable.name) + ": " + SwiftIdentifier.escaped($0.label)
              + ($0.enumName == nil ? "" : ".rawValue")
          }
          let dictionary = pairs.isEmpty ? "[:]" : "[" + pairs.joined(separator: ", ") + "]"
          writer.call(
            "try ServerURL.resolve", [DeclarationEmitter.literal(server.server.url), "variables: " + dictionary])
        }
        for variable in server.variables {
          guard let enumName = variable.enumName else { continue }
          writer.blankLine()
          var text = variable.variable.description.map { $0 + "\n\n" } ?? ""
          text += "The values the spec lists for `{\(variable.variable.name)}`; the first is its default."
          writer.documentation(text)
          writer.block("\(access)enum \(enumName): String, Sendable, Hashable, CaseIterable") { writer in
            for value in variable.cases {
              let literal = DeclarationEmitter.literal(value.rawValue)
              let escaped = SwiftIdentifier.escaped(value.name)
              writer.line(value.name == value.rawValue ? "case \(escaped)" : "case \(escaped) = \(literal)")
            }
          }
        }
      }
    }
  }

  private func emitSend(_ writer: inout SwiftCodeWriter) {
    writer.documentation(
      "Authorizes `request` with the first security alternative all of whose credentials are set, then sends it.")
    writer.block(
      "func send(_ request: APIRequest, security alternatives: [[String]]) async throws -> APIResponse"
    ) { writer in
      writer.line("var request = request")
      writer.line("try request.authorize(alternatives, credential: authorization)")
      writer.line("return try await transport.send(request, to: serverURL)")
    }
    if module.operations.contains(where: OperationPlanner.isStreamed) {
      writer.blankLine()
      writer.documentation(
        "Authorizes `request` like `send`, then returns once the answer's head is in, its body following"
          + " (read whole first unless `transport` is a `StreamingTransport`).")
      writer.block(
        "func sendStreaming(_ request: APIRequest, security alternatives: [[String]]) async throws -> StreamedResponse"
      ) { writer in
        writer.line("var request = request")
        writer.line("try request.authorize(alternatives, credential: authorization)")
        writer.line("return try await transport.streamIfPossible(request, to: serverURL)")
      }
    }
    writer.blankLine()
    writer.documentation("The credential for the security scheme named `scheme`, if it is set.")
    writer.block("func authorization(_ scheme: String) -> Authorization?") { writer in
      writer.switchBlock("scheme") { writer in
        for (scheme, member) in schemes {
          writer.switchCase("case \(DeclarationEmitter.literal(scheme.name))") { writer in
            writer.line("guard let value = credentials.\(member) else { return nil }")
            writer.line("return " + Self.authorization(scheme.kind))
          }
        }
        writer.switchCase("default") { $0.line("return nil") }
      }
    }
  }

  private static func authorization(_ kind: SecurityScheme.Kind) -> String {
    switch kind {
    case .bearer, .oauth2, .other: return ".bearer(value)"
    case .basic: return ".basic(username: value.username, password: value.password)"
    case .apiKey(let name, let location):
      let literal = DeclarationEmitter.literal(name)
      switch location {
      case .query: return ".apiKeyQuery(name: \(literal), value: value)"
      case .cookie: return ".apiKeyCookie(name: \(literal), value: value)"
      default: return ".apiKeyHeader(name: \(literal), value: value)"
      }
    }
  }
}
