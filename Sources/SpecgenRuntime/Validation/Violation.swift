/// One way a value breaks a constraint of its API description.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
  /// Which constraint was broken.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case minimum
    case maximum
    case multipleOf
    /// Too short, in the unit the constraint counts (characters or UTF-8 bytes).
    case minLength
    case maxLength
    /// Too few grapheme clusters (AT Protocol `minGraphemes`).
    case minGraphemes
    case maxGraphemes
    case pattern
    case minItems
    case maxItems
    case uniqueItems
    /// Not the value the API fixes (`const`).
    case constant
    /// Not one of the values a closed enumeration lists.
    case enumeration
    /// A blob of a media type its `accept` list does not allow.
    case mediaType
    /// A blob larger than its `maxSize`.
    case maxSize
    /// A string not of its declared format (an AT Protocol `did`, `handle`, `at-uri`, ...).
    case format
  }

  /// Where the value sits, in JSON member names: `profiles[2].fps`, `title`, `headers["x"]`.
  /// Empty for the value `validate()` was called on.
  public var path: String
  public var kind: Kind
  /// What the value must be, with what it was, e.g. `must be at most 1800 (got 3600)`.
  public var message: String

  public init(path: String, kind: Kind, message: String) {
    self.path = path
    self.kind = kind
    self.message = message
  }

  public var description: String { path.isEmpty ? message : path + ": " + message }
}

/// Every violation found in a value, in the order its members are declared.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
  public var violations: [Violation]

  public init(violations: [Violation]) {
    self.violations = violations
  }

  public var description: String {
    let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
    return "invalid value, " + count + ":\n" + violations.map { "  " + $0.description }.joined(separator: "\n")
  }
}
