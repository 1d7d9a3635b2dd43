import Foundation
import SpecgenRuntime
import Testing

/// Synthesized `Codable` in a module that imports SpecgenRuntime: the point of these tests is that the
/// compiler picks the runtime's `Nullable` overloads, with no hand-written `init(from:)`.
struct P: Codable, Equatable {
  var a: Nullable<Int>?
  var b: Nullable<String>
}

@Suite("Nullable with synthesized Codable")
struct NullableCodingTests {
  @Test func absentOptionalWritesNothing() throws {
    #expect(try encodeToJSON(P(a: nil, b: .null)) == #"{"b":null}"#)
  }

  @Test func explicitNullOptionalWritesNull() throws {
    #expect(try encodeToJSON(P(a: .null, b: .value("x"))) == #"{"a":null,"b":"x"}"#)
  }

  @Test func valueOptionalWritesValue() throws {
    #expect(try encodeToJSON(P(a: .value(3), b: .value("x"))) == #"{"a":3,"b":"x"}"#)
  }

  @Test func decodesAbsentOptionalAsNil() throws {
    #expect(try decodeFromJSON(P.self, #"{"b":null}"#) == P(a: nil, b: .null))
  }

  @Test func decodesNullOptionalAsNull() throws {
    #expect(try decodeFromJSON(P.self, #"{"a":null,"b":null}"#) == P(a: .null, b: .null))
  }

  @Test func decodesValueOptionalAsValue() throws {
    #expect(try decodeFromJSON(P.self, #"{"a":3,"b":"x"}"#) == P(a: .value(3), b: .value("x")))
  }

  @Test func requiredNullableAbsentThrowsKeyNotFound() throws {
    #expect {
      try decodeFromJSON(P.self, #"{"a":3}"#)
    } throws: { error in
      guard case DecodingError.keyNotFound(let key, _) = error else { return false }
      return key.stringValue == "b"
    }
  }

  @Test func wrongTypeInsideNullableStillThrows() throws {
    #expect(throws: DecodingError.self) { try decodeFromJSON(P.self, #"{"a":"three","b":null}"#) }
  }

  @Test(arguments: [
    P(a: nil, b: .null), P(a: .null, b: .null), P(a: .value(-7), b: .value("")), P(a: nil, b: .value("é")),
  ])
  func roundTrips(_ value: P) throws {
    #expect(try decodeFromJSON(P.self, try encodeToJSON(value)) == value)
  }

  @Test func topLevelNullable() throws {
    #expect(try decodeFromJSON(Nullable<Int>.self, "null") == .null)
    #expect(try decodeFromJSON(Nullable<Int>.self, "5") == .value(5))
    #expect(try encodeToJSON(Nullable<Int>.null) == "null")
    #expect(try encodeToJSON([Nullable<Int>.value(1), .null]) == "[1,null]")
  }

  @Test func valueAccessor() {
    #expect(Nullable<Int>.value(4).value == 4)
    #expect(Nullable<Int>.null.value == nil)
  }

  /// The AT Protocol's reading of an optional member that is not nullable: absent is nil, `null` an error.
  @Test func nullRefusedWhereTheMemberIsNotNullable() throws {
    struct Record: Decodable {
      var title: String?
      private enum CodingKeys: String, CodingKey { case title }
      init(from decoder: any Decoder) throws {
        title = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresentRejectingNull(
          String.self, forKey: .title)
      }
    }
    #expect(try decodeFromJSON(Record.self, "{}").title == nil)
    #expect(try decodeFromJSON(Record.self, #"{"title":"t"}"#).title == "t")
    #expect {
      _ = try decodeFromJSON(Record.self, #"{"title":null}"#)
    } throws: { error in
      guard case DecodingError.valueNotFound(_, let context) = error else { return false }
      return context.codingPath.map(\.stringValue) == ["title"]
        && context.debugDescription == #"Member "title" is null, which only a nullable member may be"#
    }
  }
}
