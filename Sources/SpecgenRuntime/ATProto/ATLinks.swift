/// An AT URI (Lexicon `format: at-uri`), e.g. `at://did:plc:abc/place.stream.livestream/3jzfcijpj2z2a`.
///
/// Checked shape: the `at://` scheme followed by a non-empty authority.
public struct ATURI: ATStringFormat {
  public let rawValue: String
  public static let formatName = "at-uri"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    text.hasPrefix("at://") && text.utf8.count > 5 && !text.utf8.contains(UInt8(ascii: " "))
  }
}

/// A content identifier in its string form (Lexicon `format: cid`), e.g. `bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm`.
///
/// Checked shape: at least 8 letters and digits (any multibase CIDv1, or a CIDv0 `Qm...`).
public struct CID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "cid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    text.utf8.count >= 8 && text.utf8.allSatisfy(ATSyntax.isAlphanumeric)
  }
}

/// A URI of any scheme (Lexicon `format: uri`), e.g. `https://stream.place/alice`.
///
/// Checked shape: a scheme (a letter, then letters, digits, `+`, `-` or `.`), `:`, and something after it.
public struct URI: ATStringFormat {
  public let rawValue: String
  public static let formatName = "uri"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let scheme = text.utf8[..<colon]
    guard let first = scheme.first, ATSyntax.isLetter(first), text.utf8.index(after: colon) != text.utf8.endIndex
    else { return false }
    return scheme.allSatisfy { ATSyntax.isAlphanumeric($0) || "+-.".utf8.contains($0) }
  }
}

/// A language tag (Lexicon `format: language`, BCP 47), e.g. `en`, `pt-BR`, `zh-Hant-TW`.
///
/// Checked shape: hyphen-separated subtags of letters and digits, the first of letters only.
public struct Language: ATStringFormat {
  public let rawValue: String
  public static let formatName = "language"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    let subtags = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard let first = subtags.first, !first.isEmpty, first.allSatisfy(ATSyntax.isLetter) else { return false }
    return subtags.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(ATSyntax.isAlphanumeric) }
  }
}
