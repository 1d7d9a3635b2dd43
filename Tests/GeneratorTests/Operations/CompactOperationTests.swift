import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// The short forms of operation code: a request builder that adds nothing to the request returns it as
/// made, a path is built two pieces per statement where they fit on a line (never a longer `+` chain); a
/// decoder with one success status guards it and returns the body, one with several switches over them;
/// a file imports Foundation only when a type it writes is Foundation's; the whole files type-check
/// without warnings.
@Suite struct CompactOperationTests {
  static let spec = """
    openapi: 3.1.0
    info: {title: Compact, version: "1"}
    components:
      schemas:
        item:
          type: object
          required: [name]
          properties:
            name: {type: string}
    paths:
      /items:
        get:
          operationId: listItems
          responses:
            2XX: {description: all, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/item'}}}}}
      /items/{id}:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          operationId: getItem
          responses:
            "200": {description: found, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
            "404": {description: not found}
        put:
          operationId: putItem
          requestBody:
            required: true
            content:
              application/json: {schema: {$ref: '#/components/schemas/item'}}
          responses:
            "200": {description: replaced, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
            "201": {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
        delete:
          operationId: deleteItem
          responses:
            "204": {description: deleted}
      /items/{id}/photo:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          operationId: getPhoto
          responses:
            "200": {description: the photo, content: {image/png: {schema: {type: string, format: binary}}}}
        put:
          operationId: putPhoto
          requestBody:
            required: true
            content:
              image/png: {schema: {type: string, format: binary}}
          responses:
            "204": {description: stored}
            "409": {description: another photo is being stored, content: {text/plain: {schema: {type: string}}}}
      /shelves/{shelf}/items/{id}:
        get:
          operationId: getShelfItem
          parameters:
            - {name: shelf, in: path, required: true, schema: {type: integer}}
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            "200": {description: found, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
      /warehouse/{id}:
        get:
          operationId: getItemFromTheShelfFurthestFromTheDoorOfTheLargestWarehouseInTown
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            "200": {description: found, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
            "404": {description: not found}
      /archive/of/every/item/that/was/ever/kept/on/any/shelf/{itemIdentifier}/history:
        get:
          operationId: getItemHistory
          parameters:
            - {name: itemIdentifier, in: path, required: true, schema: {type: string}}
          responses:
            "200": {description: found, content: {application/json: {schema: {$ref: '#/components/schemas/item'}}}}
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Compact")).emit(module)
  }

  static func file(_ operation: String, in files: [EmittedFile]) -> String {
    EmitterFixture.file("CompactClient+\(operation).swift", in: files)
  }

  @Test func buildersReturnTheRequestAsMade() throws {
    let files = try Self.files()
    // A path without parameters is written in the call.
    #expect(
      Self.file("ListItems", in: files).snippet("  public static func listItemsRequest(") == """
          public static func listItemsRequest() throws -> APIRequest {
            return APIRequest(method: "GET", path: "/items", operationID: "listItems")
          }
        """)
    #expect(
      Self.file("GetItem", in: files).snippet("  public static func getItemRequest(") == """
          public static func getItemRequest(id: String) throws -> APIRequest {
            let path = try "/items/" + ParameterSerialization.pathSegment("id", id)
            return APIRequest(method: "GET", path: path, operationID: "getItem")
          }
        """)
    // A request the builder adds to is still a variable.
    #expect(
      Self.file("PutItem", in: files).snippet("  public static func putItemRequest(") == """
          public static func putItemRequest(id: String, body: Item) throws -> APIRequest {
            let path = try "/items/" + ParameterSerialization.pathSegment("id", id)
            var request = APIRequest(method: "PUT", path: path, operationID: "putItem")
            try request.setJSONBody(body)
            return request
          }
        """)
  }

  @Test func pathsAreBuiltTwoPiecesAStatement() throws {
    let files = try Self.files()
    #expect(
      Self.file("GetShelfItem", in: files).snippet("  public static func getShelfItemRequest(") == """
          public static func getShelfItemRequest(shelf: Int, id: String) throws -> APIRequest {
            var path = try "/shelves/" + ParameterSerialization.pathSegment("shelf", shelf)
            path += try "/items/" + ParameterSerialization.pathSegment("id", id)
            return APIRequest(method: "GET", path: path, operationID: "getShelfItem")
          }
        """)
    // Two pieces too wide for one line are two statements; the next pair shares one again.
    #expect(
      Self.file("GetItemHistory", in: files).snippet("  public static func getItemHistoryRequest(") == """
          public static func getItemHistoryRequest(itemIdentifier: String) throws -> APIRequest {
            var path = "/archive/of/every/item/that/was/ever/kept/on/any/shelf/"
            path += try ParameterSerialization.pathSegment("itemIdentifier", itemIdentifier) + "/history"
            return APIRequest(method: "GET", path: path, operationID: "getItemHistory")
          }
        """)
  }

  @Test func oneSuccessStatusIsGuarded() throws {
    let files = try Self.files()
    #expect(
      Self.file("GetItem", in: files).snippet("  public static func getItemResponse(") == """
          public static func getItemResponse(_ response: APIResponse) throws -> Item {
            guard case 200 = response.status else { throw GetItemError(response) }
            return try ResponseDecoding.json(Item.self, from: response)
          }
        """)
    // A range (or a `default` success) is any status in it.
    #expect(
      Self.file("ListItems", in: files).snippet("  public static func listItemsResponse(") == """
          public static func listItemsResponse(_ response: APIResponse) throws -> [Item] {
            guard case 200...299 = response.status else { throw UnexpectedResponse(response) }
            return try ResponseDecoding.json([Item].self, from: response)
          }
        """)
    // Without a body, the guard is all of it.
    #expect(
      Self.file("DeleteItem", in: files).snippet("  public static func deleteItemResponse(") == """
          public static func deleteItemResponse(_ response: APIResponse) throws {
            guard case 204 = response.status else { throw UnexpectedResponse(response) }
          }
        """)
    // A guard too wide for one line throws from a block.
    let name = "GetItemFromTheShelfFurthestFromTheDoorOfTheLargestWarehouseInTown"
    #expect(
      Self.file(name, in: files).snippet(
        "  public static func getItemFromTheShelfFurthestFromTheDoorOfTheLargestWarehouseInTownResponse(") == """
            public static func getItemFromTheShelfFurthestFromTheDoorOfTheLargestWarehouseInTownResponse(
              _ response: APIResponse
            ) throws -> Item {
              guard case 200 = response.status else {
                throw GetItemFromTheShelfFurthestFromTheDoorOfTheLargestWarehouseInTownError(response)
              }
              return try ResponseDecoding.json(Item.self, from: response)
            }
          """)
  }

  @Test func severalSuccessStatusesAreSwitchedOver() throws {
    #expect(
      Self.file("PutItem", in: try Self.files()).snippet("  public static func putItemResponse(") == """
          public static func putItemResponse(_ response: APIResponse) throws -> PutItemOutput {
            switch response.status {
            case 200:
              return .status200(try ResponseDecoding.json(Item.self, from: response))
            case 201:
              return .status201(try ResponseDecoding.json(Item.self, from: response))
            default:
              throw UnexpectedResponse(response)
            }
          }
        """)
  }

  @Test func onlyFilesWritingFoundationTypesImportFoundation() throws {
    let files = try Self.files()
    #expect(
      Self.file("GetItem", in: files) == """
        import SpecgenRuntime

