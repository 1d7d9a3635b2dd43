import Foundation
import SpecgenRuntime
import Testing

/// `JSONValueEncoder` gives what `JSONEncoder` then decoding the text as `JSONValue` gave (the round
/// trip it replaces for parameters, form and multipart bodies and DAG-CBOR), value for value.
@Suite struct JSONValueEncoderTests {
  /// The old way: JSON text, read back.
  static func viaText<Value: Encodable>(_ value: Value) throws -> JSONValue {
    let data = try JSONEncoder().encode([value])
    guard case .array(let items) = try JSONDecoder().decode(JSONValue.self, from: data), let first = items.first else {
      return .null
    }
    return first
  }

  static func expectSame<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let direct = try JSONValueEncoder().encode(value)
    #expect(direct == (try viaText(value)), "\(Value.self) \(value)", sourceLocation: sourceLocation)
  }

  enum Color: String, Codable, CodingKeyRepresentable { case red, green }

  struct Inner: Codable, Hashable {
    var name: String
    var count: Int?
    var ratio: Double?
    var tags: [String]
  }

  struct Outer: Codable {
    var inner: Inner
    var list: [Inner]
    var byName: [String: Int]
    var byNumber: [Int: String]
    var byColor: [Color: Bool]
    var nested: [[Double]]
    var empty: [String: String]
    var nullable: Nullable<String>?
    var stamp: DateTime
    var raw: JSONValue
    var bytes: Data
    var date: Date
    var link: URL
    var amount: Decimal
  }

  /// Writes through nested keyed and unkeyed containers and super encoders, as hand-written
  /// `encode(to:)` implementations may.
  struct Handwritten: Encodable {
    enum Keys: String, CodingKey { case a, b, c, d }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(1, forKey: .a)
      var list = container.nestedUnkeyedContainer(forKey: .b)
      try list.encode("x")
      try list.encodeNil()
      var inList = list.nestedContainer(keyedBy: Keys.self)
      try inList.encode(true, forKey: .c)
      var object = container.nestedContainer(keyedBy: Keys.self, forKey: .c)
      try object.encodeNil(forKey: .d)
      try Inner(name: "s", count: 2, ratio: nil, tags: []).encode(to: container.superEncoder(forKey: .d))
      // A second request for the keyed container continues the same object.
      var again = encoder.container(keyedBy: Keys.self)
      try again.encodeIfPresent(Int?.none, forKey: .a)
    }
  }

  @Test func scalarsMatchTheTextRoundTrip() throws {
    try Self.expectSame("text with \"quotes\" and é")
    try Self.expectSame(true)
    for value in [0, -1, Int.max, Int.min] { try Self.expectSame(value) }
    for value in [Int64.max, Int64.min] { try Self.expectSame(value) }
    for value in [UInt64.max, UInt64(Int64.max), 0] { try Self.expectSame(value) }
    try Self.expectSame(Int8(-8))
    try Self.expectSame(UInt32.max)
    for value in [1.0, -0.0, 0.1, 1e300, 2.5e-8, 9_223_372_036_854_775_807.0, 1e19] { try Self.expectSame(value) }
    for value: Float in [0.1, 1e30, 3, -2.75] { try Self.expectSame(value) }
    try Self.expectSame(Data([0, 1, 2, 250, 255]))
    try Self.expectSame(Date(timeIntervalSinceReferenceDate: 12.5))
    try Self.expectSame(URL(string: "https://example.com/a?b=c")!)
    try Self.expectSame(Decimal(string: "3.14")!)
    try Self.expectSame(Decimal(42))
    try Self.expectSame(Int?.none)
  }

  @Test func structuresMatchTheTextRoundTrip() throws {
    let inner = Inner(name: "a", count: nil, ratio: 2, tags: ["x", "y"])
    let outer = Outer(
      inner: inner, list: [inner, Inner(name: "b", count: 3, ratio: 0.5, tags: [])], byName: ["one": 1, "two": 2],
      byNumber: [1: "one", 20: "twenty"], byColor: [.red: true, .green: false], nested: [[1, 2.5], []], empty: [:],
      nullable: .null, stamp: DateTime(Date(timeIntervalSince1970: 1_700_000_000)),
      raw: ["k": [1, "v", nil, 2.5]], bytes: Data("hi".utf8), date: Date(timeIntervalSinceReferenceDate: 0),
      link: URL(string: "file:///tmp/x")!, amount: Decimal(string: "-0.001")!)
    try Self.expectSame(outer)
    try Self.expectSame([outer.inner])
    try Self.expectSame(Handwritten())
    try Self.expectSame(["a": [1, 2], "b": []])
  }

  @Test func writesTheHandwrittenShape() throws {
    #expect(
      try JSONValueEncoder().encode(Handwritten())
        == ["a": 1, "b": ["x", nil, ["c": true]], "c": ["d": nil], "d": ["name": "s", "count": 2, "tags": []]])
  }

  @Test func nonFiniteNumbersThrowAsJSONEncoderDoes() {
    #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(Double.nan) }
    #expect(throws: EncodingError.self) { try JSONValueEncoder().encode([Float.infinity]) }
    #expect(throws: EncodingError.self) { try JSONEncoder().encode([Double.nan]) }
  }

  @Test func userInfoReachesEveryEncoder() throws {
    struct Probe: Encodable {
      static let key = CodingUserInfoKey(rawValue: "probe")!
      func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.userInfo[Self.key] as? String ?? "missing")
      }
    }
    var encoder = JSONValueEncoder()
    encoder.userInfo[Probe.key] = "seen"
    #expect(try encoder.encode(["deep": [Probe()]]) == ["deep": ["seen"]])
  }
}
