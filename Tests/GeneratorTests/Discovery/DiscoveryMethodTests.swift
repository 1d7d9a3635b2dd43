import SchemaIR
import Testing

/// Discovery `resources` and `methods` into operations, and the client shape they produce.
@Suite struct DiscoveryMethodTests {
  static let json = DiscoveryFixture.document(
    """
    "title": "Demo API",
    "auth": {"oauth2": {"scopes": {"https://example.com/auth/demo": {"description": "Manage demos"}}}},
    "parameters": {
      "fields": {"type": "string", "location": "query", "description": "Partial response."},
      "prettyPrint": {"type": "boolean", "default": "true", "location": "query"}
    },
    "schemas": {"Broadcast": {"id": "Broadcast", "type": "object", "properties": {"id": {"type": "string"}}}},
    "resources": {
      "broadcasts": {
        "methods": {
          "update": {
            "id": "demo.broadcasts.update", "httpMethod": "PUT", "path": "channels/{channelId}/broadcasts",
            "description": "Updates a broadcast.",
            "parameterOrder": ["part", "channelId"],
            "parameters": {
              "maxResults": {"type": "integer", "format": "uint32", "minimum": "0", "maximum": "50", "location": "query"},
              "channelId": {"type": "string", "required": true, "location": "path"},
              "part": {"type": "string", "required": true, "repeated": true, "location": "query"},
              "order": {"type": "string", "enum": ["date", "rating"], "location": "query"}
            },
            "request": {"$ref": "Broadcast"}, "response": {"$ref": "Broadcast"},
            "scopes": ["https://example.com/auth/demo"]
          }
        },
        "resources": {
          "cuepoints": {
            "methods": {"delete": {"id": "demo.broadcasts.cuepoints.delete", "httpMethod": "DELETE", "path": "cuepoints"}}
          }
        }
      }
    }
    """)

