import Foundation
import SpecgenRuntime
import Testing

@Suite("JSONValue decoding and encoding")
struct JSONValueTests {
  @Test(arguments: [
    ("null", JSONValue.null),
    ("true", .bool(true)),
    ("false", .bool(false)),
    ("0", .integer(0)),
    ("-42", .integer(-42)),
    ("2.5", .double(2.5)),
    ("-1e-3", .double(-0.001)),
    (#""hi""#, .string("hi")),
    ("[]", .array([])),
    ("{}", .object([:])),
  ])
  func decodesEveryCase(json: String, expected: JSONValue) throws {
    #expect(try JSONValue(jsonData: Data(json.utf8)) == expected)
  }

  @Test func numbersAreNeverBooleans() throws {
    #expect(try JSONValue(jsonData: Data("1".utf8)) == .integer(1))
    #expect(try JSONValue(jsonData: Data("0".utf8)) == .integer(0))
    #expect(try JSONValue(jsonData: Data("[1,0,true]".utf8)) == [1, 0, true])
  }

  @Test func decoderRefusesBoolFromNumber() {
    // JSONValue relies on this: if Foundation ever read `1` as `true`, integers would silently turn into booleans.
    #expect(throws: DecodingError.self) { try decodeFromJSON(Bool.self, "1") }
    #expect(throws: DecodingError.self) { try decodeFromJSON(Int64.self, "true") }
  }

  @Test func booleansAreNeverNumbers() throws {
    #expect(try JSONValue(jsonData: Data("true".utf8)).intValue == nil)
    #expect(try encodeToJSON(JSONValue.bool(true)) == "true")
  }

  @Test func int64ExtremesStayExact() throws {
    #expect(try JSONValue(jsonData: Data("9223372036854775807".utf8)) == .integer(.max))
    #expect(try JSONValue(jsonData: Data("-9223372036854775808".utf8)) == .integer(.min))
    #expect(try encodeToJSON(JSONValue.integer(.max)) == "9223372036854775807")
  }

  @Test func integersBeyondInt64BecomeDoubles() throws {
    #expect(try JSONValue(jsonData: Data("9223372036854775808".utf8)) == .double(9_223_372_036_854_775_808))
    #expect(try JSONValue(jsonData: Data("-100000000000000000000".utf8)) == .double(-1e20))
  }

  @Test func integralSpellingsAreIntegers() throws {
    // JSON Schema counts 1.0 as an integer; the value survives, its spelling does not.
    #expect(try JSONValue(jsonData: Data("1.0".utf8)) == .integer(1))
    #expect(try JSONValue(jsonData: Data("1e2".utf8)) == .integer(100))
    #expect(try encodeToJSON(JSONValue(jsonData: Data("[1.0]".utf8))) == "[1]")
  }

  @Test func numberBeyondDoubleRangeThrows() {
    #expect(throws: (any Error).self) { try JSONValue(jsonData: Data("1e400".utf8)) }
  }

  @Test func nestedStructureRoundTrips() throws {
    let value: JSONValue = [
      "name": "specgen", "tags": ["a", nil, 3, 4.25, false], "nested": ["deep": ["deeper": [[], [:]]]],
      "unicode": "snow ☃ \u{1F600}", "empty": "",
    ]
    let json = try encodeToJSON(value)
    #expect(try JSONValue(jsonData: Data(json.utf8)) == value)
  }

  @Test func encodesCanonicalText() throws {
    let value: JSONValue = ["b": [1, 2.5, "x", nil], "a": true]
    #expect(try encodeToJSON(value) == #"{"a":true,"b":[1,2.5,"x",null]}"#)
  }

  @Test func decodesInsideSynthesizedCodable() throws {
    struct Envelope: Codable, Equatable { var payload: JSONValue }
    let decoded = try decodeFromJSON(Envelope.self, #"{"payload":{"k":[1,{"z":null}]}}"#)
    #expect(decoded == Envelope(payload: ["k": [1, ["z": nil]]]))
    #expect(try encodeToJSON(decoded) == #"{"payload":{"k":[1,{"z":null}]}}"#)
  }

  @Test func invalidDocumentThrows() {
    #expect(throws: (any Error).self) { try JSONValue(jsonData: Data("{".utf8)) }
    #expect(throws: (any Error).self) { try JSONValue(jsonData: Data("".utf8)) }
  }

  @Test func deeplyNestedInputThrowsInsteadOfCrashing() {
    // JSONDecoder caps nesting depth; a hostile document must fail cleanly, not overflow the stack.
    let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: (any Error).self) { try JSONValue(jsonData: Data(json.utf8)) }
  }
}

@Suite("JSONValue accessors and literals")
struct JSONValueAccessTests {
  let document: JSONValue = ["s": "text", "i": 7, "d": 1.5, "b": false, "n": nil, "a": [10, 20], "o": ["k": "v"]]

