import Foundation
import SpecgenRuntime
import Testing

/// Decodes `json` with the runtime's decoder.
private func strict<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
  try StrictJSONDecoder().decode(type, from: Data(json.utf8))
}

/// Decodes `json` with Foundation's decoder, the reference for what the runtime's must read alike.
private func foundation<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(json.utf8))
}

/// The error `body` throws, as a `DecodingError`.
private func decodingError(_ body: () throws -> Void) -> DecodingError? {
  do {
    try body()
    return nil
  } catch {
    return error as? DecodingError
  }
}

/// The case name and coding path of a decoding error, which must match `JSONDecoder`'s.
private func shape(_ error: DecodingError?) -> String {
  switch error {
  case .typeMismatch(_, let context)?: return "typeMismatch " + path(context)
  case .valueNotFound(_, let context)?: return "valueNotFound " + path(context)
  case .keyNotFound(let key, let context)?: return "keyNotFound \(key.stringValue) " + path(context)
  case .dataCorrupted(let context)?: return "dataCorrupted " + path(context)
  case nil: return "no error"
  @unknown default: return "unknown"
  }
}

private func path(_ context: DecodingError.Context) -> String {
  "[" + context.codingPath.map(\.stringValue).joined(separator: ", ") + "]"
}

struct Item: Codable, Equatable {
  var name: String
  var count: Int?
  var tags: [String]?
  var nested: [String: Double]?
}

@Suite("StrictJSONDecoder")
struct StrictJSONDecoderTests {
  @Test(arguments: [
    "null", "true", "false", "0", "-0", "42", "-7", "2.5", "-1e-3", "1E+2", "1.0", "123456789012345678901234567890",
    #""""#, #""a""#, "[]", "{}", #"[1, "x", null, true, {"a": [[]]}]"#,
    #"{"a": {"b": {"c": [1, 2.5, "three", false, null]}}, "d": []}"#, " \t\r\n [ 1 , 2 ] \n",
  ])
  func readsEveryKindAsJSONDecoderDoes(json: String) throws {
    #expect(try strict(JSONValue.self, json) == foundation(JSONValue.self, json))
  }

  @Test func roundTripsModelsEncodedByJSONEncoder() throws {
    let items = [
      Item(name: "a\"b\\c\n\u{1}é😀", count: .max, tags: ["x", ""], nested: ["pi": 3.141592653589793, "e": -2.5e-300]),
      Item(name: "", count: .min, tags: [], nested: [:]),
      Item(name: "plain", count: nil, tags: nil, nested: nil),
    ]
    let data = try JSONEncoder().encode(items)
    #expect(try StrictJSONDecoder().decode([Item].self, from: data) == items)
  }

  @Test func integersAreExactAtEveryWidth() throws {
    #expect(try strict(Int64.self, "9223372036854775807") == .max)
    #expect(try strict(Int64.self, "-9223372036854775808") == .min)
    #expect(try strict(UInt64.self, "18446744073709551615") == .max)
    #expect(try strict(Int8.self, "-128") == .min)
    #expect(try strict(UInt8.self, "255") == .max)
    #expect(try strict(Int32.self, "-2147483648") == .min)
    #expect(try strict(Int16.self, "32767") == .max)
    #expect(try strict(UInt.self, "0") == 0)
    #expect(try strict([Int64].self, "[9223372036854775807, -9223372036854775808]") == [.max, .min])
  }

  @Test(arguments: [
    ("Int64", "9223372036854775808"), ("Int64", "-9223372036854775809"), ("UInt64", "18446744073709551616"),
    ("UInt64", "-1"), ("Int8", "128"), ("Int8", "-129"), ("UInt8", "256"), ("Int", "1.5"), ("Int", "1e-1"),
    ("Int", "1e400"), ("Int32", "2147483648"),
  ])
  func integersOutOfRangeOrWithAFractionAreRefused(type: String, json: String) {
    let error = decodingError {
      switch type {
      case "Int64": _ = try strict(Int64.self, json)
      case "UInt64": _ = try strict(UInt64.self, json)
      case "Int8": _ = try strict(Int8.self, json)
      case "UInt8": _ = try strict(UInt8.self, json)
      case "Int32": _ = try strict(Int32.self, json)
      default: _ = try strict(Int.self, json)
      }
    }
    guard case .dataCorrupted(let context)? = error else {
      Issue.record("expected dataCorrupted, got \(String(describing: error))")
      return
    }
    #expect(context.debugDescription == "Parsed JSON number <\(json)> does not fit in \(type).")
  }

  @Test func integralSpellingsReadAsIntegers() throws {
    // The rule JSONValue documents: the value counts, not its spelling.
    #expect(try strict(Int.self, "1e2") == 100)
    #expect(try strict(Int.self, "100.000") == 100)
    #expect(try strict(Int.self, "-0.0") == 0)
    #expect(try strict(Int64.self, "9.223372036854775807e18") == .max)
    #expect(try strict(Int.self, "0.5e1") == 5)
    #expect(try strict(JSONValue.self, "1e2") == .integer(100))
    #expect(try strict(JSONValue.self, "9223372036854775808") == .double(9_223_372_036_854_775_808))
    // The exact value decides, not its nearest Double (JSONDecoder reads both of these as integers).
    #expect(try strict(JSONValue.self, "92233720368547758.7") == .double(92_233_720_368_547_758.7))
    #expect(try strict(JSONValue.self, "5e-400") == .double(0))
    #expect(throws: DecodingError.self) { try strict(Int.self, "5e-400") }
  }

