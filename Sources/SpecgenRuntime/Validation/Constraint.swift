/// One constraint generated code asks `ValidationReport.check` to apply to a value.
///
/// A constraint that does not fit the value's kind (a `pattern` on a number) is ignored; the
/// generator never emits one.
public enum Constraint: Hashable, Sendable {
  /// `minimum` / `exclusiveMinimum`.
  case minimum(ConstraintNumber, exclusive: Bool = false)
  /// `maximum` / `exclusiveMaximum`.
  case maximum(ConstraintNumber, exclusive: Bool = false)
  /// The value divided by this is an integer.
  case multipleOf(ConstraintNumber)
  /// At least this many units of text.
  case minLength(Int, LengthUnit)
  /// At most this many units of text.
  case maxLength(Int, LengthUnit)
  /// A regular expression the text must contain a match of (JSON Schema patterns are not anchored).
  ///
  /// Compiled once per distinct pattern with Swift `Regex` and cached. A pattern `Regex` cannot compile
  /// is never reported as a violation (the generator already leaves such patterns out).
  case pattern(String)
  case minItems(Int)
  case maxItems(Int)
  /// No two elements are equal.
  case uniqueItems
  /// The value equals this JSON value (`const`); numbers compare by value.
  case constant(JSONValue)
  /// AT Protocol blob `accept`: the blob's `mimeType` matches one of these (`image/*` and `*/*` allowed).
  case mediaTypes([String])
  /// AT Protocol blob `maxSize`: the blob's `size`, in bytes, is at most this.
  case maxSize(Int)
}

/// What a length constraint counts.
public enum LengthUnit: Hashable, Sendable {
  /// Unicode code points (`String.unicodeScalars`): JSON Schema's "characters", used for OpenAPI.
  case characters
  /// UTF-8 bytes: AT Protocol Lexicon `minLength` / `maxLength` on strings.
  case utf8Bytes
  /// Grapheme clusters (Swift `Character`s): AT Protocol `minGraphemes` / `maxGraphemes`.
  case graphemes
  /// Bytes of binary data: AT Protocol `bytes` (`{"$bytes": "<base64>"}`) counts the decoded bytes.
  case bytes

  func count(_ text: String) -> Int {
    switch self {
    case .characters: text.unicodeScalars.count
    case .utf8Bytes, .bytes: text.utf8.count
    case .graphemes: text.count
    }
  }

  func noun(_ count: Int) -> String {
    switch self {
    case .characters: count == 1 ? "character" : "characters"
    case .utf8Bytes: count == 1 ? "UTF-8 byte" : "UTF-8 bytes"
    case .graphemes: count == 1 ? "grapheme" : "graphemes"
    case .bytes: count == 1 ? "byte" : "bytes"
    }
  }
}

/// A number a constraint compares with, as the spec wrote it.
///
/// Integral bounds that fit `Int64` stay exact, so `maximum: 9007199254740993` on an `Int64` member
/// compares without rounding. Anything else is a `Double`: a bound beyond `Int64`, such as
/// `maximum: 9223372036854776000` on an `Int64` member, compiles as a floating-point literal and
/// compares in `Double` (where every `Int64` value is within it, as the spec intends).
public enum ConstraintNumber: Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral
{
  case integer(Int64)
  case double(Double)

  public init(integerLiteral value: Int64) {
    self = .integer(value)
  }

  public init(floatLiteral value: Double) {
    self = .double(value)
  }

  public var description: String {
    switch self {
    case .integer(let value): String(value)
    case .double(let value): value.description
    }
  }

  var doubleValue: Double {
    switch self {
    case .integer(let value): Double(value)
    case .double(let value): value
    }
  }

  /// How `value` orders against this number: negative, zero or positive; nil when incomparable (NaN).
  func order<Value: BinaryInteger>(of value: Value) -> Int? {
    if case .integer(let bound) = self {
      guard let exact = Int64(exactly: value) else { return value < 0 ? -1 : 1 }
      return exact < bound ? -1 : (exact == bound ? 0 : 1)
    }
    return Self.order(Double(value), doubleValue)
  }

  func order<Value: BinaryFloatingPoint>(of value: Value) -> Int? {
    Self.order(Double(value), doubleValue)
  }

  private static func order(_ value: Double, _ bound: Double) -> Int? {
    if value.isNaN || bound.isNaN { return nil }
    return value < bound ? -1 : (value == bound ? 0 : 1)
  }
}