  @Test func typedAccessors() {
    #expect(document["s"]?.stringValue == "text")
    #expect(document["i"]?.intValue == 7)
    #expect(document["i"]?.doubleValue == 7)
    #expect(document["d"]?.doubleValue == 1.5)
    #expect(document["b"]?.boolValue == false)
    #expect(document["n"]?.isNull == true)
    #expect(document["a"]?.arrayValue == [10, 20])
    #expect(document["o"]?.objectValue == ["k": "v"])
  }

  @Test func mismatchedAccessorsReturnNil() {
    #expect(document["s"]?.intValue == nil)
    #expect(document["d"]?.intValue == nil)
    #expect(document["i"]?.stringValue == nil)
    #expect(document["b"]?.isNull == false)
    #expect(document.arrayValue == nil)
    #expect(document["a"]?.objectValue == nil)
  }

  @Test func integralDoubleReadsAsInt() {
    #expect(JSONValue.double(3).intValue == 3)
    #expect(JSONValue.double(1e300).intValue == nil)
  }

  @Test func subscriptsNeverTrap() {
    #expect(document["missing"] == nil)
    #expect(document["a"]?[1] == 20)
    #expect(document["a"]?[2] == nil)
    #expect(document["a"]?[-1] == nil)
    #expect(document[0] == nil)
    #expect(JSONValue.string("x")["key"] == nil)
  }

  @Test func literalsBuildTheMatchingCases() {
    #expect(JSONValue(nilLiteral: ()) == .null)
    let values: [JSONValue] = [true, 5, 0.25, "s", [1], ["k": 1]]
    #expect(
      values == [
        .bool(true), .integer(5), .double(0.25), .string("s"), .array([.integer(1)]), .object(["k": .integer(1)]),
      ]
    )
  }

  @Test func repeatedDictionaryLiteralKeyKeepsLastValue() {
    let value = JSONValue(dictionaryLiteral: ("k", 1), ("k", 2))
    #expect(value == ["k": 2])
  }

  @Test func hashableDistinguishesIntegerFromDouble() {
    let set: Set<JSONValue> = [.integer(1), .double(1), .bool(true), .string("1")]
    #expect(set.count == 4)
  }
}

/// A struct shaped like generated code with an untyped optional member.
private struct Untyped: Codable, Equatable {
  var extra: JSONValue?
}

@Suite struct UntypedMemberTests {
  @Test func explicitNullSurvivesARoundTrip() throws {
    let decoded = try JSONDecoder().decode(Untyped.self, from: Data(#"{"extra":null}"#.utf8))
    #expect(decoded.extra == .null)
    #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"{"extra":null}"#)
  }

  @Test func absentStaysAbsent() throws {
    let decoded = try JSONDecoder().decode(Untyped.self, from: Data("{}".utf8))
    #expect(decoded.extra == nil)
    #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == "{}")
  }

  @Test func descriptionIsCompactJSONWithSortedKeys() {
    let value: JSONValue = ["error": ["messages": ["not found"], "type": "not_found"], "at": "a/b", "n": 1.5]
    #expect(value.description == #"{"at":"a/b","error":{"messages":["not found"],"type":"not_found"},"n":1.5}"#)
    #expect(JSONValue.string("x").description == #""x""#)
    #expect("\(JSONValue.null)" == "null")
  }
}
