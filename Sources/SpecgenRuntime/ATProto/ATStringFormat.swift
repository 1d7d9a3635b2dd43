/// An AT Protocol string format (`did`, `handle`, `at-uri`, ...) kept exactly as written.
///
/// Reading is lenient, writing strict: decoding keeps any string as it is (so one malformed value in
/// a server's answer does not fail a whole page, and a decoded record re-encodes byte for byte), and
/// reports a malformed one through ``Validatable`` (`violations`); `init?(rawValue:)` and encoding
/// accept only text of the format, checked by the protocol's own syntax rules (``isValid(_:)``).
public protocol ATStringFormat: RawRepresentable<String>, Codable, Hashable, Sendable, CustomStringConvertible,
  Validatable
{
  /// The Lexicon format name, used in error messages (`did`, `at-uri`).
  static var formatName: String { get }
  /// Whether `text` follows the format's syntax, as the AT Protocol specifies it.
  static func isValid(_ text: String) -> Bool
  /// Wraps `text` without checking it.
  init(unchecked text: String)
}

extension ATStringFormat {
  /// Wraps `rawValue` when it has the format's shape.
  public init?(rawValue: String) {
    guard Self.isValid(rawValue) else { return nil }
    self.init(unchecked: rawValue)
  }

  /// The string as written.
  public var description: String { rawValue }

  /// Whether this value follows the format's syntax (a decoded value may not).
  public var isValid: Bool { Self.isValid(rawValue) }

  /// Decodes any JSON string, kept as written; ``violations`` tells whether it follows the format.
  public init(from decoder: any Decoder) throws {
    self.init(unchecked: try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the string exactly as it was decoded or created; text not of the format throws
  /// `EncodingError.invalidValue` naming the format, so nothing malformed is ever sent.
  public func encode(to encoder: any Encoder) throws {
    guard isValid else {
      throw EncodingError.invalidValue(
        rawValue,
        EncodingError.Context(
          codingPath: encoder.codingPath, debugDescription: "not a valid AT Protocol \(Self.formatName): \(rawValue)"))
    }
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// A value not of the format is one violation, at `path`.
  public func validate(at path: ValidationPath, into report: inout ValidationReport) {
    if !isValid { report.add(.format, at: path, "must be a valid AT Protocol \(Self.formatName) (got \(rawValue))") }
  }
}

// String literals write AT Protocol values the way they appear in documentation and tests:
// `let did: DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"`. A literal is kept as written; one that breaks the
// format's syntax is reported by `violations` and refused when encoded, as a decoded value would be.
extension DID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension Handle: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension ATIdentifier: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension NSID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension TID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension RecordKey: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension ATURI: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension CID: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension URI: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension Language: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
extension ATDatetime: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(unchecked: value) }
}
