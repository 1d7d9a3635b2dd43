import Foundation
import SchemaIR
import SwiftEmitter
import Testing

/// An OpenAPI string whose `format` happens to share a Lexicon format's name (`did`, `uri`, `datetime`)
/// is a plain string: only the Lexicon front end gives those names AT Protocol meaning.
@Suite struct LexiconFormatNamesTests {
  static let spec = """
    openapi: 3.0.0
    info: {title: Names, version: "1"}
    paths: {}
    components:
      schemas:
        Account:
          type: object
          required: [did]
          properties:
            did: {type: string, format: did}
            home: {type: string, format: uri}
            seen: {type: string, format: datetime}
    """

  @Test func theyStayStrings() throws {
    let module = try TranslationFixture.translate(Self.spec).module
    let account = try #require(module.object("#/components/schemas/Account"))
    #expect(account.field("did")?.type == .primitive(.string(format: "did")))
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Names")).emit(module)
    let file = EmitterFixture.file("Account.swift", in: files)
    // Plain strings, not `DID`, `URI` or `ATDatetime`.
    #expect(
      file == """
        public struct Account: Codable, Hashable, Sendable {
          public var did: String
          public var home: String?
          public var seen: String?

          /// Creates a value; optional members default to absent (`nil`).
          public init(did: String, home: String? = nil, seen: String? = nil) {
            self.did = did
            self.home = home
            self.seen = seen
          }
        }

        """)
  }
}
