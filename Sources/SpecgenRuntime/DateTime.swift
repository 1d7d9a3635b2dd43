import Foundation

/// An RFC 3339 `date-time` (OpenAPI `format: date-time`, Lexicon `datetime`), kept exactly as written.
///
/// Decoding keeps the original string, so re-encoding reproduces it byte for byte (offset, precision and
/// letter case included) even where converting through `Date` would not. ``date`` gives the instant.
/// Equality and hashing follow ``rawValue``: two spellings of the same instant are different values.
/// Ordering is by instant, with ``rawValue`` breaking ties so the order stays total.
public struct DateTime: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
  /// The string as written.
  public private(set) var rawValue: String
  /// The instant, fractional seconds included (to about a microsecond, the precision of `Date`).
  public let date: Date

  /// Validates `rawValue`; `nil` unless it is an RFC 3339 `date-time` such as `2024-05-01T12:30:00.5+02:00`.
  public init?(rawValue: String) {
    guard let date = RFC3339.parse(rawValue) else { return nil }
    self.rawValue = rawValue
    self.date = date
  }

  /// Formats `date` in UTC with a `Z` suffix, to the millisecond; the fraction is written only when it is
  /// not zero (`2024-05-01T12:30:00Z`, `2024-05-01T12:30:00.250Z`).
  public init(_ date: Date) {
    let text = RFC3339.format(date)
    self.rawValue = text
    // Re-parse so `date` is exactly the instant the text names (the millisecond rounding included).
    self.date = RFC3339.parse(text) ?? date
  }

  /// The string as written.
  public var description: String { rawValue }

  /// Equal when written identically; compare ``date`` to ask whether two values name the same instant.
  public static func == (lhs: DateTime, rhs: DateTime) -> Bool {
    lhs.rawValue == rhs.rawValue
  }

  /// Hashes ``rawValue``, matching `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rawValue)
  }
}

extension DateTime: Comparable {
  /// Earlier instants first; equal instants are ordered by their strings.
  public static func < (lhs: DateTime, rhs: DateTime) -> Bool {
    if lhs.date != rhs.date { return lhs.date < rhs.date }
    return lhs.rawValue < rhs.rawValue
  }
}

extension DateTime: Codable {
  /// Decodes a JSON string; anything that is not an RFC 3339 `date-time` throws `dataCorrupted`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = DateTime(rawValue: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "Expected an RFC 3339 date-time such as 2024-05-01T12:30:00Z, found \"\(text)\"")
    }
    self = value
  }

  /// Encodes ``rawValue`` unchanged.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
