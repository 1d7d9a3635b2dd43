import Foundation
import SwiftEmitter
import Testing

/// XRPC methods are reached as AT Protocol users write them, through one value per NSID segment:
/// `client.com.example.feed.getTimeline(actor:)`, the method named by the NSID's last segment.
@Suite struct XRPCClientNamingTests {
  /// Two NSIDs sharing `com.example`: a query with parameters and a procedure.
  static let lexicons: [String: String] = [
    LexiconFixture.path("com.example.feed.getTimeline"): LexiconFixture.lexicon(
      "com.example.feed.getTimeline",
      """
      "main": {
        "type": "query",
        "description": "A view of the requesting account's home timeline.",
        "parameters": {
          "type": "params",
          "required": ["actor"],
          "properties": {
            "actor": {"type": "string", "format": "at-identifier"},
            "algorithm": {"type": "string", "knownValues": ["reverse-chronological"]},
            "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}
          }
        },
        "output": {
          "encoding": "application/json",
          "schema": {"type": "object", "required": ["feed"], "properties": {
            "feed": {"type": "array", "items": {"type": "string", "format": "at-uri"}}}}
        }
      }
      """),
    LexiconFixture.path("com.example.repo.createRecord"): LexiconFixture.lexicon(
      "com.example.repo.createRecord",
      """
      "main": {
        "type": "procedure",
        "description": "Create a single new repository record.",
        "input": {
          "encoding": "application/json",
          "schema": {"type": "object", "required": ["repo", "record"], "properties": {
            "repo": {"type": "string", "format": "at-identifier"}, "record": {"type": "unknown"}}}
        },
        "output": {
          "encoding": "application/json",
          "schema": {"type": "object", "required": ["uri"], "properties": {"uri": {"type": "string", "format": "at-uri"}}}
        },
        "errors": [{"name": "InvalidSwap"}]
      }
      """),
  ]

