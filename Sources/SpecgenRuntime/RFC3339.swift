import Foundation

/// A hand-written RFC 3339 `date-time` parser and formatter.
///
/// `DateFormatter` is slow and depends on locale and calendar settings; the grammar is small enough to read
/// directly: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, with `t` and `z` accepted in lower case as RFC 3339
/// allows. Calendar arithmetic uses the proleptic Gregorian day count, so no `Calendar` or time zone database
/// is involved.
enum RFC3339 {
  /// Parses `text`; `nil` unless it is a valid RFC 3339 `date-time`.
  ///
  /// The returned instant keeps up to nine fractional digits (more are validated but ignored); a leap second
  /// (`:60`) is accepted and lands on the first instant of the next minute, since `Date` has no leap seconds.
  static func parse(_ text: String) -> Date? {
    var reader = DigitReader(bytes: Array(text.utf8))
    guard let year = reader.number(digits: 4), reader.skip("-"),
      let month = reader.number(digits: 2), reader.skip("-"),
      let day = reader.number(digits: 2), reader.skip("T") || reader.skip("t"),
      let hour = reader.number(digits: 2), reader.skip(":"),
      let minute = reader.number(digits: 2), reader.skip(":"),
      let second = reader.number(digits: 2)
    else { return nil }
    guard (1...12).contains(month), (1...daysInMonth(year: year, month: month)).contains(day),
      (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
    else { return nil }

    var fraction = 0.0
    if reader.skip(".") {
      guard let parsed = reader.fraction() else { return nil }
      fraction = parsed
    }

    let offsetSeconds: Int
    if reader.skip("Z") || reader.skip("z") {
      offsetSeconds = 0
    } else {
      let sign: Int
      if reader.skip("+") {
        sign = 1
      } else if reader.skip("-") {
        sign = -1
      } else {
        return nil
      }
      guard let offsetHour = reader.number(digits: 2), reader.skip(":"),
        let offsetMinute = reader.number(digits: 2),
        (0...23).contains(offsetHour), (0...59).contains(offsetMinute)
      else { return nil }
      offsetSeconds = sign * (offsetHour * 3600 + offsetMinute * 60)
    }
    guard reader.isAtEnd else { return nil }

    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// Formats `date` in UTC as `YYYY-MM-DDTHH:MM:SS[.mmm]Z`, rounded to the millisecond; the fraction is
  /// written only when it is not zero. Instants outside years 0000...9999 (which RFC 3339 cannot express)
  /// are clamped to that range.
  static func format(_ date: Date) -> String {
    let minimum = Double(daysFromCivil(year: 0, month: 1, day: 1)) * 86_400_000
    let maximum = Double(daysFromCivil(year: 10_000, month: 1, day: 1)) * 86_400_000 - 1
    let rounded = (date.timeIntervalSince1970 * 1000).rounded()
    let milliseconds = rounded.isNaN ? 0 : Int64(min(max(rounded, minimum), maximum))

    let totalSeconds = floorDivide(milliseconds, 1000)
    let millisecond = Int(milliseconds - totalSeconds * 1000)
    let days = floorDivide(totalSeconds, 86_400)
    let secondOfDay = Int(totalSeconds - days * 86_400)
    let (year, month, day) = civilFromDays(Int(days))

    var text = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    text += "T" + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2)
    text += ":" + padded(secondOfDay % 60, 2)
    if millisecond != 0 { text += "." + padded(millisecond, 3) }
    return text + "Z"
  }

  /// Days from 1970-01-01 to the given proleptic Gregorian date (negative before).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    // Count from 0000-03-01 so the leap day is the last day of its "year"; 400-year eras repeat exactly.
    let marchYear = month <= 2 ? year - 1 : year
    let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
    let yearOfEra = marchYear - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian date `days` after 1970-01-01; the inverse of ``daysFromCivil(year:month:day:)``.
  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// A cursor over ASCII bytes that reads fixed-width decimal fields.
private struct DigitReader {
  let bytes: [UInt8]
  var position = 0

  var isAtEnd: Bool { position == bytes.count }

  /// Consumes `character` if it is next.
  mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  /// Reads exactly `digits` decimal digits.
  mutating func number(digits: Int) -> Int? {
    guard bytes.count - position >= digits else { return nil }
    var value = 0
    for _ in 0..<digits {
      guard let digit = digit(at: position) else { return nil }
      value = value * 10 + digit
      position += 1
    }
    return value
  }

  /// Reads one or more digits after a decimal point as a fraction of a second.
  mutating func fraction() -> Double? {
    var nanoseconds = 0
    var scale = 100_000_000
    let start = position
    while let digit = digit(at: position) {
      nanoseconds += digit * scale
      scale /= 10
      position += 1
    }
    return position > start ? Double(nanoseconds) / 1e9 : nil
  }

  private func digit(at index: Int) -> Int? {
    guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
    return Int(bytes[index] - UInt8(ascii: "0"))
  }
}
