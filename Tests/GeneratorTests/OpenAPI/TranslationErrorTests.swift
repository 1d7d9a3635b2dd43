import Foundation
import OpenAPIFrontEnd
import SpecgenDiagnostics
import Testing

@Suite struct TranslationErrorTests {
  /// The seed's YAML as its docs renderer left it (seed 000_2c401ad05d4c264d, kept as a bad-input
  /// corpus case): opaque ids where schemas belong.
  @Test func theSeedAsWrittenFailsAtTheFirstPlaceholder() throws {
    let seed = TranslationFixture.packageRoot.appendingPathComponent(
      "Tests/GeneratorTests/BadInput/Corpus/seed-wrong-node-kinds/openapi.yaml")
    let yaml = try String(contentsOf: seed, encoding: .utf8)
    let error = try #require(TranslationFixture.error(yaml))
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.message == "expected a schema (mapping), found a string")
    #expect(diagnostic.path == "#/components/schemas/stream-patch-payload/properties/record")
    let recordLine = yaml.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("record: 04d1ba22") }.map { $0 + 1 }
    #expect(diagnostic.location?.line == recordLine)
    #expect(diagnostic.location?.column == 17)
    #expect(
      diagnostic.description.hasSuffix(
        "/openapi.yaml:\(recordLine ?? 0):17: error: expected a schema (mapping), found a string"
          + " (at #/components/schemas/stream-patch-payload/properties/record)"))
  }

  @Test func unknownTypeIsNamed() throws {
    let error = try #require(
      TranslationFixture.error(
        TranslationFixture.schemas(
          """
              thing: {type: strng}
          """)))
    #expect(error.diagnostics.first?.message.hasPrefix("unknown type 'strng'") == true)
    #expect(error.diagnostics.first?.path == "#/components/schemas/thing/type")
    #expect(error.diagnostics.first?.location?.line == 5)
  }

  @Test func unresolvedReference() throws {
    let error = try #require(
      TranslationFixture.error(
        TranslationFixture.schemas(
          """
              thing: {type: object, properties: {a: {$ref: '#/components/schemas/missing'}}}
          """)))
    #expect(error.diagnostics.first?.message.contains("unresolved reference '#/components/schemas/missing'") == true)
    #expect(error.diagnostics.first?.path == "#/components/schemas/thing/properties/a/$ref")
  }

  @Test func referenceCyclesWithoutAnObjectAreRefused() throws {
    let error = try #require(
      TranslationFixture.error(
        TranslationFixture.schemas(
          """
              a: {$ref: '#/components/schemas/b'}
              b: {$ref: '#/components/schemas/a'}
          """)))
    #expect(error.diagnostics.first?.message.contains("reference cycle") == true)
  }

  @Test func remoteReferencesAreRefusedWithoutFetching() throws {
    let error = try #require(
      TranslationFixture.error(
        TranslationFixture.schemas(
          """
              a: {$ref: 'https://example.com/schemas.yaml#/a'}
          """)))
    #expect(error.diagnostics.first?.message.contains("remote reference") == true)
  }

  @Test func missingVersionAndSwagger() throws {
    #expect(TranslationFixture.error("swagger: '2.0'\n")?.diagnostics.first?.message.contains("Swagger 2.0") == true)
    #expect(TranslationFixture.error("info: {}\n")?.diagnostics.first?.message.contains("missing 'openapi'") == true)
  }
}
