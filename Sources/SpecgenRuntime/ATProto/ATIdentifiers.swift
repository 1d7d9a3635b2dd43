/// A decentralized identifier (Lexicon `format: did`), e.g. `did:plc:ewvi7nxzyoun6zhxrhs64oiz`.
///
/// Checked shape: `did:`, a lowercase method name, `:`, and a non-empty method-specific identifier.
public struct DID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "did"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    let parts = text.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].elementsEqual("did".utf8), !parts[1].isEmpty, !parts[2].isEmpty else {
      return false
    }
    return parts[1].allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && text.utf8.count <= 2048
  }
}

/// A handle (Lexicon `format: handle`): a domain name such as `alice.bsky.social`.
///
/// Checked shape: two or more dot-separated labels of letters, digits and hyphens. `handle.invalid`, which
/// servers send for unverified handles, passes.
public struct Handle: ATStringFormat {
  public let rawValue: String
  public static let formatName = "handle"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool { ATSyntax.isDomainLike(text, minimumLabels: 2) }
}

/// A DID or a handle (Lexicon `format: at-identifier`).
public struct ATIdentifier: ATStringFormat {
  public let rawValue: String
  public static let formatName = "at-identifier"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    text.hasPrefix("did:") ? DID.isValid(text) : Handle.isValid(text)
  }

  /// The identifier as a DID, when it is one.
  public var did: DID? { DID(rawValue: rawValue) }
  /// The identifier as a handle, when it is one.
  public var handle: Handle? { rawValue.hasPrefix("did:") ? nil : Handle(rawValue: rawValue) }
}

/// A namespaced identifier (Lexicon `format: nsid`), e.g. `place.stream.livestream`.
///
/// Checked shape: three or more dot-separated segments; the last (the name) letters and digits only.
public struct NSID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "nsid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    guard ATSyntax.isDomainLike(text, minimumLabels: 3), let name = text.utf8.split(separator: UInt8(ascii: ".")).last
    else { return false }
    return name.allSatisfy(ATSyntax.isAlphanumeric)
  }
}

/// A timestamp identifier (Lexicon `format: tid`): 13 characters of base32-sortable, e.g. `3jzfcijpj2z2a`.
public struct TID: ATStringFormat {
  public let rawValue: String
  public static let formatName = "tid"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    text.utf8.count == 13
      && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x32 && $0 <= 0x37) }
  }
}

/// A record key (Lexicon `format: record-key`): 1 to 512 of `A-Za-z0-9._:~-`, not `.` or `..`.
public struct RecordKey: ATStringFormat {
  public let rawValue: String
  public static let formatName = "record-key"

  public init(unchecked text: String) { rawValue = text }

  public static func isValid(_ text: String) -> Bool {
    guard (1...512).contains(text.utf8.count), text != ".", text != ".." else { return false }
    return text.utf8.allSatisfy { ATSyntax.isAlphanumeric($0) || "._:~-".utf8.contains($0) }
  }
}
