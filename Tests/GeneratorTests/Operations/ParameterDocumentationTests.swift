import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// An operation method documents each argument the spec describes, in signature order.
@Suite struct ParameterDocumentationTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Talks, version: "1"}
    paths:
      /talks/{talkId}:
        patch:
          operationId: updateTalk
          summary: Updates a talk.
          parameters:
            - name: talkId
              in: path
              required: true
              description: The talk to update.
              schema: {type: string}
            - name: notify
              in: query
              description: |
                Whether speakers hear of it.

                Defaults to the account setting.
              schema: {type: boolean}
            - {name: trace, in: header, schema: {type: string}}
          requestBody:
            description: The fields to change.
            content:
              application/json: {schema: {type: object, properties: {title: {type: string}}}}
          responses:
            "204": {description: updated}
    """

  @Test func describedArgumentsAreListedInSignatureOrder() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Talks")).emit(module)
    let text = try #require(files.first { $0.path == "TalksClient+UpdateTalk.swift" }?.contents)
    let documentation = text.split(separator: "\n").prefix { !$0.contains("public func") }
      .filter { $0.hasPrefix("  ///") }.joined(separator: "\n")
    #expect(
      documentation == """
          /// Updates a talk.
          ///
          /// `PATCH /talks/{talkId}`
          ///
          /// - Parameter talkId: The talk to update.
          /// - Parameter body: The fields to change.
          /// - Parameter notify: Whether speakers hear of it. Defaults to the account setting.
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
        """)
  }
}