  @Test func methodsBecomeOperationsGroupedByResource() throws {
    let module = try DiscoveryFixture.translate(Self.json).module
    #expect(
      module.servers == [
        Server(url: "https://api.example.com/", description: "`rootUrl`; method paths include `servicePath`")
      ])
    #expect(module.operations.map(\.name) == ["demo.broadcasts.update", "demo.broadcasts.cuepoints.delete"])
    #expect(module.operations.map(\.resourcePath) == [["broadcasts"], ["broadcasts", "cuepoints"]])
    let update = module.operations[0]
    #expect(update.method == "PUT")
    #expect(update.path == "/demo/v1/channels/{channelId}/broadcasts")
    #expect(update.parameters.map(\.name) == ["part", "channelId", "maxResults", "order", "standardParameters"])
    #expect(update.parameters[0].type == .array(.primitive(.string)))
    #expect(update.parameters[0].isRequired)
    #expect(update.parameters[1].location == .path)
    #expect(update.parameters[2].constraints.minimum == .init("0"))
    #expect(update.parameters[2].constraints.maximum == .init("50"))
    #expect(update.parameters[3].type == .named(TypeID("#/broadcasts-update-order")))
    #expect(update.parameters[4].type == .named(TypeID("#/parameters")))
    #expect(update.parameters[4].explode == true)
    #expect(
      update.requestBody?.contents == [
        Content(mediaType: "application/json", type: .named(TypeID("#/schemas/Broadcast")))
      ])
    #expect(update.security == [["oauth2"], ["apiKey"]])
    #expect(
      update.documentation.description?.contains("OAuth 2 scopes (any one): `https://example.com/auth/demo`.") == true)
    #expect(module.operations[1].responses == [Response(status: .range(2), contents: [])])
  }

  @Test func resourcesBecomeNestedClientTypes() throws {
    let files = try DiscoveryFixture.emit(Self.json)
    #expect(
      DiscoveryFixture.file("DemoClient+Resources.swift", in: files) == """
        extension DemoClient {
          /// The methods of the `broadcasts` resource.
          public var broadcasts: Broadcasts { Broadcasts(client: self) }

          /// The methods of the `broadcasts` resource.
          public struct Broadcasts: Sendable {
            /// The client the methods send requests through.
            public let client: DemoClient

            /// The methods of the `cuepoints` resource.
            public var cuepoints: Cuepoints { Cuepoints(client: client) }

            /// The methods of the `broadcasts.cuepoints` resource.
            public struct Cuepoints: Sendable {
              /// The client the methods send requests through.
              public let client: DemoClient
            }
          }
        }

        """)
  }

  /// Required parameters in `parameterOrder` (here a query parameter before the path one), the body, then
  /// the optional ones and the standard parameters.
  @Test func methodIsNamedByItsLastIDSegmentInItsResource() throws {
    let files = try DiscoveryFixture.emit(Self.json)
    #expect(
      DiscoveryFixture.file("DemoClient.Broadcasts+Update.swift", in: files) == """
        import SpecgenRuntime

        extension DemoClient.Broadcasts {
          /// Updates a broadcast.
          ///
          /// Discovery method `demo.broadcasts.update`.
          ///
          /// OAuth 2 scopes (any one): `https://example.com/auth/demo`.
          ///
          /// `PUT /demo/v1/channels/{channelId}/broadcasts`
          ///
          /// - Parameter standardParameters: Query parameters every method accepts (`fields`,
          ///   `prettyPrint`, ...).
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
          @discardableResult
          public func update(
            part: [String],
            channelId: String,
            body: Broadcast,
            maxResults: Int? = nil,
            order: BroadcastsUpdateOrder? = nil,
            standardParameters: StandardParameters? = nil
          ) async throws -> Broadcast {
            let request = try Self.updateRequest(
              part: part,
              channelId: channelId,
              body: body,
              maxResults: maxResults,
              order: order,
              standardParameters: standardParameters)
            let response = try await client.send(request, security: [["oauth2"], ["apiKey"]])
            return try Self.updateResponse(response)
          }

          /// Builds the `update` request without sending it.
          public static func updateRequest(
            part: [String],
            channelId: String,
            body: Broadcast,
            maxResults: Int? = nil,
            order: BroadcastsUpdateOrder? = nil,
            standardParameters: StandardParameters? = nil
          ) throws -> APIRequest {
            var path = try "/demo/v1/channels/" + ParameterSerialization.pathSegment("channelId", channelId)
            path += "/broadcasts"
            var request = APIRequest(method: "PUT", path: path, operationID: "demo.broadcasts.update")
            try request.addQuery("part", part)
            try request.addQuery("maxResults", maxResults)
            try request.addQuery("order", order)
            try request.addQuery("standardParameters", standardParameters)
            try request.setJSONBody(body)
            return request
          }

          /// Reads the answer to `update`: the success body, or the error it describes.
          public static func updateResponse(_ response: APIResponse) throws -> Broadcast {
            guard case 200...299 = response.status else { throw UnexpectedResponse(response) }
            return try ResponseDecoding.json(Broadcast.self, from: response)
          }
        }

        """)
  }

  /// `{+name}` (RFC 6570 reserved expansion) keeps `/` and `:`, also when the path starts with it.
  @Test func reservedExpansionKeepsSlashes() throws {
    let json = DiscoveryFixture.document(
      """
      "resources": {"topics": {"methods": {"get": {
        "id": "demo.topics.get", "httpMethod": "GET", "path": "{+topic}:get",
        "parameters": {"topic": {"type": "string", "required": true, "location": "path", "pattern": "^projects/[^/]+$"}}
      }}}}
      """)
    let operation = try #require(DiscoveryFixture.translate(json).module.operations.first)
    #expect(operation.path == "/demo/v1/{topic}:get")
    #expect(operation.parameters.first?.allowsReserved == true)
    #expect(operation.parameters.first?.constraints.pattern == "^projects/[^/]+$")
    let text = DiscoveryFixture.file("DemoClient.Topics+Get.swift", in: try DiscoveryFixture.emit(json))
    #expect(
      text.snippet("  public static func getRequest(") == """
          public static func getRequest(topic: String) throws -> APIRequest {
            var path = try "/demo/v1/" + ParameterSerialization.pathSegment("topic", topic, allowReserved: true)
            path += ":get"
            return APIRequest(method: "GET", path: path, operationID: "demo.topics.get")
          }
        """)
  }
}
