import SchemaIR
import SwiftEmitter
import Testing

/// Each definition type becomes the declaration the mapping promises, placed and named by its NSID.
@Suite struct LexiconDefinitionTests {
  @Test func recordIsATaggedObjectWithItsKeyType() throws {
    let module = try LexiconFixture.single(
      "com.example.post",
      """
      "main": {"type": "record", "key": "tid", "description": "A post.", "record": {"type": "object",
        "required": ["text"], "nullable": ["lang"],
        "properties": {"text": {"type": "string"}, "lang": {"type": "string", "format": "language"}}}}
      """
    ).module
    let declaration = try #require(module.declaration(named: "com.example.post#main"))
    #expect(declaration.parent == nil)
    #expect(declaration.namespace == ["com", "example"])
    #expect(declaration.sourceName == "post")
    #expect(declaration.documentation.description == "A post.")
    let record = try #require(module.object("com.example.post#main"))
    #expect(record.typeTag == "com.example.post")
    #expect(record.recordKey == "tid")
    #expect(record.additionalProperties == .kept(.any))
    #expect(record.field("text")?.isRequired == true)
    #expect(record.field("lang")?.isRequired == false)
    #expect(record.field("lang")?.isNullable == true)
    #expect(record.field("lang")?.type == .primitive(.lexiconString(.language)))
  }

  @Test func otherDefinitionsNestInAMainTypeAndAreTaggedWithTheirFullReference() throws {
    let module = try LexiconFixture.single(
      "com.example.thing",
      """
      "main": {"type": "object", "properties": {"view": {"type": "ref", "ref": "#view"}}},
      "view": {"type": "object", "properties": {"id": {"type": "integer"}}}
      """
    ).module
    #expect(module.object("com.example.thing#main")?.typeTag == "com.example.thing")
    let view = try #require(module.declaration(named: "com.example.thing#view"))
    #expect(view.parent == TypeID("com.example.thing#main"))
    #expect(view.sourceName == "view")
    #expect(module.object("com.example.thing#view")?.typeTag == "com.example.thing#view")
  }

  @Test func definitionsOfAFileWithoutAMainTypeAreTopLevelUnderDottedNames() throws {
    let module = try LexiconFixture.single(
      "com.example.defs",
      """
      "itemView": {"type": "object", "properties": {}},
      "kind": {"type": "string", "knownValues": ["a", "b"]}
      """
    ).module
    let view = try #require(module.declaration(named: "com.example.defs#itemView"))
    #expect(view.parent == nil)
    #expect(view.namespace == ["com", "example", "defs"])
    #expect(view.sourceName == "itemView")
    #expect(module.declaration(named: "com.example.defs#kind")?.namespace == ["com", "example", "defs"])
    #expect(module.declaration(named: "com.example.defs#kind")?.sourceName == "kind")
  }

  @Test func tokenIsAConstantOfItsOwnReferenceNotAType() throws {
    let module = try LexiconFixture.single(
      "com.example.defs", #""spam": {"type": "token", "description": "Unwanted messages."}"#
    ).module
    #expect(module.declaration(named: "com.example.defs#spam") == nil)
    let token = try #require(module.constants.first)
    #expect(module.constants.count == 1)
    #expect(token.id == TypeID("com.example.defs#spam"))
    #expect(token.parent == nil)
    #expect(token.namespace == ["com", "example", "defs"])
    #expect(token.sourceName == "spam")
    #expect(token.value == "com.example.defs#spam")
    #expect(token.documentation.description == "Unwanted messages.")
  }

