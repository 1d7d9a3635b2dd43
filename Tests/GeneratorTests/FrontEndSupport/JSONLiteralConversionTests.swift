import FrontEndSupport
import SchemaIR
import Testing

/// Node → `JSONLiteral`: values exactly as written.
@Suite struct JSONLiteralConversionTests {
  @Test func numbersKeepTheirTextAndObjectsTheirOrder() throws {
    let root = try FrontEndSupportFixture.document(
      #"{"z": 9223372036854776000, "a": [1, 0.10, true, null, "x"], "m": {"k": {}}}"#)
    #expect(
      root.jsonLiteral
        == .object([
          .init("z", .number("9223372036854776000")),
          .init("a", .array([.integer(1), .number("0.10"), .bool(true), .null, .string("x")])),
          .init("m", .object([.init("k", .object([]))])),
        ]))
    #expect(root.jsonLiteral.jsonText == #"{"z":9223372036854776000,"a":[1,0.10,true,null,"x"],"m":{"k":{}}}"#)
  }

  @Test func yamlScalarsResolveAsTheCoreSchemaSays() throws {
    let root = try FrontEndSupportFixture.document("a: '12'\nb: 12\nc: ~\nd: yes\n")
    #expect(root["a"]?.jsonLiteral == .string("12"))
    #expect(root["b"]?.jsonLiteral == .integer(12))
    #expect(root["c"]?.jsonLiteral == .null)
    #expect(root["d"]?.jsonLiteral == .string("yes"))
  }
}
