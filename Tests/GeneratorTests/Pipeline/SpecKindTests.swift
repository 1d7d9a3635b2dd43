import GeneratorPipeline
import Testing

/// The generator picks the front end from the input: folders and `.json` files with a
/// top-level `lexicon` key are Lexicon, everything else OpenAPI.
@Suite struct SpecKindTests {
  private static let lexicon = """
    {"lexicon": 1, "id": "com.example.thing",
     "defs": {"main": {"type": "object", "properties": {"name": {"type": "string"}}}}}
    """
  private static let openAPIJSON = """
    {"openapi": "3.1.0", "info": {"title": "J", "version": "1"}, "paths": {},
     "components": {"schemas": {"thing": {"type": "object", "properties": {"name": {"type": "string"}}}}}}
    """

  private func generatedFiles(spec: String, in folder: ScratchFolder) throws -> [String: String] {
    let output = "Out/" + spec.split(separator: "/").joined(separator: "_")
    let outcome = SpecgenCommands.generate(
      spec: folder.url(spec), output: folder.url(output), moduleName: "M", access: .public)
    #expect(outcome.status == .success, "\(outcome.standardError)")
    return try folder.snapshot(output)
  }

  @Test func lexiconFoldersAndLexiconJSONGoToTheLexiconFrontEnd() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("lexicons/com/example/thing.json", Self.lexicon)
    let fromFolder = try generatedFiles(spec: "lexicons", in: folder)
    let fromFile = try generatedFiles(spec: "lexicons/com/example/thing.json", in: folder)
    // Lexicon declarations are named after the NSID, nested in the namespace of its authority.
    #expect(fromFolder.keys.sorted() == ["ComExample.Thing.swift", "ComExample.swift"])
    #expect(fromFile.keys.sorted() == ["ComExample.Thing.swift", "ComExample.swift"])
  }

  @Test func otherJSONIsOpenAPI() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("api.json", Self.openAPIJSON)
    #expect(try generatedFiles(spec: "api.json", in: folder).keys.sorted() == ["Thing.swift"])
  }
}
