import SchemaIR
import SwiftEmitter
import Testing

/// XRPC queries, procedures and subscriptions become operations on `/xrpc/<nsid>`.
@Suite struct LexiconOperationTests {
  static let query = LexiconFixture.lexicon(
    "com.example.getItems",
    """
    "main": {"type": "query", "description": "Lists items.",
      "parameters": {"type": "params", "required": ["actor"], "properties": {
        "actor": {"type": "string", "format": "at-identifier"},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50},
        "sort": {"type": "string", "knownValues": ["new", "top"]},
        "tags": {"type": "array", "items": {"type": "string"}, "maxLength": 5}}},
      "output": {"encoding": "application/json", "schema": {"type": "object", "required": ["items"],
        "properties": {"items": {"type": "array", "items": {"type": "ref", "ref": "#item"}}, "cursor": {"type": "string"}}}},
      "errors": [{"name": "NotFound", "description": "No such actor."}, {"name": "Blocked"}]},
    "item": {"type": "object", "properties": {"id": {"type": "string"}}}
    """)

  @Test func queryIsAGetWithQueryParametersAndAJSONOutput() throws {
    let module = try LexiconFixture.translate([LexiconFixture.path("com.example.getItems"): Self.query]).module
    let operation = try #require(module.operation("com.example.getItems"))
    #expect(operation.method == "GET")
    #expect(operation.path == "/xrpc/com.example.getItems")
    #expect(operation.documentation.description == "Lists items.")
    #expect(operation.requestBody == nil)
    #expect(operation.parameters.map(\.name) == ["actor", "limit", "sort", "tags"])
    #expect(operation.parameters.allSatisfy { $0.location == .query && $0.style == "form" && $0.explode == true })
    let actor = try #require(operation.parameters.first)
    #expect(actor.isRequired)
    #expect(actor.type == .primitive(.lexiconString(.atIdentifier)))
    let limit = try #require(operation.parameters.first { $0.name == "limit" })
    #expect(limit.isRequired == false)
    #expect(limit.constraints.maximum == Constraints.Bound("100"))
    #expect(limit.documentation.defaultValue == .integer(50))
    let tags = try #require(operation.parameters.first { $0.name == "tags" })
    #expect(tags.type == .array(.primitive(.string)))
    #expect(tags.constraints.maxItems == 5)
    let sort = try #require(operation.parameters.first { $0.name == "sort" })
    #expect(sort.type == .named(TypeID("com.example.getItems#main/parameters/properties/sort")))
    #expect(module.enumeration("com.example.getItems#main/parameters/properties/sort")?.isOpen == true)

    let response = try #require(operation.responses.first)
    #expect(operation.responses.count == 1)
    #expect(response.status == .code(200))
    let outputID = TypeID("com.example.getItems#main/output/schema")
    #expect(response.contents == [Content(mediaType: "application/json", type: .named(outputID))])
    let output = try #require(module.object(outputID.rawValue))
    #expect(output.field("items")?.type == .array(.named(TypeID("com.example.getItems#item"))))
    #expect(operation.errors.map(\.name) == ["NotFound", "Blocked"])
    #expect(operation.errors.first?.documentation.description == "No such actor.")
  }

  /// The client reaches the method by its NSID (`client.com.example.getItems(...)`), and takes the
  /// parameters as arguments: the `params` object is not declared, its inline types go in the namespace.
  @Test func operationBodiesAndParameterTypesAreTopLevelUnderTheNSID() throws {
    let module = try LexiconFixture.translate([LexiconFixture.path("com.example.getItems"): Self.query]).module
    #expect(module.operation("com.example.getItems")?.resourcePath == ["com", "example"])
    #expect(module.operation("com.example.getItems")?.namespace == ["com", "example", "getItems"])
    #expect(module.declaration(named: "com.example.getItems#main/parameters") == nil)
    #expect(!module.declarations.contains { $0.sourceName.hasSuffix(".parameters") })
    let output = try #require(module.declaration(named: "com.example.getItems#main/output/schema"))
    #expect(output.parent == nil)
    #expect(output.namespace == ["com", "example", "getItems"])
    #expect(output.sourceName == "output")
    // With an operation as main, the file's other definitions are top-level too.
    #expect(module.declaration(named: "com.example.getItems#item")?.namespace == ["com", "example", "getItems"])
    #expect(module.declaration(named: "com.example.getItems#item")?.sourceName == "item")
    #expect(module.declaration(named: "com.example.getItems#item")?.parent == nil)
    let sort = try #require(module.declaration(named: "com.example.getItems#main/parameters/properties/sort"))
    #expect(sort.parent == nil)
    #expect(sort.namespace == ["com", "example", "getItems"])
    #expect(sort.sourceName == "sort")
  }

