import SchemaIR

/// Which `SpecgenRuntime` type an AT Protocol primitive or Lexicon string format becomes.
///
/// Only Lexicon's typed formats (`Primitive.lexiconString`) map here; an OpenAPI string with `format: did`
/// or `format: uri` stays `String`. Every string type is a lossless wrapper that re-encodes what it decoded.
enum ATProtoTypes {
  static let stringFormats: [LexiconStringFormat: String] = [
    .atIdentifier: "ATIdentifier", .atURI: "ATURI", .cid: "CID", .datetime: "ATDatetime", .did: "DID",
    .handle: "Handle", .nsid: "NSID", .tid: "TID", .recordKey: "RecordKey", .language: "Language", .uri: "URI",
  ]

  /// Every runtime type the AT Protocol primitives and formats become, which generated code names unqualified.
  static let runtimeTypeNames = Set(stringFormats.values).union(["ATBytes", "CIDLink", "Blob"])

  /// Whether `primitive` is held in an `ATStringFormat` wrapper, which validates itself (a value decoded
  /// leniently reports a malformed string through `violations`): every Lexicon string format is.
  static func validatesItself(_ primitive: Primitive) -> Bool {
    if case .lexiconString = primitive { return true }
    return false
  }

  /// The runtime type name for `primitive`, or nil when it is not an AT Protocol type.
  static func runtimeName(_ primitive: Primitive) -> String? {
    switch primitive {
    case .atBytes: return "ATBytes"
    case .cidLink: return "CIDLink"
    case .blob: return "Blob"
    case .lexiconString(let format): return stringFormats[format]
    default: return nil
    }
  }
}