  @Test func namespacesNestInTheClient() throws {
    let files = try XRPCFixture.emit(Self.lexicons)
    #expect(
      files.map(\.path).filter { $0.hasPrefix("ModelsClient") } == [
        "ModelsClient+Resources.swift", "ModelsClient.Com.Example.Feed+GetTimeline.swift",
        "ModelsClient.Com.Example.Repo+CreateRecord.swift", "ModelsClient.swift",
      ])
    // The parameters are the method's arguments; no `Parameters` struct is declared beside them.
    #expect(!files.contains { $0.path.contains("Parameters") || $0.contents.contains("struct Parameters") })
    #expect(
      EmitterFixture.file("ModelsClient+Resources.swift", in: files) == """
        extension ModelsClient {
          /// The methods of the `com` namespace.
          public var com: Com { Com(client: self) }

          /// The methods of the `com` namespace.
          public struct Com: Sendable {
            /// The client the methods send requests through.
            public let client: ModelsClient

            /// The methods of the `com.example` namespace.
            public var example: Example { Example(client: client) }

            /// The methods of the `com.example` namespace.
            public struct Example: Sendable {
              /// The client the methods send requests through.
              public let client: ModelsClient

              /// The methods of the `com.example.feed` namespace.
              public var feed: Feed { Feed(client: client) }

              /// The methods of the `com.example.feed` namespace.
              public struct Feed: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }

              /// The methods of the `com.example.repo` namespace.
              public var repo: Repo { Repo(client: client) }

              /// The methods of the `com.example.repo` namespace.
              public struct Repo: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }
            }
          }
        }

        """)
  }

  /// The method is in its namespace's type; the builder and decoder stay `request` / `response` of the
  /// lexicon's namespace, and a parameter's inline type is named there (`GetTimeline.Algorithm`).
  @Test func queryIsAMethodOfItsNamespace() throws {
    let files = try XRPCFixture.emit(Self.lexicons)
    #expect(
      EmitterFixture.file("ModelsClient.Com.Example.Feed+GetTimeline.swift", in: files) == """
        import SpecgenRuntime

        extension ModelsClient.Com.Example.Feed {
          /// A view of the requesting account's home timeline.
          ///
          /// `GET /xrpc/com.example.feed.getTimeline`
          ///
          /// - Throws: `XRPCError` for an error answer, or a transport error.
          public func getTimeline(
            actor: ATIdentifier,
            algorithm: ComExample.Feed.GetTimeline.Algorithm? = nil,
            limit: Int? = nil
          ) async throws -> ComExample.Feed.GetTimeline.Output {
            let request = try ComExample.Feed.GetTimeline.request(actor: actor, algorithm: algorithm, limit: limit)
            let response = try await client.send(request, security: [])
            return try ComExample.Feed.GetTimeline.response(response)
          }
        }

        extension ComExample.Feed.GetTimeline {
          /// Builds the `com.example.feed.getTimeline` request without sending it.
          public static func request(
            actor: ATIdentifier,
            algorithm: ComExample.Feed.GetTimeline.Algorithm? = nil,
            limit: Int? = nil
          ) throws -> APIRequest {
            let path = "/xrpc/com.example.feed.getTimeline"
            var request = APIRequest(method: "GET", path: path, operationID: "com.example.feed.getTimeline")
            try request.addQuery("actor", actor)
            try request.addQuery("algorithm", algorithm)
            try request.addQuery("limit", limit)
            return request
          }

          /// Reads the answer to `com.example.feed.getTimeline`: the success body, or the error it
          /// describes.
          public static func response(_ response: APIResponse) throws -> ComExample.Feed.GetTimeline.Output {
            guard case 200 = response.status else { throw XRPCError(response: response) }
            return try ResponseDecoding.json(ComExample.Feed.GetTimeline.Output.self, from: response)
          }
        }

        """)
    #expect(
      EmitterFixture.file("ComExample.Feed.GetTimeline.Algorithm.swift", in: files) == """
        import SpecgenRuntime

        extension ComExample.Feed.GetTimeline {
          public struct Algorithm: OpenEnumeration {
            public let rawValue: String
            public init(rawValue: String) { self.rawValue = rawValue }

            public static var reverseChronological: Self { Self(rawValue: "reverse-chronological") }

            /// The values the API lists.
            public static let allCases: [Algorithm] = [.reverseChronological]
          }
        }

        """)
  }

  @Test func procedureIsAMethodOfItsNamespace() throws {
    let text = EmitterFixture.file(
      "ModelsClient.Com.Example.Repo+CreateRecord.swift", in: try XRPCFixture.emit(Self.lexicons))
    #expect(
      text.hasPrefix(
        """
        import SpecgenRuntime

        extension ModelsClient.Com.Example.Repo {
          /// Create a single new repository record.
          ///
          /// `POST /xrpc/com.example.repo.createRecord`
          ///
          /// - Throws: `ComExample.Repo.CreateRecord.Error` for an error answer, or a transport error.
          @discardableResult
          public func createRecord(
            body: ComExample.Repo.CreateRecord.Input
          ) async throws -> ComExample.Repo.CreateRecord.Output {
            let request = try ComExample.Repo.CreateRecord.request(body: body)
            let response = try await client.send(request, security: [])
            return try ComExample.Repo.CreateRecord.response(response)
          }
        }

        extension ComExample.Repo.CreateRecord {
          /// Builds the `com.example.repo.createRecord` request without sending it.
          public static func request(body: ComExample.Repo.CreateRecord.Input) throws -> APIRequest {

        """))
  }

  /// A namespace segment spelling a type the methods name unqualified (`Data`, `String`) would shadow it
  /// inside the nested types: the type takes `Resource`, the member keeps the segment's name, and the
  /// module compiles. A parameter called `client` does not hide the resource's client.
  @Test func namespaceTypesNeverShadowWhatMethodsUse() throws {
    var lexicons = Self.lexicons
    lexicons[LexiconFixture.path("com.example.data.upload")] = LexiconFixture.lexicon(
      "com.example.data.upload", #""main": {"type": "procedure", "input": {"encoding": "*/*"}}"#)
    lexicons[LexiconFixture.path("com.example.string.get")] = LexiconFixture.lexicon(
      "com.example.string.get",
      """
      "main": {"type": "query", "parameters": {"type": "params", "required": ["text"], "properties": {
        "text": {"type": "string"}, "client": {"type": "string"}}}, "output": {"encoding": "text/plain"}}
      """)
    let files = try XRPCFixture.emit(lexicons)
    let resources = EmitterFixture.file("ModelsClient+Resources.swift", in: files)
    #expect(
      resources == """
        extension ModelsClient {
          /// The methods of the `com` namespace.
          public var com: Com { Com(client: self) }

          /// The methods of the `com` namespace.
          public struct Com: Sendable {
            /// The client the methods send requests through.
            public let client: ModelsClient

            /// The methods of the `com.example` namespace.
            public var example: Example { Example(client: client) }

            /// The methods of the `com.example` namespace.
            public struct Example: Sendable {
              /// The client the methods send requests through.
              public let client: ModelsClient

              /// The methods of the `com.example.data` namespace.
              public var data: DataResource { DataResource(client: client) }

              /// The methods of the `com.example.data` namespace.
              public struct DataResource: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }

              /// The methods of the `com.example.feed` namespace.
              public var feed: Feed { Feed(client: client) }

              /// The methods of the `com.example.feed` namespace.
              public struct Feed: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }

              /// The methods of the `com.example.repo` namespace.
              public var repo: Repo { Repo(client: client) }

              /// The methods of the `com.example.repo` namespace.
              public struct Repo: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }

              /// The methods of the `com.example.string` namespace.
              public var string: StringResource { StringResource(client: client) }

              /// The methods of the `com.example.string` namespace.
              public struct StringResource: Sendable {
                /// The client the methods send requests through.
                public let client: ModelsClient
              }
            }
          }
        }

        """)
    let get = EmitterFixture.file("ModelsClient.Com.Example.StringResource+Get.swift", in: files)
    #expect(
      get == """
        import SpecgenRuntime

        extension ModelsClient.Com.Example.StringResource {
          /// `GET /xrpc/com.example.string.get`
          ///
          /// - Throws: `XRPCError` for an error answer, or a transport error.
          public func get(text: String, client: String? = nil) async throws -> String {
            let request = try ComExample.StringModel.Get.request(text: text, client: client)
            let response = try await self.client.send(request, security: [])
            return try ComExample.StringModel.Get.response(response)
          }
        }

        extension ComExample.StringModel.Get {
          /// Builds the `com.example.string.get` request without sending it.
          public static func request(text: String, client: String? = nil) throws -> APIRequest {
            var request = APIRequest(method: "GET", path: "/xrpc/com.example.string.get", operationID: "com.example.string.get")
            try request.addQuery("text", text)
            try request.addQuery("client", client)
            return request
          }

          /// Reads the answer to `com.example.string.get`: the success body, or the error it describes.
          public static func response(_ response: APIResponse) throws -> String {
            guard case 200 = response.status else { throw XRPCError(response: response) }
            return try ResponseDecoding.text(response)
          }
        }

        """)
    #expect(files.contains { $0.path == "ModelsClient.Com.Example.DataResource+Upload.swift" })
    let result = try EmitterFixture.typecheck(files)
    #expect(result.status == 0, "\(result.output)")
  }
}
