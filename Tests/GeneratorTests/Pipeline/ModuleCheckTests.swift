import SchemaIR
import SpecgenDiagnostics
import Testing

/// The IR check every module passes before emission: what it refuses, and the message it gives.
@Suite struct ModuleCheckTests {
  static func object(_ id: String, parent: String? = nil, fields: [Field] = []) -> TypeDeclaration {
    TypeDeclaration(
      id: TypeID(id), parent: parent.map(TypeID.init), sourceName: id,
      kind: .object(ObjectType(fields: fields)), location: SourceLocation(file: "spec.yaml", line: 3, column: 5))
  }

  static func message(_ module: SchemaModule) -> String? {
    do {
      try ModuleCheck.check(module)
      return nil
    } catch {
      return error.diagnostics.map(\.message).joined(separator: "\n")
    }
  }

  @Test func aConsistentModulePasses() {
    let module = SchemaModule(
      declarations: [
        Self.object("A", fields: [Field(jsonName: "b", type: .array(.named(TypeID("B"))))]),
        Self.object("B", parent: "A"),
      ],
      operations: [
        Operation(
          name: "get", method: "GET", path: "/",
          responses: [
            Response(status: .code(200), contents: [Content(mediaType: "application/json", type: .named(TypeID("A")))])
          ])
      ])
    #expect(Self.message(module) == nil)
  }

  @Test func aDuplicateIdIsRefused() {
    let module = SchemaModule(declarations: [Self.object("A"), Self.object("A")])
    #expect(
      Self.message(module) == "internal error: two declarations have the id 'A' (please report this with the spec)")
  }

  @Test func anUndeclaredParentIsRefused() {
    let module = SchemaModule(declarations: [Self.object("B", parent: "A")])
    #expect(
      Self.message(module)
        == "internal error: 'B' is nested in 'A', which is not declared (please report this with the spec)")
  }

  @Test func aDanglingReferenceIsRefusedWhereverItIs() {
    let inField = SchemaModule(
      declarations: [Self.object("A", fields: [Field(jsonName: "x", type: .map(.named(TypeID("Gone"))))])])
    #expect(
      Self.message(inField)
        == "internal error: 'A' refers to 'Gone', which is not declared (please report this with the spec)")
    let inHeader = SchemaModule(operations: [
      Operation(
        name: "get", method: "GET", path: "/",
        responses: [
          Response(
            status: .code(200), contents: [], headers: [ResponseHeader(name: "X-Next", type: .named(TypeID("Gone")))])
        ])
    ])
    #expect(
      Self.message(inHeader)
        == "internal error: operation 'get' refers to 'Gone', which is not declared (please report this with the spec)")
  }
}
