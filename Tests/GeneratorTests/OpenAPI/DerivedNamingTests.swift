import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// A component schema's name is given by the spec; an inline schema's is derived from where it sits, and
/// yields when both land in one scope.
@Suite struct DerivedNamingTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: T, version: "1"}
    paths:
      /things:
        post:
          operationId: createThing
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: object, properties: {b: {type: string}}}
    components:
      schemas:
        createThing-response: {type: object, properties: {d: {type: integer}}}
        pair:
          oneOf:
            - {type: object, properties: {x: {type: string}}}
            - {type: object, properties: {y: {type: string}}}
    """

  @Test func inlineSchemasAreDerivedAndYieldToComponents() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let component = try #require(module.declaration(named: "#/components/schemas/createThing-response"))
    let response = try #require(
      module.declaration(named: "#/paths/~1things/post/responses/200/content/application~1json/schema"))
    #expect(component.naming == .given)
    #expect(response.naming == .derived && response.sourceName == component.sourceName)
    let names = Dictionary(
      uniqueKeysWithValues: SwiftEmitter(options: EmitterOptions(moduleName: "M")).typeIndex(module).map {
        ($0.id.rawValue, $0.swiftName)
      })
    #expect(
      names == [
        "#/components/schemas/createThing-response": "M.CreateThingResponse",
        "#/paths/~1things/post/responses/200/content/application~1json/schema": "M.CreateThingResponseObject",
        "#/components/schemas/pair": "M.Pair",
        // Two derived names that meet only each other are numbered.
        "#/components/schemas/pair/oneOf/0": "M.Pair.Object",
        "#/components/schemas/pair/oneOf/1": "M.Pair.Object2",
      ])
  }
}
