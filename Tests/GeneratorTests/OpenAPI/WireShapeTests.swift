import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// The shapes of issue 11 that lost or rejected real data, each as a small spec: what is emitted, and
/// what the emitted code does with JSON when compiled against the runtime.
@Suite struct WireShapeTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Wire, version: "1"}
    paths:
      /skills:
        post:
          operationId: createSkill
          requestBody:
            content:
              application/json: {schema: {$ref: '#/components/schemas/CreateSkillBody'}}
              application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/CreateSkillBody'}}
          responses:
            "204": {description: created}
    components:
      schemas:
        CreateSkillBody:
          type: object
          properties:
            model: {$ref: '#/components/schemas/Model'}
        Model:
          anyOf:
            - {type: string}
            - {type: string, enum: [gpt-4o, gpt-5.5-2026-04-23]}
        Status:
          type: string
          enum: [active, idle]
        Holder:
          type: object
          properties:
            userId:
              allOf:
                - {type: string}
                - {description: The user.}
            status:
              allOf:
                - $ref: '#/components/schemas/Status'
                - {description: Where it stands., nullable: false}
        Code:
          allOf:
            - {type: string, minLength: 2, maxLength: 9}
            - {maxLength: 5, pattern: "^[A-Z]+$"}
        Coded:
          type: object
          properties:
            code: {$ref: '#/components/schemas/Code'}
            initials: {allOf: [{type: string, minLength: 1}, {maxLength: 3}]}
            level:
              $ref: '#/components/schemas/Status'
              default: {$ref: '#/components/schemas/IdleDefault'}
        IdleDefault:
          type: string
          const: idle
        Base:
          type: object
          properties:
            name: {type: string}
            artists: {type: array, items: {type: string}}
        Album:
          allOf:
            - $ref: '#/components/schemas/Base'
            - type: object
              required: [artists, name]
              properties:
                year: {type: integer}
        UserMessage:
          type: object
          required: [role, content]
          properties:
            role: {type: string, enum: [user]}
            content: {type: string}
        ToolMessage:
          allOf:
            - type: object
              required: [role]
              properties:
                role: {const: tool}
            - type: object
              properties:
                result: {type: string}
        Message:
          oneOf:
            - $ref: '#/components/schemas/UserMessage'
            - $ref: '#/components/schemas/ToolMessage'
          discriminator: {propertyName: role}
        Plain:
          type: object
          required: [text]
          properties:
            text: {type: string}
        Segmented:
          type: object
          required: [text]
          properties:
            text: {type: string}
            segments: {type: array, items: {type: integer}}
        Transcript:
          oneOf:
            - $ref: '#/components/schemas/Plain'
            - $ref: '#/components/schemas/Segmented'
        Letters:
          type: object
          properties:
            a: {type: string}
        Config:
          oneOf:
            - $ref: '#/components/schemas/Letters'
            - $ref: '#/components/schemas/Message'
        Meta:
          oneOf:
            - $ref: '#/components/schemas/Letters'
            - {type: object, additionalProperties: {type: integer}}
        CreateFile:
          type: object
          required: [type, purpose]
          properties:
            type: {type: string, enum: [createFile]}
            purpose: {type: string, default: assistants}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Wire")).emit(module)
  }

  @Test func annotatingAllOfPartsKeepTheAnnotatedType() throws {
    // The annotated types themselves, not new nested types.
    #expect(
      EmitterFixture.file("Holder.swift", in: try Self.files()) == """
        public struct Holder: Codable, Hashable, Sendable {
          /// The user.
          public var userId: String?

          /// Where it stands.
          public var status: Status?

          /// Creates a value; optional members default to absent (`nil`).
          public init(userId: String? = nil, status: Status? = nil) {
            self.userId = userId
            self.status = status
          }
        }

        """)
  }

  @Test func scalarAllOfPartsIntersectTheirConstraintsAndDefaultsAreResolved() throws {
    let files = try Self.files()
    #expect(EmitterFixture.file("Code.swift", in: files) == "public typealias Code = String\n")
    let coded = EmitterFixture.file("Coded.swift", in: files)
    #expect(
      coded.snippet("  public var level", documented: true) == """
          /// - Default: `"idle"`
          public var level: Status?
        """)
    // Inline too: the intersection's constraints are the member's.
    #expect(
      coded.snippet("extension Coded: Validatable") == """
        extension Coded: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.check(
              text: code, at: path.member("code"), .minLength(2, .characters), .maxLength(5, .characters), .pattern("^[A-Z]+$"))
            report.check(text: initials, at: path.member("initials"), .minLength(1, .characters), .maxLength(3, .characters))
          }
        }
        """)
  }

  @Test func requiredNamesDeclaredByAnotherPartKeepTheirType() throws {
    let result = try TranslationFixture.translate(Self.spec)
    #expect(result.warnings.isEmpty, "\(result.warnings)")
    #expect(
      EmitterFixture.file("Album.swift", in: try Self.files()) == """
        public struct Album: Codable, Hashable, Sendable {
          public var name: String
          public var artists: [String]
          public var year: Int?

          /// Creates a value; optional members default to absent (`nil`).
          public init(name: String, artists: [String], year: Int? = nil) {
            self.name = name
            self.artists = artists
            self.year = year
          }
        }

        """)
  }

  @Test func tagsComeFromEachVariantsOwnConstOrEnum() throws {
    let message = EmitterFixture.file("Message.swift", in: try Self.files())
    #expect(
      message.snippet("  public init(from decoder") == """
          public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            guard let tag = try? container.decode(String.self, forKey: AnyCodingKey("role")) else {
              self = .unknown(try JSONValue(from: decoder))
              return
            }
            switch tag {
            case "user":
              self = .userMessage(try UserMessage(from: decoder))
            case "tool":
              self = .toolMessage(try ToolMessage(from: decoder))
            default:
              self = .unknown(try JSONValue(from: decoder))
            }
          }
        """)
  }

  @Test func untaggedObjectVariantsAreRankedByTheMembersTheyDeclare() throws {
    let transcript = EmitterFixture.file("Transcript.swift", in: try Self.files())
    #expect(
      transcript.snippet("  private static let variantMembers", documented: true) == """
          /// The members each variant declares, in case order (`nil`: the variant is not an object).
          private static let variantMembers: [VariantMembers?] = [
            VariantMembers(known: ["text"], required: ["text"]),
            VariantMembers(known: ["text", "segments"], required: ["text"]),
          ]
        """)
  }

  @Test func fixedAndDefaultedRequiredMembersNeedNoArgument() throws {
    let file = EmitterFixture.file("CreateFile.swift", in: try Self.files())
    #expect(
      file.snippet("  public init(") == """
          public init(type: CreateFile.TypeModel = .createFile, purpose: String = "assistants") {
            self.type = type
            self.purpose = purpose
          }
        """)
  }

  @Test func aStringOrOneOfSomeStringsIsOneOpenEnumWithReadableDigits() throws {
    #expect(
      EmitterFixture.file("Model.swift", in: try Self.files()) == """
        import SpecgenRuntime

        public struct Model: OpenEnumeration {
          public let rawValue: String
          public init(rawValue: String) { self.rawValue = rawValue }

          public static var gpt4o: Self { Self(rawValue: "gpt-4o") }
          public static var gpt5_5_2026_04_23: Self { Self(rawValue: "gpt-5.5-2026-04-23") }

          /// The values the API lists.
          public static let allCases: [Model] = [.gpt4o, .gpt5_5_2026_04_23]
        }

        """)
  }

  @Test func typesNestedInTheClientNeverShadowTheModelsTheyCarry() throws {
    #expect(
      EmitterFixture.file("WireClient+CreateSkill.swift", in: try Self.files()) == """
        import SpecgenRuntime

        extension WireClient {
          /// `POST /skills`
          ///
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
          public func createSkill(body: CreateSkillBody2? = nil) async throws {
            let request = try Self.createSkillRequest(body: body)
            let response = try await send(request, security: [])
            try Self.createSkillResponse(response)
          }

          /// Builds the `createSkill` request without sending it.
          public static func createSkillRequest(body: CreateSkillBody2? = nil) throws -> APIRequest {
            var request = APIRequest(method: "POST", path: "/skills", operationID: "createSkill")
            if let body {
              switch body {
              case .json(let value):
                try request.setJSONBody(value)
              case .formURLEncoded(let value):
                try request.setFormBody(value)
              }
            }
            return request
          }

          /// Reads the answer to `createSkill`: the success body, or the error it describes.
          public static func createSkillResponse(_ response: APIResponse) throws {
            guard case 204 = response.status else { throw UnexpectedResponse(response) }
          }

          /// The media types `createSkill` accepts; the case picks the `Content-Type`.
          public enum CreateSkillBody2: Sendable {
            /// `application/json`
            case json(CreateSkillBody)
            /// `application/x-www-form-urlencoded`
            case formURLEncoded(CreateSkillBody)
          }
        }

        """)
  }

  @Test func theModuleReExportsTheRuntime() throws {
    let file = EmitterFixture.file("WireClient.swift", in: try Self.files())
    #expect(file.hasPrefix("import Foundation\n@_exported import SpecgenRuntime\n\n"))
  }

  static let main = #"""
    import Foundation
    import SpecgenRuntime

    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    func roundTrip<T: Codable>(_ type: T.Type, _ text: String) -> String {
      guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else { return "decoding failed" }
      return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
    print(roundTrip(Holder.self, #"{"userId":"abc","status":"idle"}"#))
    print(roundTrip(Transcript.self, #"{"text":"hi","segments":[1,2]}"#))
    print(roundTrip(Transcript.self, #"{"text":"hi"}"#))
    let tool = try! JSONDecoder().decode(Message.self, from: Data(#"{"role":"tool","result":"ok"}"#.utf8))
    if case .toolMessage = tool { print("tool") } else { print("not tool") }
    print(roundTrip(Message.self, #"{"role":"system","content":"new","n":1.5}"#))
    print(roundTrip(CreateFile.self, #"{"type":"createFile","purpose":"x"}"#))
    print(String(decoding: try! encoder.encode(CreateFile()), as: UTF8.self))
    print(roundTrip(Config.self, #"{"role":"tool","result":"ok"}"#), roundTrip(Config.self, #"{"a":"x"}"#))
    print(roundTrip(Meta.self, #"{"z":1}"#), roundTrip(Meta.self, #"{"a":"x"}"#))
    print(roundTrip([Model].self, #"["gpt-4o","o3"]"#), try! JSONDecoder().decode(Model.self, from: Data(#""o3""#.utf8)).rawValue)
    """#

  @Test func emittedCodeKeepsEveryMemberOnTheWire() throws {
    let result = try EmitterFixture.compileAndRun(try Self.files(), main: Self.main)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        #"{"status":"idle","userId":"abc"}"#,
        #"{"segments":[1,2],"text":"hi"}"#,
        #"{"text":"hi"}"#,
        "tool",
        #"{"content":"new","n":1.5,"role":"system"}"#,
        #"{"purpose":"x","type":"createFile"}"#,
        #"{"purpose":"assistants","type":"createFile"}"#,
        #"{"result":"ok","role":"tool"} {"a":"x"}"#,
        #"{"z":1} {"a":"x"}"#,
        #"["gpt-4o","o3"] o3"#,
      ])
  }
}
