/// A decentralized identifier (Lexicon `format: did`), e.g. `did:plc:ewvi7nxzyoun6zhxrhs64oiz`: `did:`, a
/// lower-case method, `:`, and an identifier of `A-Za-z0-9._:%-` not ending in `:` or `%`; any method.
public struct DID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "did"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isDID(text) }
}

/// A handle (Lexicon `format: handle`): a domain name such as `alice.bsky.social`, two or more labels,
/// the last starting with a letter. `handle.invalid`, which servers send for unverified handles, passes.
public struct Handle: ATStringFormat {
  public let rawValue: String
  public static let formatName = "handle"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isHandle(text) }
}

/// A DID or a handle (Lexicon `format: at-identifier`).
public struct ATIdentifier: ATStringFormat {
  public let rawValue: String
  public static let formatName = "at-identifier"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isATIdentifier(text) }

  /// The identifier as a DID, when it is one.
  public var did: DID? { DID(rawValue: rawValue) }
  /// The identifier as a handle, when it is one.
  public var handle: Handle? { rawValue.hasPrefix("did:") ? nil : Handle(rawValue: rawValue) }
}

/// A namespaced identifier (Lexicon `format: nsid`), e.g. `place.stream.livestream`: a reversed domain
/// authority and a name of letters and digits that starts with a letter; 317 bytes at most.
public struct NSID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "nsid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isNSID(text) }
}

/// A timestamp identifier (Lexicon `format: tid`): 13 characters of base32-sortable, e.g. `3jzfcijpj2z2a`.
public struct TID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "tid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isTID(text) }
}

/// A record key (Lexicon `format: record-key`): 1 to 512 of `A-Za-z0-9._:~-`, not `.` or `..`.
public struct RecordKey: ATStringFormat {
  public let rawValue: String
  public static let formatName = "record-key"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isRecordKey(text) }
}
