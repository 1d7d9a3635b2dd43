import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SpecgenDiagnostics
import Testing

@Suite struct OperationTranslationTests {
  @Test func operationsCarryParametersBodiesResponsesAndSecurity() throws {
    let module = try TranslationFixture.translate(
      """
      openapi: 3.1.0
      info: {title: Test, version: "1"}
      servers:
        - url: https://{region}.example.com/api
          variables: {region: {default: eu, enum: [eu, us]}}
      security: [{bearer: []}]
      paths:
        /stream/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          patch:
            operationId: updateStream
            parameters:
              - {name: tags, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
            requestBody:
              required: true
              content:
                application/json:
                  schema: {type: object, properties: {name: {type: string}}}
            responses:
              '204': {description: Success}
              2XX: {description: Other success}
              default:
                description: Error
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/error'}
          get:
            security: []
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
      components:
        securitySchemes:
          bearer: {type: http, scheme: bearer, bearerFormat: JWT}
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          error: {type: object, properties: {errors: {type: array, items: {type: string}}}}
      """
    ).module
    #expect(module.operations.count == 2)
    let patch = module.operations[0]
    #expect(patch.name == "updateStream")
    #expect(patch.method == "PATCH")
    #expect(patch.path == "/stream/{id}")
    #expect(patch.parameters.map(\.name) == ["id", "tags"])
    #expect(patch.parameters[0].location == .path)
    #expect(patch.parameters[0].isRequired)
    #expect(patch.parameters[1].style == "form")
    #expect(patch.parameters[1].explode == false)
    #expect(patch.parameters[1].type == .array(.primitive(.string)))
    #expect(patch.requestBody?.isRequired == true)
    let bodyType = try #require(patch.requestBody?.contents.first?.type)
    #expect(bodyType == .named(TypeID("#/paths/~1stream~1{id}/patch/requestBody/content/application~1json/schema")))
    #expect(module.declaration(bodyType.namedID!)?.sourceName == "updateStream-request")
    #expect(patch.responses.map(\.status) == [.code(204), .range(2), .default])
    #expect(patch.responses[2].contents.first?.type == .named(TypeID("#/components/schemas/error")))
    #expect(patch.security == [["bearer"]])

    let get = module.operations[1]
    #expect(get.name == "get-stream-by-id")
    #expect(get.security == [])
    let response = try #require(get.responses.first?.contents.first?.type?.namedID)
    #expect(module.declaration(response)?.sourceName == "get-stream-by-id-response")

    #expect(module.servers.first?.variables.first?.allowedValues == ["eu", "us"])
    #expect(module.securitySchemes.map(\.kind) == [.bearer(format: "JWT"), .apiKey(name: "X-Key", location: .header)])
  }

  @Test func theSeedDerivedLivepeerSpecTranslates() throws {
    let spec = TranslationFixture.fixturesFolder.appendingPathComponent("livepeer-seed.yaml")
    let module = try TranslationFixture.translate(String(contentsOf: spec, encoding: .utf8)).module
    let payload = try #require(module.object("#/components/schemas/stream-patch-payload"))
    #expect(
      payload.fields.map(\.jsonName) == [
        "creatorId", "record", "suspended", "multistream", "playbackPolicy", "profiles", "recordingSpec", "userTags",
        "name",
      ])
    // Every field is typed: no deep reference degrades to untyped JSON.
    #expect(payload.fields.allSatisfy { $0.type != .any })
    #expect(payload.field("playbackPolicy")?.isNullable == true)
    #expect(payload.field("profiles")?.isNullable == true)
    #expect(payload.field("record")?.type == .primitive(.boolean))
    #expect(module.operations.map(\.name) == ["updateStream"])
  }

  @Test func theFullLivepeerSpecTranslatesWithEveryOperation() throws {
    let spec = TranslationFixture.packageRoot.appendingPathComponent("specs/livepeer/openapi.yaml")
    let module = try TranslationFixture.translate(String(contentsOf: spec, encoding: .utf8)).module
    #expect(module.operations.count == 64)
    let payload = try #require(module.object("#/components/schemas/stream-patch-payload"))
    #expect(payload.fields.count == 9)
    #expect(payload.fields.allSatisfy { $0.type != .any })
  }
}

extension TypeReference {
  var namedID: TypeID? {
    if case .named(let id) = self { return id }
    return nil
  }
}
