import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// api.video declares `sortOrder: [asc, desc]` inline in nine operations: one `SortOrder` type, not nine.
@Suite struct SharedParameterEnumTests {
  static let spec = """
    openapi: 3.0.0
    info: {title: Shared, version: "1"}
    paths:
      /videos:
        get:
          operationId: LIST-videos
          parameters:
            - {name: sortOrder, in: query, schema: {type: string, enum: [asc, desc]}}
            - {name: sortBy, in: query, schema: {type: string, enum: [title, createdAt]}}
          responses: {"204": {description: none}}
      /tags:
        get:
          operationId: LIST-tags
          parameters:
            - {name: sortOrder, in: query, schema: {type: string, enum: [asc, desc]}}
            - {name: sortBy, in: query, schema: {type: string, enum: [value, videoCount]}}
          responses: {"204": {description: none}}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Shared")).emit(module)
  }

  @Test func identicalInlineEnumsOfOneParameterAreOneTypeNamedAfterIt() throws {
    let files = try Self.files()
    #expect(
      files.map(\.path) == [
        "ListTagsSortBy.swift", "ListVideosSortBy.swift", "SharedClient+ListTags.swift",
        "SharedClient+ListVideos.swift", "SharedClient.swift", "SortOrder.swift",
      ])
    #expect(EmitterFixture.file("SharedClient+ListTags.swift", in: files).contains("sortOrder: SortOrder? = nil"))
    #expect(EmitterFixture.file("SharedClient+ListVideos.swift", in: files).contains("sortOrder: SortOrder? = nil"))
  }
}
