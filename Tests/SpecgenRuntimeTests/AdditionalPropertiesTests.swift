import Foundation
import SpecgenRuntime
import Testing

/// Shaped like generated code for an object with declared properties plus `additionalProperties: integer`.
private struct Metrics: Codable, Equatable {
  var name: String
  var unit: String?
  var extra: [String: Int]

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case name, unit
  }

  init(name: String, unit: String?, extra: [String: Int]) {
    self.name = name
    self.unit = unit
    self.extra = extra
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    unit = try container.decodeIfPresent(String.self, forKey: .unit)
    extra = try decoder.decodeAdditionalProperties(Int.self, excluding: Set(CodingKeys.allCases.map(\.rawValue)))
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encodeIfPresent(unit, forKey: .unit)
    try encoder.encodeAdditionalProperties(extra)
  }
}

@Suite("additionalProperties")
struct AdditionalPropertiesTests {
  @Test func decodesUnknownMembersOnly() throws {
    let decoded = try decodeFromJSON(Metrics.self, #"{"name":"cpu","unit":"%","p50":3,"p99":97}"#)
    #expect(decoded == Metrics(name: "cpu", unit: "%", extra: ["p50": 3, "p99": 97]))
  }

  @Test func encodesKnownAndAdditionalMembersIntoOneObject() throws {
    let value = Metrics(name: "cpu", unit: nil, extra: ["p99": 97, "p50": 3])
    #expect(try encodeToJSON(value) == #"{"name":"cpu","p50":3,"p99":97}"#)
  }

  @Test func roundTrips() throws {
    let value = Metrics(name: "m", unit: "ms", extra: ["a": -1, "with space": 0, "é": 2])
    #expect(try decodeFromJSON(Metrics.self, try encodeToJSON(value)) == value)
  }

  @Test func noAdditionalMembersDecodesEmpty() throws {
    #expect(try decodeFromJSON(Metrics.self, #"{"name":"x"}"#).extra.isEmpty)
  }

  @Test func mistypedAdditionalMemberThrows() {
    #expect(throws: DecodingError.self) { try decodeFromJSON(Metrics.self, #"{"name":"x","p50":"fast"}"#) }
  }

  @Test func freeFormAdditionalMembersWithJSONValue() throws {
    struct Bag: Decodable {
      var extra: [String: JSONValue]
      init(from decoder: any Decoder) throws {
        extra = try decoder.decodeAdditionalProperties(JSONValue.self, excluding: ["id"])
      }
    }
    let bag = try decodeFromJSON(Bag.self, #"{"id":1,"x":[true],"y":null}"#)
    #expect(bag.extra == ["x": [true], "y": nil])
  }

  @Test func anyCodingKey() {
    let key = AnyCodingKey("member")
    #expect(key.stringValue == "member")
    #expect(key.intValue == nil)
    #expect(AnyCodingKey(stringValue: "s") == AnyCodingKey("s"))
    #expect(AnyCodingKey(intValue: 3)?.stringValue == "3")
    #expect(AnyCodingKey(intValue: 3)?.intValue == 3)
  }
}
