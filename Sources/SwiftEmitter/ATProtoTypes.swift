import SchemaIR

/// Which `SpecgenRuntime` type an AT Protocol primitive or Lexicon string format becomes.
///
/// Keyed on the format names only Lexicon uses (`did`, `at-uri`, `datetime`, ...), so OpenAPI formats are
/// untouched; Lexicon's generic `uri` arrives as `lexicon:uri` (the Lexicon front end tags it, since OpenAPI
/// `uri` must stay `String`). Every string type is a lossless wrapper that re-encodes what it decoded.
enum ATProtoTypes {
  static let stringFormats: [String: String] = [
    "at-identifier": "ATIdentifier", "at-uri": "ATURI", "cid": "CID", "datetime": "ATDatetime", "did": "DID",
    "handle": "Handle", "nsid": "NSID", "tid": "TID", "record-key": "RecordKey", "language": "Language",
    "lexicon:uri": "URI",
  ]

  /// Every runtime type the AT Protocol primitives and formats become, which generated code names unqualified.
  static let runtimeTypeNames = Set(stringFormats.values).union(["ATBytes", "CIDLink", "Blob"])

  /// Whether strings of `format` are held in an `ATStringFormat` wrapper, which validates itself (a value
  /// decoded leniently reports a malformed string through `violations`); every one of them is.
  static func validatesItself(_ format: String?) -> Bool {
    guard let format else { return false }
    return stringFormats[format] != nil
  }

  /// The runtime type name for `primitive`, or nil when it is not an AT Protocol type.
  static func runtimeName(_ primitive: Primitive) -> String? {
    switch primitive {
    case .atBytes: return "ATBytes"
    case .cidLink: return "CIDLink"
    case .blob: return "Blob"
    case .string(let format?): return stringFormats[format]
    default: return nil
    }
  }
}
