/// An AT URI (Lexicon `format: at-uri`), e.g. `at://did:plc:abc/place.stream.livestream/3jzfcijpj2z2a`:
/// `at://`, a DID or handle, then an optional NSID collection and record key, and an optional `#/` fragment.
public struct ATURI: ATStringFormat {
  public let rawValue: String
  public static let formatName = "at-uri"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isATURI(text) }
}

/// A content identifier in its string form (Lexicon `format: cid`), e.g.
/// `bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm`: 8 to 256 of `A-Za-z0-9+=`, not a CIDv0.
public struct CID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "cid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isCID(text) }
}

/// A URI of any scheme (Lexicon `format: uri`), e.g. `https://stream.place/alice`: a scheme, `:`, and no
/// white space; 8 KiB at most.
public struct URI: ATStringFormat {
  public let rawValue: String
  public static let formatName = "uri"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isURI(text) }
}

/// A language tag (Lexicon `format: language`, BCP 47), e.g. `en`, `pt-BR`, `zh-Hant-TW`: well-formed as
/// RFC 5646 defines it, with a lower-case primary language subtag.
public struct Language: ATStringFormat {
  public let rawValue: String
  public static let formatName = "language"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isLanguage(text) }
}
