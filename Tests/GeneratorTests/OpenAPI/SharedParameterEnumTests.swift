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
    let tags = EmitterFixture.file("SharedClient+ListTags.swift", in: files)
    #expect(
      tags.snippet("  public func listTags(") == """
          public func listTags(sortOrder: SortOrder? = nil, sortBy: ListTagsSortBy? = nil) async throws {
            let request = try Self.listTagsRequest(sortOrder: sortOrder, sortBy: sortBy)
            let response = try await send(request, security: [])
            try Self.listTagsResponse(response)
          }
        """)
    let videos = EmitterFixture.file("SharedClient+ListVideos.swift", in: files)
    #expect(
      videos.snippet("  public func listVideos(") == """
          public func listVideos(sortOrder: SortOrder? = nil, sortBy: ListVideosSortBy? = nil) async throws {
            let request = try Self.listVideosRequest(sortOrder: sortOrder, sortBy: sortBy)
            let response = try await send(request, security: [])
            try Self.listVideosResponse(response)
          }
        """)
  }
}
