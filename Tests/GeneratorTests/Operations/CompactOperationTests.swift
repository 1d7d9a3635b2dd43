import Foundation
import OpenAPIFrontEnd
import SchemaIR
import SwiftEmitter
import Testing

/// The short forms of operation code: a decoder with one success status guards it and returns the body,
/// one with several switches over them; the whole files type-check without warnings.
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
    """

  static func files() throws -> [EmittedFile] {
    let module = try TranslationFixture.translate(Self.spec).module
    return SwiftEmitter(options: EmitterOptions(moduleName: "Compact")).emit(module)
  }

  static func file(_ operation: String, in files: [EmittedFile]) -> String {
    EmitterFixture.file("CompactClient+\(operation).swift", in: files)
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
      Self.file(name, in: files).snippet("  public static func getItemFromTheShelf") == """
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

  @Test func filesTypecheckWithoutWarnings() throws {
    let result = try EmitterFixture.typecheck(try Self.files(), moduleName: "Compact")
    #expect(result.status == 0, "\(result.output)")
  }
}
