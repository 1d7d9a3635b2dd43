import SchemaIR
import Testing

/// Field types, string formats and constraints, read from the `main` object of one lexicon.
@Suite struct LexiconFieldTests {
  /// The fields of `com.example.thing#main`, an object whose properties are `properties`.
  private func fields(_ properties: String) throws -> ObjectType {
    let module = try LexiconFixture.single(
      "com.example.thing", #""main": {"type": "object", "properties": {"# + properties + "}}"
    ).module
    return try #require(module.object("com.example.thing#main"))
  }

  /// Every format Lexicon defines is typed, `uri` included (OpenAPI's `uri` stays a plain `String`).
  @Test(arguments: LexiconStringFormat.allCases)
  func stringFormatIsTyped(format: LexiconStringFormat) throws {
    let object = try fields(#""value": {"type": "string", "format": "\#(format.rawValue)"}"#)
    #expect(object.field("value")?.type == .primitive(.lexiconString(format)))
  }

  /// A format Lexicon does not define is kept as written, as a plain string.
  @Test func anUndefinedFormatStaysAString() throws {
    let object = try fields(#""value": {"type": "string", "format": "color"}"#)
    #expect(object.field("value")?.type == .primitive(.string(format: "color")))
  }

  @Test func stringLengthsCountBytesAndGraphemesSeparately() throws {
    let object = try fields(
      #""title": {"type": "string", "minLength": 1, "maxLength": 1400, "minGraphemes": 1, "maxGraphemes": 140}"#)
    #expect(
      object.field("title")?.constraints
        == Constraints(minLength: 1, maxLength: 1400, minGraphemes: 1, maxGraphemes: 140))
  }

  @Test func integerBoundsConstAndDefault() throws {
    let object = try fields(
      """
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50},
      "version": {"type": "integer", "const": 2}
      """)
    let limit = try #require(object.field("limit"))
    #expect(limit.type == .primitive(.integer))
    #expect(limit.constraints.minimum == Constraints.Bound("1"))
    #expect(limit.constraints.maximum == Constraints.Bound("100"))
    #expect(limit.documentation.defaultValue == .integer(50))
    #expect(object.field("version")?.constraints.constant == .integer(2))
  }

  @Test func booleanConstAndDefault() throws {
    let object = try fields(
      #""on": {"type": "boolean", "default": true}, "fixed": {"type": "boolean", "const": false}"#)
    #expect(object.field("on")?.type == .primitive(.boolean))
    #expect(object.field("on")?.documentation.defaultValue == .bool(true))
    #expect(object.field("fixed")?.constraints.constant == .bool(false))
  }

  @Test func bytesCidLinkBlobAndUnknown() throws {
    let object = try fields(
      """
      "sig": {"type": "bytes", "minLength": 64, "maxLength": 64}, "root": {"type": "cid-link"},
      "thumb": {"type": "blob", "accept": ["image/*"], "maxSize": 1000000},
      "record": {"type": "unknown", "description": "Anything."}
      """)
    #expect(object.field("sig")?.type == .primitive(.atBytes))
    #expect(object.field("sig")?.constraints == Constraints(minLength: 64, maxLength: 64))
    #expect(object.field("root")?.type == .primitive(.cidLink))
    #expect(object.field("thumb")?.type == .primitive(.blob))
    #expect(object.field("thumb")?.constraints == Constraints(acceptedMediaTypes: ["image/*"], maxSize: 1_000_000))
    #expect(object.field("record")?.type == .any)
    #expect(object.field("record")?.documentation.description == "Anything.")
  }

  @Test func arrayLengthsAreItemCountsAndItemConstraintsApplyToEachElement() throws {
    let object = try fields(
      #""tags": {"type": "array", "maxLength": 8, "items": {"type": "string", "maxLength": 640, "maxGraphemes": 64}}"#)
    let tags = try #require(object.field("tags"))
    #expect(tags.type == .array(.primitive(.string)))
    #expect(tags.constraints.maxItems == 8)
    #expect(tags.constraints.maxLength == nil)
    #expect(tags.constraints.itemConstraints == Constraints(maxLength: 640, maxGraphemes: 64))
  }

  @Test func knownValuesAreAnOpenEnumerationAndEnumAClosedOne() throws {
    let module = try LexiconFixture.single(
      "com.example.thing",
      """
      "main": {"type": "object", "properties": {
        "reason": {"type": "string", "knownValues": ["com.example.defs#spam", "other"], "maxLength": 100},
        "mode": {"type": "string", "enum": ["on", "off"], "default": "on"}}}
      """
    ).module
    let object = try #require(module.object("com.example.thing#main"))
    let reasonID = TypeID("com.example.thing#main/properties/reason")
    #expect(object.field("reason")?.type == .named(reasonID))
    #expect(object.field("reason")?.constraints.maxLength == 100)
    let reason = try #require(module.enumeration(reasonID.rawValue))
    #expect(reason.isOpen)
    #expect(reason.cases.map(\.value) == [.string("com.example.defs#spam"), .string("other")])
    let mode = try #require(module.enumeration("com.example.thing#main/properties/mode"))
    #expect(mode.isOpen == false)
    #expect(object.field("mode")?.documentation.defaultValue == .string("on"))
  }

  @Test func unknownFieldTypeIsReadAsAnyWithAWarning() throws {
    let result = try LexiconFixture.single(
      "com.example.thing", #""main": {"type": "object", "properties": {"x": {"type": "decimal"}}}"#)
    #expect(result.module.object("com.example.thing#main")?.field("x")?.type == .any)
    let warning = try #require(result.warnings.first)
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("decimal"))
    #expect(warning.path == "#/defs/main/properties/x/type")
  }
}
