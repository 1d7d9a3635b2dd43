import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// Inline schemas a spec repeats become one Swift type; given names and nested members stay apart.
@Suite struct IdenticalTypeMergingTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: T, version: "1"}
    paths:
      /a:
        get:
          operationId: getA
          responses:
            '400':
              description: bad
              content:
                application/json:
                  schema: {oneOf: [{$ref: '#/components/schemas/HTTPError'}, {$ref: '#/components/schemas/api-error'}]}
            '500':
              description: failed
              content:
                application/json:
                  schema: {oneOf: [{$ref: '#/components/schemas/HTTPError'}, {$ref: '#/components/schemas/api-error'}]}
      /b:
        get:
          operationId: getB
          parameters:
            - {name: since, in: query, schema: {oneOf: [{type: string}, {type: integer}]}}
            - {name: until, in: query, schema: {oneOf: [{type: string}, {type: integer}]}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      first: {oneOf: [{type: string}, {type: integer}]}
                      second: {oneOf: [{type: string}, {type: integer}]}
    components:
      schemas:
        HTTPError: {type: object, properties: {detail: {type: string}}}
        api-error: {type: object, properties: {errors: {type: array, items: {type: string}}}}
        same-one: {oneOf: [{$ref: '#/components/schemas/HTTPError'}, {$ref: '#/components/schemas/api-error'}]}
    """

  static let names: [String: String] = {
    let module = try! TranslationFixture.translate(spec).module
    let index = SwiftEmitter(options: EmitterOptions(moduleName: "M")).typeIndex(module)
    return Dictionary(uniqueKeysWithValues: index.map { ($0.id.rawValue, $0.swiftName) })
  }()

  @Test func repeatedTopLevelUnionsAreOneTypeNamedAfterItsVariants() {
    let errors = "#/paths/~1a/get/responses/"
    #expect(Self.names[errors + "400/content/application~1json/schema"] == "M.HTTPErrorOrApiError")
    #expect(Self.names[errors + "500/content/application~1json/schema"] == "M.HTTPErrorOrApiError")
    let parameters = "#/paths/~1b/get/parameters/"
    #expect(Self.names[parameters + "0/schema"] == "M.StringOrInteger")
    #expect(Self.names[parameters + "1/schema"] == "M.StringOrInteger")
  }

  @Test func givenNamesAndNestedMembersStayApart() {
    // A component is API even when it equals an inline schema; members keep the names callers use.
    #expect(Self.names["#/components/schemas/same-one"] == "M.SameOne")
    let object = "#/paths/~1b/get/responses/200/content/application~1json/schema/properties/"
    #expect(Self.names[object + "first"] == "M.GetBResponse.First")
    #expect(Self.names[object + "second"] == "M.GetBResponse.Second")
  }

  @Test func theMergedUnionKeepsEveryWordOfItsCaseNames() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "M")).emit(module)
    let union = try #require(files.first { $0.path == "HTTPErrorOrApiError.swift" }).contents
    #expect(
      union.snippet("public enum HTTPErrorOrApiError").split(separator: "\n").prefix(3).joined(separator: "\n") == """
        public enum HTTPErrorOrApiError: Codable, Hashable, Sendable {
          case httpError(HTTPError)
          case apiError(ApiError)
        """)
    #expect(!files.contains { $0.path.hasPrefix("GetAResponse") })
  }

  @Test func mergingRewritesEveryReferenceAndKeepsTheModuleValid() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let merged = IdenticalTypeMerging.merge(module)
    try ModuleCheck.checkForEmission(merged.module)
    #expect(merged.module.declarations.count == module.declarations.count - 2)
    #expect(merged.survivors.count == 2)
    let survivors = Set(merged.survivors.values)
    for operation in merged.module.operations {
      for case .named(let id) in operation.parameters.map(\.type) where id.rawValue.contains("parameters") {
        #expect(survivors.contains(id))
      }
    }
  }

  /// Two components each declaring the same inline members: the second's are aliases of the first's.
  static let repeatingSpec = """
    openapi: 3.1.0
    info: {title: T, version: "1"}
    paths: {}
    components:
      schemas:
        Cat:
          type: object
          properties:
            kind: {type: string, enum: [wild, tame], maxLength: 4}
            owner: {type: object, description: Who feeds it., properties: {name: {type: string}}}
        Dog:
          type: object
          properties:
            kind: {type: string, enum: [wild, tame], maxLength: 4}
            owner: {type: object, description: Who feeds it., properties: {name: {type: string}}}
            breed: {type: string, enum: [wild, tame], maxLength: 4}
            keeper: {type: object, description: Who walks it., properties: {name: {type: string}}}
        Kind: {type: string, enum: [wild, tame], maxLength: 4}
    """

  @Test func repeatsUnderAnotherParentOrNameAreAliasesOfTheFirst() throws {
    let module = try TranslationFixture.translate(Self.repeatingSpec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "M")).emit(module)
    let dog = try #require(files.first { $0.path == "Dog.swift" }).contents
    // Each keeps its name and documentation in its place; `Keeper`, documented otherwise, stays a type.
    #expect(
      dog.contains(
        """
          public typealias Kind = Cat.Kind

          /// Who feeds it.
          public typealias Owner = Cat.Owner

          public typealias Breed = Cat.Kind

          /// Who walks it.
          public struct Keeper: Codable, Hashable, Sendable {

        """))
    // The use sites' checks are unchanged: they are the members' own.
    #expect(
      dog.snippet("extension Dog: Validatable") == """
        extension Dog: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.check(text: kind?.rawValue, at: path.member("kind"), .maxLength(4, .characters))
            report.check(text: breed?.rawValue, at: path.member("breed"), .maxLength(4, .characters))
          }
        }
        """)
    let cat = try #require(files.first { $0.path == "Cat.swift" }).contents
    #expect(cat.contains("  public struct Kind: OpenEnumeration {") && cat.contains("  public struct Owner: Codable"))
    // A component is API: it stays a type of its own even when it repeats an inline one.
    let kind = try #require(files.first { $0.path == "Kind.swift" }).contents
    #expect(kind.contains("public struct Kind: OpenEnumeration {"))
    let merged = IdenticalTypeMerging.merge(module).module
    try ModuleCheck.checkForEmission(merged)
    #expect(merged.declarations.count == module.declarations.count)
  }
}