        extension CompactClient {
          /// `GET /items/{id}`
          ///
          /// - Throws: `GetItemError` for an error answer, or a transport error.
          public func getItem(id: String) async throws -> Item {
            let request = try Self.getItemRequest(id: id)
            let response = try await send(request, security: [])
            return try Self.getItemResponse(response)
          }

          /// Builds the `getItem` request without sending it.
          public static func getItemRequest(id: String) throws -> APIRequest {
            let path = try "/items/" + ParameterSerialization.pathSegment("id", id)
            return APIRequest(method: "GET", path: path, operationID: "getItem")
          }

          /// Reads the answer to `getItem`: the success body, or the error it describes.
          public static func getItemResponse(_ response: APIResponse) throws -> Item {
            guard case 200 = response.status else { throw GetItemError(response) }
            return try ResponseDecoding.json(Item.self, from: response)
          }

          /// The error answers `getItem` documents: `NotFoundError`, which 1 other operation shares.
          public typealias GetItemError = NotFoundError
        }

        """)
    // The answer is `Data`.
    #expect(
      Self.file("GetPhoto", in: files) == """
        import Foundation
        import SpecgenRuntime

        extension CompactClient {
          /// `GET /items/{id}/photo`
          ///
          /// - Throws: `UnexpectedResponse` for an error answer, or a transport error.
          public func getPhoto(id: String) async throws -> Data {
            let request = try Self.getPhotoRequest(id: id)
            let response = try await send(request, security: [])
            return try Self.getPhotoResponse(response)
          }

          /// Builds the `getPhoto` request without sending it.
          public static func getPhotoRequest(id: String) throws -> APIRequest {
            var path = try "/items/" + ParameterSerialization.pathSegment("id", id)
            path += "/photo"
            return APIRequest(method: "GET", path: path, operationID: "getPhoto")
          }

          /// Reads the answer to `getPhoto`: the success body, or the error it describes.
          public static func getPhotoResponse(_ response: APIResponse) throws -> Data {
            guard case 200 = response.status else { throw UnexpectedResponse(response) }
            return response.body
          }
        }

        """)
    // The body is `Data`.
    #expect(
      Self.file("PutPhoto", in: files).hasPrefix(
        """
        import Foundation
        import SpecgenRuntime

        extension CompactClient {
          /// `PUT /items/{id}/photo`
          ///
          /// - Throws: `PutPhotoError` for an error answer, or a transport error.
          public func putPhoto(id: String, body: Data) async throws {
        """))
    // The shared error enum's file: its one case, 404, has no body, so no type of Foundation's.
    #expect(
      Self.file("NotFoundError", in: files).hasPrefix(
        """
        import SpecgenRuntime

        extension CompactClient {
          /// The error answers 2 operations document alike, by status; any other answer is `unexpected`.
        """))
  }

  @Test func filesTypecheckWithoutWarnings() throws {
    let result = try EmitterFixture.typecheck(try Self.files(), moduleName: "Compact")
    #expect(result.status == 0, "\(result.output)")
  }
}