  @Test func doublesRoundTripBitForBit() throws {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0.1, 1e-7, .leastNonzeroMagnitude, 2.2250738585072014e-308, 1.7976931348623157e308, 123456.789,
      9_007_199_254_740_992, 1e22, 1e23,
      0.3, 4.35, -0.0,
    ]
    for _ in 0..<2000 {
      values.append(Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 900...1150) << 52)))
    }
    for _ in 0..<2000 { values.append(Double(Int.random(in: -1_000_000...1_000_000)) / 1000) }
    let data = try JSONEncoder().encode(values)
    let decoded = try StrictJSONDecoder().decode([Double].self, from: data)
    #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))
    #expect(try strict(Float.self, "3.4028235e38") == .greatestFiniteMagnitude)
    #expect(try strict(Float.self, "0.1") == Float(0.1))
    #expect(try strict(Double.self, "12345678901234567890") == 12_345_678_901_234_567_168)
  }

  @Test(arguments: [("Double", "1e400"), ("Double", "-1e309"), ("Float", "1e39")])
  func numbersBeyondTheirRangeAreRefused(type: String, json: String) {
    let error = decodingError {
      if type == "Float" { _ = try strict(Float.self, json) } else { _ = try strict(Double.self, json) }
    }
    #expect(shape(error) == "dataCorrupted []")
  }

  @Test func stringsReadEveryEscapeAndSurrogatePairs() throws {
    let json = #""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \ud83d\ude00 é € 😀 \u0000""#
    let expected = "\" \\ / \u{8} \u{C} \n \r \t A é € 😀 é € 😀 \u{0}"
    #expect(try strict(String.self, json) == expected)
    #expect(try strict(String.self, json) == foundation(String.self, json))
    // A member name with escapes matches its unescaped key.
    #expect(try strict([String: Int].self, #"{"\u0061b": 1}"#) == ["ab": 1])
    #expect(try strict(Item.self, #"{"n\u0061me": "x"}"#) == Item(name: "x"))
  }

  @Test(arguments: [
    "", " ", "[1,]", "{\"a\":1,}", "01", "-", "1.", "1e", ".5", "+1", "NaN", "Infinity", "[1 2]", "{\"a\" 1}",
    "{a: 1}", "'a'", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\tb\"",
    "\"unterminated", "[", "{\"a\":", "tru", "nul", "[1] x", "// c\n1", "\"\u{7F}\"x",
  ])
  func refusesWhatRFC8259Refuses(json: String) {
    let error = decodingError { _ = try strict(JSONValue.self, json) }
    guard case .dataCorrupted(let context)? = error else {
      Issue.record("expected dataCorrupted for \(json.debugDescription), got \(String(describing: error))")
      return
    }
    #expect(context.codingPath.isEmpty)
    #expect(context.debugDescription == "The given data was not valid JSON.")
    #expect(context.underlyingError != nil)
  }

  @Test func refusesInvalidUTF8AndSaysWhere() throws {
    for bytes: [UInt8] in [
      [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82],
    ] {
      let error = decodingError { _ = try StrictJSONDecoder().decode(JSONValue.self, from: Data(bytes)) }
      #expect(shape(error) == "dataCorrupted []", "\(bytes)")
    }
    let error = decodingError { _ = try strict(JSONValue.self, "{\n  \"a\": [1,\n  2,]}") }
    guard case .dataCorrupted(let context)? = error else { return }
    #expect("\(context.underlyingError!)" == "unexpected ']', expected a value at line 3, column 5 (byte 17)")
  }

  @Test func ignoresAByteOrderMark() throws {
    #expect(try StrictJSONDecoder().decode([Int].self, from: Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))) == [1])
  }

  @Test func nestsUpTo512Levels() throws {
    let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try strict(JSONValue.self, deep) }
    let deeper = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(shape(decodingError { _ = try strict(JSONValue.self, deeper) }) == "dataCorrupted []")
  }

  @Test(arguments: [
    (#"[{"name": "a"}, {"name": 1}]"#, "typeMismatch [Index 1, name]"),
    (#"[{"name": "a"}, {"count": 1}]"#, "keyNotFound name [Index 1]"),
    (#"[{"name": null}]"#, "valueNotFound [Index 0, name]"),
    (#"[{"name": "a", "count": "1"}]"#, "typeMismatch [Index 0, count]"),
    (#"[{"name": "a", "tags": ["x", 2]}]"#, "typeMismatch [Index 0, tags, Index 1]"),
    (#"[{"name": "a", "tags": {}}]"#, "typeMismatch [Index 0, tags]"),
    (#"[{"name": "a", "nested": {"x": "y"}}]"#, "typeMismatch [Index 0, nested, x]"),
    (#"[{"name": "a", "nested": {"x": null}}]"#, "valueNotFound [Index 0, nested, x]"),
    (#"[1]"#, "typeMismatch [Index 0]"),
    (#"{"name": "a"}"#, "typeMismatch []"),
  ])
  func errorsAreJSONDecoderCasesWithItsCodingPaths(json: String, expected: String) {
    let strictError = decodingError { _ = try strict([Item].self, json) }
    #expect(shape(strictError) == expected)
    #expect(shape(strictError) == shape(decodingError { _ = try foundation([Item].self, json) }))
  }

  @Test func aNumberAnIntegerCannotHoldIsReportedAtItsMember() {
    let json = #"[{"name": "a", "count": 1.5}]"#
    let error = decodingError { _ = try strict([Item].self, json) }
    #expect(shape(error) == "dataCorrupted [Index 0, count]")
    guard case .dataCorrupted(let context)? = error else { return }
    #expect(context.debugDescription == "Parsed JSON number <1.5> does not fit in Int.")
    // JSONDecoder throws the same case, but at the empty path, as if the text were not JSON.
    #expect(shape(decodingError { _ = try foundation([Item].self, json) }) == "dataCorrupted []")
  }

  @Test func aMemberGivenTwiceTakesItsFirstValueAsJSONDecoderDoes() throws {
    let json = #"{"name": "first", "count": 1, "name": "last"}"#
    #expect(try strict(Item.self, json) == Item(name: "first", count: 1))
    #expect(try strict(Item.self, json) == foundation(Item.self, json))
    #expect(try strict(JSONValue.self, json) == ["name": "first", "count": 1])
    #expect(try strict(JSONValue.self, json) == foundation(JSONValue.self, json))
    #expect(try strict([String: String].self, #"{"a": "1", "a": "2"}"#) == ["a": "1"])
  }

  @Test func readsFoundationTypesAsJSONDecoderDoes() throws {
    struct Holder: Codable, Equatable {
      var data: Data
      var url: URL
      var date: Date
      var decimal: Decimal
    }
    let json = #"{"data": "aGVsbG8=", "url": "https://example.com/a?b=c", "date": 1000.5, "decimal": 12.345}"#
    let holder = try strict(Holder.self, json)
    #expect(holder == (try foundation(Holder.self, json)))
    #expect(holder.data == Data("hello".utf8))
    #expect(shape(decodingError { _ = try strict(Data.self, #""%%%""#) }) == "dataCorrupted []")
  }

  @Test func passesUserInfoAndNestedContainerPaths() throws {
    struct Probe: Decodable {
      var flag: Bool
      var paths: [String]
      enum Keys: String, CodingKey { case outer, inner, list }
      init(from decoder: any Decoder) throws {
        flag = decoder.userInfo[CodingUserInfoKey(rawValue: "flag")!] as? Bool ?? false
        let container = try decoder.container(keyedBy: Keys.self)
        let outer = try container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
        var list = try outer.nestedUnkeyedContainer(forKey: .list)
        _ = try list.decode(Int.self)
        let inner = try list.nestedContainer(keyedBy: Keys.self)
        let superDecoder = try inner.superDecoder(forKey: .inner)
        paths = [
          outer.codingPath.map(\.stringValue).joined(separator: "."),
          inner.codingPath.map(\.stringValue).joined(separator: "."),
          superDecoder.codingPath.map(\.stringValue).joined(separator: "."),
          String(try superDecoder.singleValueContainer().decode(Int.self)),
        ]
      }
    }
    var decoder = StrictJSONDecoder()
    decoder.userInfo[CodingUserInfoKey(rawValue: "flag")!] = true
    let probe = try decoder.decode(Probe.self, from: Data(#"{"outer": {"list": [1, {"inner": 7}]}}"#.utf8))
    #expect(probe.flag)
    #expect(probe.paths == ["outer", "outer.list.Index 1", "outer.list.Index 1.inner", "7"])
  }

  @Test func tellsTheKindOfTheValue() throws {
    struct Kind: Decodable {
      var kind: JSONKind?
      init(from decoder: any Decoder) throws { kind = JSONKind(of: decoder) }
    }
    let json = #"[null, true, 1, 1.0, 1e2, 1.5, 1e30, 9223372036854775808, "s", [], {}]"#
    let kinds = try strict([Kind].self, json).map(\.kind)
    #expect(
      kinds == [.null, .boolean, .integer, .integer, .integer, .number, .number, .number, .string, .array, .object])
    // A decoder that cannot tell says nil, and every kind may then be the value's.
    #expect(try foundation([Kind].self, json).allSatisfy { $0.kind == nil })
    let unknown: JSONKind? = nil
    #expect(unknown.mayBe(.string) && unknown.mayBe(.object))
    #expect(JSONKind?.some(.integer).mayBe(.number) && !JSONKind?.some(.number).mayBe(.integer))
  }
}