  /// A parameter's inline type is derived-named, so it yields its name to a definition of the same name
  /// beside it: the definition is `ComExample.List.Sort`, the parameter's type `SortValue`.
  @Test func parameterTypeYieldsToADefinitionOfItsName() throws {
    let module = try LexiconFixture.single(
      "com.example.list",
      """
      "main": {"type": "query", "parameters": {"type": "params", "properties": {
        "sort": {"type": "string", "knownValues": ["new"]}}}},
      "sort": {"type": "string", "knownValues": ["top"]}
      """
    ).module
    let definition = try #require(module.declaration(named: "com.example.list#sort"))
    #expect(definition.namespace == ["com", "example", "list"])
    #expect(definition.sourceName == "sort" && definition.naming == .given)
    let parameter = try #require(module.declaration(named: "com.example.list#main/parameters/properties/sort"))
    #expect(parameter.namespace == ["com", "example", "list"])
    #expect(parameter.sourceName == "sort" && parameter.naming == .derived)
    let names = Dictionary(
      uniqueKeysWithValues: SwiftEmitter(options: EmitterOptions(moduleName: "M")).typeIndex(module).map {
        ($0.id, $0.swiftName)
      })
    #expect(names[definition.id] == "M.ComExample.List.Sort")
    #expect(names[parameter.id] == "M.ComExample.List.SortValue")
  }

  @Test func procedureIsAPostWithItsInputEncoding() throws {
    let module = try LexiconFixture.single(
      "com.example.setThing",
      """
      "main": {"type": "procedure",
        "input": {"encoding": "application/json", "description": "The new thing.",
          "schema": {"type": "ref", "ref": "com.example.setThing#thing"}},
        "output": {"encoding": "application/json", "schema": {"type": "union", "refs": ["#thing"]}}},
      "thing": {"type": "object", "properties": {}}
      """
    ).module
    let operation = try #require(module.operation("com.example.setThing"))
    #expect(operation.method == "POST")
    let body = try #require(operation.requestBody)
    #expect(body.isRequired)
    #expect(body.documentation.description == "The new thing.")
    #expect(
      body.contents == [Content(mediaType: "application/json", type: .named(TypeID("com.example.setThing#thing")))])
    let outputID = TypeID("com.example.setThing#main/output/schema")
    #expect(operation.responses.first?.contents.first?.type == .named(outputID))
    #expect(module.union(outputID.rawValue)?.variants.map(\.tags) == [["com.example.setThing#thing"]])
  }

  @Test func rawBodiesKeepTheirMediaTypeAndHaveNoSchemaType() throws {
    let module = try LexiconFixture.single(
      "com.example.upload",
      """
      "main": {"type": "procedure", "input": {"encoding": "video/mp4"}, "output": {"encoding": "*/*"}}
      """
    ).module
    let operation = try #require(module.operation("com.example.upload"))
    #expect(operation.requestBody?.contents == [Content(mediaType: "video/mp4", type: nil)])
    #expect(operation.responses == [Response(status: .code(200), contents: [Content(mediaType: "*/*", type: nil)])])
    #expect(operation.errors.isEmpty)
  }

  @Test func procedureWithoutOutputHasAnEmpty200Response() throws {
    let module = try LexiconFixture.single(
      "com.example.ping",
      #""main": {"type": "procedure", "parameters": {"type": "params", "properties": {"n": {"type": "integer"}}}}"#
    ).module
    let operation = try #require(module.operation("com.example.ping"))
    #expect(operation.requestBody == nil)
    #expect(operation.responses == [Response(status: .code(200), contents: [])])
    #expect(operation.parameters.map(\.name) == ["n"])
  }

  @Test func subscriptionIsAWebSocketUpgradeCarryingItsMessageUnion() throws {
    let module = try LexiconFixture.single(
      "com.example.subscribeSegments",
      """
      "main": {"type": "subscription",
        "parameters": {"type": "params", "required": ["streamer"], "properties": {"streamer": {"type": "string"}}},
        "message": {"schema": {"type": "union", "refs": ["#segment"]}},
        "errors": [{"name": "FutureCursor"}]},
      "segment": {"type": "bytes", "description": "A media segment."}
      """
    ).module
    let operation = try #require(module.operation("com.example.subscribeSegments"))
    #expect(operation.method == "GET")
    #expect(operation.path == "/xrpc/com.example.subscribeSegments")
    #expect(operation.parameters.map(\.name) == ["streamer"])
    let messageID = TypeID("com.example.subscribeSegments#main/message/schema")
    #expect(
      operation.responses == [
        Response(
          status: .code(101), contents: [Content(mediaType: "application/vnd.ipld.dag-cbor", type: .named(messageID))])
      ])
    #expect(module.declaration(messageID)?.namespace == ["com", "example", "subscribeSegments"])
    #expect(module.declaration(messageID)?.sourceName == "message")
    #expect(module.union(messageID.rawValue)?.variants.map(\.tags) == [["com.example.subscribeSegments#segment"]])
    #expect(module.alias("com.example.subscribeSegments#segment") == .primitive(.atBytes))
    #expect(operation.errors.map(\.name) == ["FutureCursor"])
  }

  @Test func operationsAreSortedByNSID() throws {
    let module = try LexiconFixture.translate([
      "b.json": LexiconFixture.lexicon("com.example.b", #""main": {"type": "query"}"#),
      "a.json": LexiconFixture.lexicon("com.example.a", #""main": {"type": "procedure"}"#),
    ]).module
    #expect(module.operations.map(\.name) == ["com.example.a", "com.example.b"])
  }

  /// Queries, procedures, subscriptions, records and permission sets are primary: `main` only.
  @Test func operationOutsideMainIsAnError() throws {
    let error = try #require(
      LexiconFixture.error([
        "com/example/odd.json": LexiconFixture.lexicon(
          "com.example.odd", #""extra": {"type": "query"}"#)
      ]))
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.message == "a query is a primary definition and must be named 'main' (found 'extra')")
    #expect(diagnostic.path == "#/defs/extra/type")
  }
}
