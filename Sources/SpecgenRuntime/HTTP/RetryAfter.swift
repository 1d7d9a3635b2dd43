import Foundation

/// Reads a `Retry-After` header (RFC 9110 §10.2.3): either delta-seconds or an HTTP-date.
enum RetryAfter {
  /// How long the server asks the client to wait, in seconds from `now`: delta-seconds as given, a
  /// date as the time left until it (zero when it is past); nil for a value that is neither.
  static func seconds(_ value: String, now: Date) -> Double? {
    let text = value.trimmingCharacters(in: .whitespaces)
    // Delta-seconds is digits only; Double, not Int, so an absurdly long delay is read (and then
    // capped by the policy) instead of overflowing.
    if !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return Double(text) }
    guard let date = httpDate(text) else { return nil }
    return max(0, date.timeIntervalSince(now))
  }

  /// The date an HTTP-date names. RFC 9110 asks recipients to accept its three forms:
  /// `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, what servers send), `Sunday, 06-Nov-94 08:49:37 GMT`
  /// (RFC 850) and `Sun Nov  6 08:49:37 1994` (asctime). Split at spaces, commas and dashes, the three
  /// hold the same tokens: a weekday, a month name, `hh:mm:ss`, and the day before the year.
  static func httpDate(_ text: String) -> Date? {
    let tokens = text.split { $0 == " " || $0 == "," || $0 == "-" }.map(String.init)
    guard let weekday = tokens.first, weekdays.contains(weekday) else { return nil }
    var month: Int?
    var time: [Int] = []
    var numbers: [String] = []
    for token in tokens.dropFirst() {
      if let index = months.firstIndex(of: token) {
        month = index + 1
      } else if token.contains(":") {
        time = token.split(separator: ":").compactMap { Int($0) }
      } else if token.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
        numbers.append(token)
      } else if token != "GMT" {
        return nil
      }
    }
    guard let month, time.count == 3, numbers.count == 2, let day = Int(numbers[0]), var year = Int(numbers[1])
    else { return nil }
    // RFC 850's two-digit year, read as 1970–2069 (RFC 9110's rule, "more than 50 years ahead is last
    // century", differs only for dates decades away, which no Retry-After means).
    if numbers[1].count == 2 { year += year < 70 ? 2000 : 1900 }
    guard (1...31).contains(day), (0...23).contains(time[0]), (0...59).contains(time[1]), (0...60).contains(time[2])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "GMT")!
    return calendar.date(
      from: DateComponents(year: year, month: month, day: day, hour: time[0], minute: time[1], second: time[2]))
  }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  private static let weekdays: Set<String> = [
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
}
