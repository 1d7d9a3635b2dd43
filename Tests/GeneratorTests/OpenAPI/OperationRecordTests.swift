import OpenAPIFrontEnd
import SchemaIR
import Testing

/// Placement names an operation's inline schemas from the same record the translator names the
/// operation from, and by the same success rule the emitter plans responses by.
@Suite struct OperationRecordTests {
  private static let spec = """
    openapi: 3.1.0
    info: {title: Test, version: "1"}
    paths:
      /a:
        get:
          operationId: 123
          responses:
            '200':
              description: OK
              content: {application/json: {schema: {type: object, properties: {x: {type: string}}}}}
      /b:
        get:
          responses:
            default:
              description: Every answer
              content: {application/json: {schema: {type: object, properties: {y: {type: string}}}}}
      /c:
        get:
          responses:
            '200':
              description: OK
              content: {application/json: {schema: {type: object, properties: {z: {type: string}}}}}
            default:
              description: Errors
              content: {application/json: {schema: {type: object, properties: {w: {type: string}}}}}
    """

  /// The inline declarations' names, by the pointer of the schema.
  private func names() throws -> [String: String] {
    let module = try TranslationFixture.translate(Self.spec).module
    var names: [String: String] = [:]
    for declaration in module.declarations { names[declaration.id.rawValue] = declaration.sourceName }
    return names
  }

  /// An unquoted `operationId: 123` is the text `123` for the operation and for its schemas alike
  /// (placement read it strictly, as no name, and fell back to `get-a`).
  @Test func oneNameForTheOperationAndItsSchemas() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    #expect(module.operations.map(\.name) == ["123", "get-b", "get-c"])
    #expect(try names()["#/paths/~1a/get/responses/200/content/application~1json/schema"] == "123-response")
  }

  /// A lone `default` is the success response (the emitter decodes it as the output), so its schema
  /// is "the" response; beside a `200` it is an error and keeps its status.
  @Test func responsesAreNamedByTheSuccessRuleTheEmitterUses() throws {
    let names = try names()
    #expect(names["#/paths/~1b/get/responses/default/content/application~1json/schema"] == "get-b-response")
    #expect(names["#/paths/~1c/get/responses/200/content/application~1json/schema"] == "get-c-response")
    #expect(names["#/paths/~1c/get/responses/default/content/application~1json/schema"] == "get-c-response-default")
  }

  @Test func successStatusesFollowTheIRRule() {
    #expect(
      Operation.successStatuses(among: [.default, .code(404), .code(201), .range(2)]) == [.code(201), .range(2)])
    #expect(Operation.successStatuses(among: [.default]) == [.default])
    #expect(Operation.successStatuses(among: [.default, .code(404)]) == [])
    #expect(Operation.successStatuses(among: [.default], kind: .subscription) == [])
    let operation = Operation(
      name: "x", method: "GET", path: "/x",
      responses: [Response(status: .code(204), contents: []), Response(status: .code(200), contents: [])])
    #expect(operation.successResponses.map(\.status) == [.code(200), .code(204)])
  }
}
