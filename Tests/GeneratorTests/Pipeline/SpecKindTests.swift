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

  /// `--namespace` keeps the lexicons under it and what they reference; it means nothing for OpenAPI.
  @Test func namespacesSelectLexiconsAndAreRefusedForOtherSpecs() throws {
    let folder = try ScratchFolder()
    defer { folder.remove() }
    try folder.write("lexicons/com/example/thing.json", Self.lexicon)
    try folder.write(
      "lexicons/org/other/unused.json",
      #"{"lexicon": 1, "id": "org.other.unused", "defs": {"main": {"type": "object", "properties": {}}}}"#)
    try folder.write("api.json", Self.openAPIJSON)
    let selected = SpecgenCommands.generate(
      spec: folder.url("lexicons"), output: folder.url("Out/selected"), moduleName: "M", access: .public,
      namespaces: ["com.example"])
    #expect(selected.status == .success, "\(selected.standardError)")
    #expect(try folder.snapshot("Out/selected").keys.sorted() == ["ComExample.Thing.swift", "ComExample.swift"])
    // `types` lists what `generate` declares, with the same selection.
    let types = SpecgenCommands.types(spec: folder.url("lexicons"), moduleName: "M", namespaces: ["com.example"])
    #expect(types.standardOutput == ["com.example.thing#main\tM.ComExample.Thing"])
    let all = SpecgenCommands.types(spec: folder.url("lexicons"), moduleName: "M")
    #expect(
      all.standardOutput == ["com.example.thing#main\tM.ComExample.Thing", "org.other.unused#main\tM.OrgOther.Unused"])
    #expect(
      SpecgenCommands.types(spec: folder.url("lexicons"), moduleName: "M", namespaces: ["-x"]).status == .usage)

    let openAPI = SpecgenCommands.generate(
      spec: folder.url("api.json"), output: folder.url("Out/api"), moduleName: "M", access: .public,
      namespaces: ["com.example"])
    #expect(openAPI.status == .inputError)
    #expect(
      openAPI.standardError == [
        "error: namespaces select lexicons, and '\(folder.url("api.json"))' is not a Lexicon spec: remove 'namespaces'"
          + " from its target"
      ])
    let malformed = SpecgenCommands.generate(
      spec: folder.url("lexicons"), output: folder.url("Out/bad"), moduleName: "M", access: .public,
      namespaces: ["com.example."])
    #expect(malformed.status == .usage)
    #expect(
      malformed.standardError == [
        "error: --namespace 'com.example.' is not an NSID prefix: dot-separated segments of letters, digits and '-'"
      ])
    #expect(
      try folder.snapshot("Out").keys.sorted() == [
        "selected", "selected/ComExample.Thing.swift", "selected/ComExample.swift",
      ])
  }
}