  @Test func tokensBesideAMainTypeAreDeclaredInItAndAMainTokenHostsNothing() throws {
    let beside = try LexiconFixture.single(
      "com.example.post",
      #""main": {"type": "object", "properties": {}}, "pinned": {"type": "token"}"#
    ).module
    #expect(beside.constants.map(\.parent) == [TypeID("com.example.post#main")])
    #expect(beside.constants.map(\.sourceName) == ["pinned"])
    let mainToken = try LexiconFixture.single(
      "com.example.mark",
      #""main": {"type": "token"}, "view": {"type": "object", "properties": {}}"#
    ).module
    #expect(mainToken.constants.map { $0.namespace + [$0.sourceName] } == [["com", "example", "mark"]])
    #expect(mainToken.constants.map(\.value) == ["com.example.mark"])
    let view = try #require(mainToken.declaration(named: "com.example.mark#view"))
    #expect(view.parent == nil)
    #expect(view.namespace == ["com", "example", "mark"])
    #expect(view.sourceName == "view")
  }

  @Test func stringDefinitionsBecomeAliasesOrEnumerationsKeepingTheirConstraints() throws {
    let module = try LexiconFixture.single(
      "com.example.defs",
      """
      "handle": {"type": "string", "format": "handle", "maxLength": 253},
      "target": {"type": "string", "knownValues": ["content", "tag"], "maxLength": 640, "maxGraphemes": 64},
      "kind": {"type": "string", "enum": ["a", "b"], "default": "a"},
      "level": {"type": "integer", "enum": [1, 2, 3]}
      """
    ).module
    #expect(module.alias("com.example.defs#handle") == .primitive(.lexiconString(.handle)))
    #expect(module.declaration(named: "com.example.defs#handle")?.constraints == Constraints(maxLength: 253))
    let target = try #require(module.enumeration("com.example.defs#target"))
    #expect(target.isOpen)
    #expect(target.cases.map(\.value) == [.string("content"), .string("tag")])
    #expect(
      module.declaration(named: "com.example.defs#target")?.constraints
        == Constraints(maxLength: 640, maxGraphemes: 64))
    let kind = try #require(module.enumeration("com.example.defs#kind"))
    #expect(kind.isOpen == false)
    #expect(module.declaration(named: "com.example.defs#kind")?.documentation.defaultValue == .string("a"))
    let level = try #require(module.enumeration("com.example.defs#level"))
    #expect(level.rawType == .integer)
    #expect(level.cases.map(\.value) == [.integer(1), .integer(2), .integer(3)])
  }

  @Test func scalarDefinitionsAreAliasesOfTheirPrimitive() throws {
    let module = try LexiconFixture.single(
      "com.example.defs",
      """
      "flag": {"type": "boolean"}, "count": {"type": "integer", "minimum": 1},
      "data": {"type": "bytes", "maxLength": 16}, "link": {"type": "cid-link"},
      "image": {"type": "blob", "accept": ["image/png"]}
      """
    ).module
    #expect(module.alias("com.example.defs#flag") == .primitive(.boolean))
    #expect(module.alias("com.example.defs#count") == .primitive(.integer))
    #expect(module.declaration(named: "com.example.defs#count")?.constraints.minimum == Constraints.Bound("1"))
    #expect(module.alias("com.example.defs#data") == .primitive(.atBytes))
    #expect(module.declaration(named: "com.example.defs#data")?.constraints.maxLength == 16)
    #expect(module.alias("com.example.defs#link") == .primitive(.cidLink))
    #expect(module.alias("com.example.defs#image") == .primitive(.blob))
    #expect(module.declaration(named: "com.example.defs#image")?.constraints.acceptedMediaTypes == ["image/png"])
  }

  /// The Lexicon specification: `unknown` and `ref` describe fields, never named definitions.
  @Test(arguments: [#"{"type": "unknown"}"#, ##"{"type": "ref", "ref": "#flag"}"##])
  func unknownAndRefAreNotNamedDefinitions(definition: String) throws {
    let error = try #require(
      LexiconFixture.error([
        "com/example/defs.json": LexiconFixture.lexicon(
          "com.example.defs", #""flag": {"type": "boolean"}, "same": "# + definition)
      ]))
    #expect(
      error.diagnostics.first?.message.hasSuffix(
        "cannot be a named definition (use it as the type of a field, an item or a parameter)") == true)
    #expect(error.diagnostics.first?.path == "#/defs/same/type")
  }

  @Test func arrayDefinitionOfUnionsDeclaresTheUnionBesideTheAlias() throws {
    let module = try LexiconFixture.single(
      "com.example.defs",
      """
      "a": {"type": "object", "properties": {}}, "b": {"type": "object", "properties": {}},
      "preferences": {"type": "array", "maxLength": 10, "items": {"type": "union", "refs": ["#a", "#b"]}}
      """
    ).module
    let itemID = TypeID("com.example.defs#preferences/items")
    #expect(module.alias("com.example.defs#preferences") == .array(.named(itemID)))
    #expect(module.declaration(named: "com.example.defs#preferences")?.constraints.maxItems == 10)
    let item = try #require(module.declaration(itemID))
    #expect(item.parent == nil)
    #expect(item.namespace == ["com", "example", "defs"])
    #expect(item.sourceName == "preferencesItem")
    #expect(module.union(itemID.rawValue)?.variants.map(\.sourceName) == ["a", "b"])
  }

  @Test func inlineObjectsAndEnumerationsNestInTheObjectUsingThem() throws {
    let module = try LexiconFixture.single(
      "com.example.thing",
      """
      "main": {"type": "object", "properties": {
        "settings": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["x", "y"]}}},
        "tags": {"type": "array", "items": {"type": "string", "knownValues": ["news"]}}}}
      """
    ).module
    let settingsID = "com.example.thing#main/properties/settings"
    let settings = try #require(module.declaration(named: settingsID))
    #expect(settings.parent == TypeID("com.example.thing#main"))
    #expect(settings.sourceName == "settings")
    #expect(module.object(settingsID)?.typeTag == nil)
    let mode = try #require(module.declaration(named: settingsID + "/properties/mode"))
    #expect(mode.parent == TypeID(settingsID))
    #expect(mode.sourceName == "mode")
    let tag = try #require(module.declaration(named: "com.example.thing#main/properties/tags/items"))
    #expect(tag.sourceName == "tag")
    #expect(tag.parent == TypeID("com.example.thing#main"))
    #expect(module.enumeration(tag.id.rawValue)?.isOpen == true)
  }

  @Test func paramsDefinitionIsAnObjectWithoutTypeTag() throws {
    let module = try LexiconFixture.single(
      "com.example.defs", #""filter": {"type": "params", "properties": {"limit": {"type": "integer"}}}"#
    ).module
    let filter = try #require(module.object("com.example.defs#filter"))
    #expect(filter.typeTag == nil)
    #expect(filter.additionalProperties == .ignored)
    #expect(filter.field("limit")?.type == .primitive(.integer))
  }

  /// The front end says which names are derived; the naming pass gives the definition its name and the
  /// inline types a suffix saying what they are.
  @Test func inlineTypeNamedLikeADefinitionBesideItTakesASuffix() throws {
    let module = try LexiconFixture.single(
      "com.example.video",
      """
      "main": {"type": "object", "properties": {
        "connections": {"type": "array", "items": {"type": "union", "refs": ["#connection"]}},
        "connection": {"type": "string", "enum": ["a"]}}},
      "connection": {"type": "object", "properties": {}}
      """
    ).module
    let definition = try #require(module.declaration(named: "com.example.video#connection"))
    #expect(definition.sourceName == "connection" && definition.naming == .given)
    let items = try #require(module.declaration(named: "com.example.video#main/properties/connections/items"))
    #expect(items.sourceName == "connection" && items.naming == .derived)
    let field = try #require(module.declaration(named: "com.example.video#main/properties/connection"))
    #expect(field.sourceName == "connection" && field.naming == .derived)
    let names = Dictionary(
      uniqueKeysWithValues: SwiftEmitter(options: EmitterOptions(moduleName: "M")).typeIndex(module).map {
        ($0.id, $0.swiftName)
      })
    #expect(names[definition.id] == "M.ComExample.Video.Connection")
    #expect(names[items.id] == "M.ComExample.Video.ConnectionUnion")
    #expect(names[field.id] == "M.ComExample.Video.ConnectionValue")
  }
}
