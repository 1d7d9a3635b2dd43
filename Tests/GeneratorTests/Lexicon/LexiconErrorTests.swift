import SchemaIR
import SpecgenDiagnostics
import Testing

/// Bad lexicons stop translation with a positioned error; newer constructs warn and are skipped.
@Suite struct LexiconErrorTests {
  /// The single diagnostic of a failed translation of one lexicon at its conventional path.
  private func error(_ id: String, _ defs: String, version: String = "1") throws -> Diagnostic {
    let failure = try #require(
      LexiconFixture.error([
        LexiconFixture.path("com.example.thing"): LexiconFixture.lexicon(id, defs, version: version)
      ]))
    return try #require(failure.diagnostics.first)
  }

  @Test func invalidNSIDInIDIsPositionedAtTheID() throws {
    let diagnostic = try error("com.example.9thing", #""main": {"type": "token"}"#)
    #expect(diagnostic.message.contains("'com.example.9thing' is not a valid NSID"))
    #expect(diagnostic.path == "#/id")
    #expect(diagnostic.location?.line == 3)
    #expect(diagnostic.location?.column == 9)
    #expect(diagnostic.location?.file.hasSuffix("com/example/thing.json") == true)
    for bad in ["thing", "com.example", "com..thing", "-com.example.thing", "com.example.thing-x", "com.exa_mple.x"] {
      #expect(try self.error(bad, "").message.contains("not a valid NSID"), "\(bad)")
    }
  }

  @Test func unsupportedLexiconVersionIsAnError() throws {
    let diagnostic = try error("com.example.thing", #""main": {"type": "token"}"#, version: "2")
    #expect(diagnostic.message.contains("unsupported lexicon version 2"))
    #expect(diagnostic.path == "#/lexicon")
    #expect(diagnostic.location?.line == 2)
    #expect(try error("com.example.thing", "", version: "\"1\"").message.contains("unsupported lexicon version"))
  }

  @Test func referenceToAMissingDefinitionNamesIt() throws {
    let diagnostic = try error(
      "com.example.thing", ##""main": {"type": "object", "properties": {"x": {"type": "ref", "ref": "#nope"}}}"##)
    #expect(diagnostic.message.contains("'#nope'"))
    #expect(diagnostic.message.contains("no definition 'nope'"))
    #expect(diagnostic.path == "#/defs/main/properties/x/ref")
    #expect(diagnostic.location?.line == 5)
  }

  @Test func referenceToAMissingMainIsAnError() throws {
    let failure = try #require(
      LexiconFixture.error([
        "com/example/defs.json": LexiconFixture.lexicon("com.example.defs", #""view": {"type": "token"}"#),
        "com/example/user.json": LexiconFixture.lexicon(
          "com.example.user", #""main": {"type": "union", "refs": ["com.example.defs"]}"#),
      ]))
    let diagnostic = try #require(failure.diagnostics.first)
    #expect(diagnostic.message.contains("lexicon 'com.example.defs' has no main definition"))
    #expect(diagnostic.path == "#/defs/main/refs/0")
    #expect(diagnostic.location?.file.hasSuffix("com/example/user.json") == true)
  }

  @Test func referenceToAMissingLexiconNamesTheNSID() throws {
    let diagnostic = try error(
      "com.example.thing",
      #""main": {"type": "object", "properties": {"x": {"type": "ref", "ref": "com.example.gone#view"}}}"#)
    #expect(diagnostic.message.contains("lexicon 'com.example.gone' is not in the input"))
    #expect(diagnostic.message.contains("com/example/gone.json"))
    #expect(diagnostic.path == "#/defs/main/properties/x/ref")
    #expect(diagnostic.location?.line == 5)
    #expect(diagnostic.severity == .error)
  }

  @Test func malformedReferencesAndReferencesToOperationsAreErrors() throws {
    for bad in ["#", "com.example.thing#", "not an nsid", "a#b#c"] {
      let diagnostic = try error(
        "com.example.thing", #""main": {"type": "object", "properties": {"x": {"type": "ref", "ref": "\#(bad)"}}}"#)
      #expect(diagnostic.message.contains("is not a valid reference"), "\(bad)")
    }
    let diagnostic = try error(
      "com.example.thing",
      ##""main": {"type": "query"}, "view": {"type": "object", "properties": {"x": {"type": "ref", "ref": "#main"}}}"##)
    #expect(diagnostic.message.contains("names a 'query' definition, which is not a data type"))
  }

  /// An open union of no refs is legal (any object with a `$type`); a closed one can hold nothing.
  @Test func closedUnionWithoutRefsIsAnError() throws {
    let diagnostic = try error("com.example.thing", #""main": {"type": "union", "refs": [], "closed": true}"#)
    #expect(diagnostic.message == "a closed union with no refs can hold no value: list at least one definition")
    #expect(diagnostic.path == "#/defs/main/refs")
    let open = try LexiconFixture.single("com.example.thing", #""main": {"type": "union", "refs": []}"#)
    #expect(open.module.union("com.example.thing#main")?.variants == [])
    #expect(open.module.union("com.example.thing#main")?.isOpen == true)
    #expect(try error("com.example.thing", #""main": {"type": "union"}"#).message.contains("union has no 'refs'"))
  }

  /// A token is a constant, not a type: a union cannot list it as a variant, as a `ref` cannot name it.
  @Test func aUnionListingATokenIsAnError() throws {
    let diagnostic = try error(
      "com.example.thing",
      ##""main": {"type": "union", "refs": ["#object", "#flag"]}, "object": {"type": "object", "properties": {}}, "flag": {"type": "token"}"##
    )
    #expect(diagnostic.message.contains("'#flag' names a token, which is a value, not a type"))
    #expect(diagnostic.path == "#/defs/main/refs/1")
  }

  @Test func structuralMistakesAreErrors() throws {
    #expect(try error("com.example.thing", #""main": {"description": "no type"}"#).message.contains("has no 'type'"))
    #expect(try error("com.example.thing", #""main": {"type": "record", "key": "tid"}"#).message.contains("'record'"))
    #expect(
      try error("com.example.thing", #""main": {"type": "object", "properties": {"x": {"type": "token"}}}"#)
        .message.contains("only be a top-level definition"))
    #expect(
      try error("com.example.thing", #""main": {"type": "procedure", "input": {"schema": {"type": "object"}}}"#)
        .message.contains("input has no 'encoding'"))
    #expect(
      try error("com.example.thing", #""main": {"type": "string", "maxLength": -1}"#)
        .message.contains("non-negative integer"))
    let noDefs = try #require(LexiconFixture.error(["a.json": #"{"lexicon": 1, "id": "com.example.a"}"#]))
    #expect(noDefs.diagnostics.first?.message.contains("missing 'defs'") == true)
    let notLexicon = try #require(LexiconFixture.error(["a.json": #"{"openapi": "3.1.0"}"#]))
    #expect(notLexicon.diagnostics.first?.message.contains("missing 'lexicon'") == true)
  }

  @Test func duplicateIDsAreAnError() throws {
    let text = LexiconFixture.lexicon("com.example.thing", #""main": {"type": "token"}"#)
    let failure = try #require(LexiconFixture.error(["a/thing.json": text, "b/thing.json": text]))
    #expect(failure.diagnostics.first?.message.contains("defined twice: in a/thing.json and in b/thing.json") == true)
  }

  @Test func missingInputAndInputOutsideTheRootAreErrors() throws {
    let text = LexiconFixture.lexicon("com.example.thing", #""main": {"type": "token"}"#)
    let missing = try #require(LexiconFixture.error(["thing.json": text], input: "nowhere"))
    #expect(missing.diagnostics.first?.message.contains("no such lexicon file or folder: nowhere") == true)
    let outside = try #require(LexiconFixture.error(["thing.json": text], input: "../elsewhere"))
    #expect(outside.diagnostics.first?.message.contains("outside the spec root") == true)
  }

  @Test func deeplyNestedTypesAreRefusedNotRecursedForever() throws {
    // Past the front ends' one nesting limit (`NestingGuard.limit`, 200), within the reader's depth (256).
    let depth = 210
    let nested =
      String(repeating: #"{"type": "array", "items": "#, count: depth) + #"{"type": "string"}"#
      + String(repeating: "}", count: depth)
    let diagnostic = try error("com.example.thing", #""main": {"type": "object", "properties": {"x": \#(nested)}}"#)
    #expect(diagnostic.message == "schema nesting is deeper than 200 levels")
  }

  /// A permission set is the OAuth scope that requests it: a one-value enumeration, `include:<nsid>`.
  @Test func permissionSetIsItsScope() throws {
    let result = try LexiconFixture.single(
      "com.example.thing",
      #""main": {"type": "permission-set", "title": "All", "permissions": []}, "other": {"type": "token"}"#)
    #expect(result.warnings.isEmpty)
    let scope = try #require(result.module.enumeration("com.example.thing#main"))
    #expect(scope.cases.map(\.value) == [.string("include:com.example.thing")])
    #expect(result.module.declaration(named: "com.example.thing#main")?.documentation.description == "All")
    #expect(result.module.constants.first?.parent == TypeID("com.example.thing#main"))
  }

  @Test func newerDefinitionTypesAreSkippedWithAPositionedWarning() throws {
    let result = try LexiconFixture.single(
      "com.example.thing", #""main": {"type": "token"}, "other": {"type": "permission-grant"}"#)
    #expect(result.module.declaration(named: "com.example.thing#other") == nil)
    let warning = try #require(result.warnings.first)
    #expect(result.warnings.count == 1)
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("'permission-grant'"))
    #expect(warning.path == "#/defs/other/type")
  }

  @Test func idDisagreeingWithItsPathWarnsAndTheIDWins() throws {
    let result = try LexiconFixture.translate([
      "com/example/richtext/facet.json": LexiconFixture.lexicon("com.example.facet", #""main": {"type": "token"}"#)
    ])
    #expect(result.module.constants.map(\.id) == [TypeID("com.example.facet#main")])
    let warning = try #require(result.warnings.first)
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("'com.example.facet' does not match its path 'com/example/richtext/facet.json'"))
    #expect(warning.path == "#/id")
    #expect(warning.location?.line == 3)
  }

  @Test func filesLaidOutByNSIDUnderAnyFolderDoNotWarn() throws {
    let result = try LexiconFixture.translate([
      "lexicons/com/example/facet.json": LexiconFixture.lexicon("com.example.facet", #""main": {"type": "token"}"#),
      "facet2.json": LexiconFixture.lexicon("com.example.facet2", #""main": {"type": "token"}"#),
    ])
    #expect(result.warnings.isEmpty)
  }
}
