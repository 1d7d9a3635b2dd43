/// An AT Protocol string format (`did`, `handle`, `at-uri`, ...) kept exactly as written.
///
/// Conforming types store the string they were given and encode it unchanged, so a value decoded from a
/// server re-encodes byte for byte. `init?(rawValue:)` applies a light syntax check (``isValid(_:)``), the
/// same one decoding uses: decoding throws only for text that is clearly not of the format (a `did` without
/// the `did:` prefix), never for details a server may legitimately vary (length limits, reserved names).
public protocol ATStringFormat: RawRepresentable<String>, Codable, Hashable, Sendable, CustomStringConvertible {
  /// The Lexicon format name, used in error messages (`did`, `at-uri`).
  static var formatName: String { get }
  /// Whether `text` has the format's overall shape.
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

  /// Decodes a JSON string; text that is clearly not of the format throws `dataCorrupted` naming the format.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard Self.isValid(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a valid AT Protocol \(Self.formatName): \(text)")
    }
    self.init(unchecked: text)
  }

  /// Encodes the string exactly as it was decoded or created.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// Character tests shared by the format checks, on UTF-8 bytes.
enum ATSyntax {
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// Dot-separated labels of letters, digits and hyphens, at least `minimumLabels` of them, none empty.
  static func isDomainLike(_ text: String, minimumLabels: Int) -> Bool {
    guard !text.isEmpty, text.utf8.count <= 253 else { return false }
    let labels = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard labels.count >= minimumLabels else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63 && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }
  }
}
