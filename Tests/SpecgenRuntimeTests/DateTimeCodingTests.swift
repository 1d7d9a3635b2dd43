import Foundation
import SpecgenRuntime
import Testing

@Suite("DateTime formatting and coding")
struct DateTimeCodingTests {
  @Test(arguments: [
    (0.0, "1970-01-01T00:00:00Z"),
    (1.25, "1970-01-01T00:00:01.250Z"),
    (-0.5, "1969-12-31T23:59:59.500Z"),
    (0.0004, "1970-01-01T00:00:00Z"),
    (0.9996, "1970-01-01T00:00:01Z"),
    (951_782_400.001, "2000-02-29T00:00:00.001Z"),
    (1_709_188_200, "2024-02-29T06:30:00Z"),
    (-62_135_596_800, "0001-01-01T00:00:00Z"),
    (253_402_300_799, "9999-12-31T23:59:59Z"),
  ])
  func formatsUTCWithMillisecondsOnlyWhenNonZero(epochSeconds: Double, expected: String) {
    #expect(DateTime(Date(timeIntervalSince1970: epochSeconds)).rawValue == expected)
  }

  @Test func unrepresentableDatesClampInsteadOfTrapping() {
    #expect(DateTime(Date(timeIntervalSince1970: 1e18)).rawValue == "9999-12-31T23:59:59.999Z")
    #expect(DateTime(Date(timeIntervalSince1970: -1e18)).rawValue == "0000-01-01T00:00:00Z")
    #expect(DateTime(Date(timeIntervalSince1970: .infinity)).rawValue == "9999-12-31T23:59:59.999Z")
    #expect(DateTime(Date(timeIntervalSince1970: .nan)).rawValue == "1970-01-01T00:00:00Z")
  }

  @Test func formattedDateMatchesItsText() throws {
    let value = DateTime(Date(timeIntervalSince1970: 1_700_000_000.123_4))
    #expect(value.rawValue == "2023-11-14T22:13:20.123Z")
    #expect(value.date == DateTime(rawValue: value.rawValue)?.date)
  }

  /// Formats one instant about every 29 days across the whole range and parses it back: the day arithmetic in both
  /// directions must agree everywhere, including every century and leap-year boundary.
  @Test func formatAndParseAgreeAcrossTheWholeRange() throws {
    let first = -62_167_219_200.0  // 0000-01-01T00:00:00Z
    let last = 253_402_300_799.0  // 9999-12-31T23:59:59Z
    var seconds = first
    var mismatches: [String] = []
    while seconds <= last {
      let value = DateTime(Date(timeIntervalSince1970: seconds))
      if DateTime(rawValue: value.rawValue)?.date.timeIntervalSince1970 != seconds {
        mismatches.append(value.rawValue)
      }
      seconds += 29 * 86_400 + 3_607
    }
    #expect(mismatches.isEmpty)
  }

  @Test func agreesWithISO8601DateFormatter() throws {
    let oracle = ISO8601DateFormatter()
    for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000, by: 9_876_543.0) {
      let text = DateTime(Date(timeIntervalSince1970: seconds)).rawValue
      #expect(oracle.date(from: text)?.timeIntervalSince1970 == seconds, "\(text)")
    }
  }

  @Test func reencodesExactlyWhatItDecoded() throws {
    let texts = ["2024-05-01t12:30:00.120000+05:30", "2024-05-01T12:30:00-00:00", "2016-12-31T23:59:60z"]
    for text in texts {
      let json = "[\"\(text)\"]"
      let decoded = try decodeFromJSON([DateTime].self, json)
      #expect(decoded.first?.rawValue == text)
      #expect(try encodeToJSON(decoded) == json)
    }
  }

  @Test func invalidStringThrowsDataCorrupted() throws {
    struct Event: Decodable { var at: DateTime }
    #expect {
      try decodeFromJSON(Event.self, #"{"at":"2024-02-30T00:00:00Z"}"#)
    } throws: { error in
      guard case DecodingError.dataCorrupted(let context) = error else { return false }
      return context.codingPath.map(\.stringValue) == ["at"]
        && context.debugDescription.contains("RFC 3339") && context.debugDescription.contains("2024-02-30")
    }
  }

  @Test func nonStringThrowsTypeMismatch() {
    #expect {
      try decodeFromJSON(DateTime.self, "1700000000")
    } throws: { error in
      guard case DecodingError.typeMismatch = error else { return false }
      return true
    }
  }

  @Test func equalityIsBySpellingAndOrderIsByInstant() throws {
    let utc = try #require(DateTime(rawValue: "2024-02-29T06:30:00Z"))
    let india = try #require(DateTime(rawValue: "2024-02-29T12:00:00+05:30"))
    let later = try #require(DateTime(rawValue: "2024-02-29T06:30:00.001Z"))
    #expect(utc != india)
    #expect(utc.date == india.date)
    #expect(Set([utc, india]).count == 2)
    #expect(utc < later && india < later)
    #expect(utc < india)  // same instant: the strings decide, so the order stays total
    #expect([later, india, utc].sorted() == [utc, india, later])
    #expect(utc.description == "2024-02-29T06:30:00Z")
  }
}
