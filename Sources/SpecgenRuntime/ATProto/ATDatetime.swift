import Foundation

/// A Lexicon `datetime`, kept exactly as written: read leniently, written strictly.
///
/// Like every ``ATStringFormat``, decoding keeps any string, so one record whose `createdAt` lacks an
/// offset (or is not a date at all) does not fail a whole `getTimeline`-style page; ``violations``
/// reports it, and encoding refuses it, so nothing malformed is sent. The rules are the AT Protocol's
/// (RFC 3339, ISO 8601 and WHATWG at once: upper-case `T` and `Z`, seconds required, no `-00:00`).
/// OpenAPI `date-time` stays ``DateTime``, which refuses a malformed string when decoding.
public struct ATDatetime: ATStringFormat, Comparable {
  public let rawValue: String
  public static let formatName = "datetime"

  public init(unchecked text: String) { rawValue = text }

  /// Formats `date` in UTC with a `Z` suffix, to the millisecond (`2024-05-01T12:30:00.250Z`).
  public init(_ date: Date) { rawValue = RFC3339.format(date) }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isDatetime(text) }

  /// The instant, when the text is an RFC 3339 date-time (nil for a malformed value read from a server).
  public var date: Date? { RFC3339.parse(rawValue) }

  /// Earlier instants first (a value with no instant before any with one); equal instants by text.
  public static func < (lhs: ATDatetime, rhs: ATDatetime) -> Bool {
    switch (lhs.date, rhs.date) {
    case (let left?, let right?) where left != right: return left < right
    case (nil, _?): return true
    case (_?, nil): return false
    default: return lhs.rawValue < rhs.rawValue
    }
  }
}
