import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SpecReader
import Testing

/// `forEachReference` (read) and `mappingReferences` (rewrite) list the places that hold a type
/// twice; they must agree, place for place, or a pass that reads would miss what one that rewrites sees.
@Suite struct ReferenceMappingTests {
  @Test func readingAndRewritingVisitTheSameReferencesInTheSameOrder() throws {
    // Livepeer has unions and aliases, api.video documented response headers.
    var places: Set<String> = []
    let specs = [("livepeer", "openapi.yaml"), ("apivideo", "oas_apivideo.yaml")]
    let modules = try specs.map { folder, file in
      let root = TranslationFixture.packageRoot.appendingPathComponent("specs/" + folder).path
      return try OpenAPITranslator.translate(path: file, loader: DocumentLoader(root: root)).module
    }
    for declaration in modules.flatMap(\.declarations) {
      var read: [TypeReference] = []
      declaration.kind.forEachReference { read.append($0) }
      var rewritten: [TypeReference] = []
      _ = declaration.kind.mappingReferences {
        rewritten.append($0)
        return $0
      }
      #expect(read == rewritten, "\(declaration.id)")
      if !read.isEmpty { places.insert(Self.place(of: declaration.kind)) }
    }
    for operation in modules.flatMap(\.operations) {
      var read: [TypeReference] = []
      operation.forEachReference { read.append($0) }
      var rewritten: [TypeReference] = []
      _ = operation.mappingReferences {
        rewritten.append($0)
        return $0
      }
      #expect(read == rewritten, "\(operation.name)")
      if !operation.parameters.isEmpty { places.insert("parameter") }
      if operation.requestBody?.contents.contains(where: { $0.type != nil }) == true { places.insert("body") }
      if operation.responses.contains(where: { !$0.headers.isEmpty }) { places.insert("header") }
    }
    #expect(places == ["object", "union", "alias", "parameter", "body", "header"])
  }

  private static func place(of kind: TypeDeclaration.Kind) -> String {
    switch kind {
    case .object: "object"
    case .union: "union"
    case .alias: "alias"
    case .enumeration: "enumeration"
    }
  }
}
