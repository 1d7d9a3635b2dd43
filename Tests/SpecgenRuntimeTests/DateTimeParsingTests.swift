import Foundation
import SpecgenRuntime
import Testing

@Suite("DateTime parsing")
struct DateTimeParsingTests {
  /// Expected instants come from GNU `date -u -d <text> +%s`, an independent implementation.
  @Test(arguments: [
    ("1970-01-01T00:00:00Z", 0.0),
    ("2000-02-29T00:00:00Z", 951_782_400),
    ("2024-02-29T12:00:00+05:30", 1_709_188_200),
    ("2024-02-29T06:30:00-00:00", 1_709_188_200),
    ("2024-02-28T23:30:00-07:00", 1_709_188_200),
    ("2024-02-29t06:30:00z", 1_709_188_200),
    ("0001-01-01T00:00:00Z", -62_135_596_800),
    ("9999-12-31T23:59:59Z", 253_402_300_799),
    ("1900-03-01T00:00:00Z", -2_203_891_200),
    ("0000-03-01T00:00:00Z", -62_162_035_200),
  ])
  func knownInstants(text: String, epochSeconds: Double) throws {
    let value = try #require(DateTime(rawValue: text))
    #expect(value.date.timeIntervalSince1970 == epochSeconds)
    #expect(value.rawValue == text)
  }

  @Test func fractionalSecondsAreKept() throws {
    let micro = try #require(DateTime(rawValue: "2024-05-01T12:30:00.123456Z"))
    let whole = try #require(DateTime(rawValue: "2024-05-01T12:30:00Z"))
    #expect(abs(micro.date.timeIntervalSince(whole.date) - 0.123456) < 1e-6)
    let half = try #require(DateTime(rawValue: "1969-12-31T23:59:59.5Z"))
    #expect(half.date.timeIntervalSince1970 == -0.5)
  }

  @Test func digitsBeyondNanosecondsAreValidatedAndIgnored() throws {
    let long = try #require(DateTime(rawValue: "2024-01-01T00:00:00.1234567891234Z"))
    let nanoseconds = try #require(DateTime(rawValue: "2024-01-01T00:00:00.123456789Z"))
    #expect(long.date == nanoseconds.date)
    #expect(DateTime(rawValue: "1970-01-01T00:00:00.1234567891x34Z") == nil)
  }

  @Test func leapSecondLandsOnTheNextMinute() throws {
    let leap = try #require(DateTime(rawValue: "2016-12-31T23:59:60Z"))
    #expect(leap.date.timeIntervalSince1970 == 1_483_228_800)
    #expect(leap.rawValue == "2016-12-31T23:59:60Z")
  }

  @Test(arguments: [
    "",
    "2024-05-01",
    "2024-05-01T12:30:00",
    "2024-05-01 12:30:00Z",
    "2024-05-01T12:30Z",
    "2024-5-01T12:30:00Z",
    "24-05-01T12:30:00Z",
    "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-00-10T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-01-00T00:00:00Z",
    "2024-01-32T00:00:00Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T23:60:00Z",
    "2024-01-01T23:59:61Z",
    "2024-01-01T00:00:00.Z",
    "2024-01-01T00:00:00,5Z",
    "2024-01-01T00:00:00+0530",
    "2024-01-01T00:00:00+05",
    "2024-01-01T00:00:00+24:00",
    "2024-01-01T00:00:00+05:60",
    "2024-01-01T00:00:00ZZ",
    "2024-01-01T00:00:00Z ",
    " 2024-01-01T00:00:00Z",
    "2024-01-01T00:00:00UTC",
    "２０２４-01-01T00:00:00Z",
    "+2024-01-01T00:00:00Z",
    "2024-01-01T00:00:00\u{0}Z",
  ])
  func rejectsInvalidText(_ text: String) {
    #expect(DateTime(rawValue: text) == nil)
  }

  @Test func everyLeapDayRule() {
    #expect(DateTime(rawValue: "2000-02-29T00:00:00Z") != nil)  // divisible by 400
    #expect(DateTime(rawValue: "2100-02-29T00:00:00Z") == nil)  // divisible by 100 only
    #expect(DateTime(rawValue: "2024-02-29T00:00:00Z") != nil)  // divisible by 4
    #expect(DateTime(rawValue: "2025-02-29T00:00:00Z") == nil)
    #expect(DateTime(rawValue: "0000-02-29T00:00:00Z") != nil)  // year 0 is a leap year (proleptic)
  }
}
