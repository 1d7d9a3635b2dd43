/// Identifies one type declaration across the pipeline.
///
/// Front ends choose it from where the type is defined (a JSON pointer such as
/// `#/components/schemas/stream`, or an NSID reference such as `place.stream.livestream#main`), so
/// every `$ref` to the same place lands on the same declaration and the ID is stable from run to run.
///
/// The emitter treats it as an opaque key: it never parses it and never shows it in generated code (names
/// come from `TypeDeclaration.sourceName`). It does appear in diagnostics, and `specgen types` lists
/// declarations sorted by it, so it should read as a place in the spec.
public struct TypeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The id as the front end wrote it: `#/components/schemas/stream` (OpenAPI, a JSON pointer into the
  /// root document), `place.stream.livestream#main` (Lexicon, `nsid#def`), `#/schemas/Video`
  /// (Discovery, a schema id under a pointer-like prefix). Inline declarations extend their parent's id
  /// (`#/components/schemas/stream/properties/multistream`).
  public var rawValue: String

  /// Wraps `rawValue` unchanged; equal strings are the same declaration.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// `rawValue`, as diagnostics print it.
  public var description: String { rawValue }

  /// Orders by `rawValue` (code units), for stable listings such as `SwiftEmitter.typeIndex`.
  public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A use of a type: what a field, array element, map value, parameter, body or response header holds.
///
/// Only `.named` points at a declaration; everything else is spelled in place, so a front end declares
/// a type only when it needs a name (an object, an enumeration, a union, or a component alias). The
/// emitter spells each case as a Swift type: `.array(.primitive(.string))` is `[String]`.
public indirect enum TypeReference: Hashable, Sendable {
  /// A scalar (string, number, boolean or an AT Protocol value), spelled by the emitter from its kind and
  /// format: `.primitive(.integer(format: "int64"))` is `Int64`.
  case primitive(Primitive)
  /// A declared type (object, enum, union or alias). `ModuleCheck` guarantees before emission that the
  /// module declares the id, so the emitter can rely on finding it.
  case named(TypeID)
  /// A JSON array of this element type (OpenAPI/Discovery `items`, Lexicon `array`): `[T]`.
  case array(TypeReference)
  /// A JSON object with arbitrary string keys and values of one type (OpenAPI `additionalProperties`
  /// without `properties`): `[String: T]`.
  case map(TypeReference)
  /// Any JSON value at all (a schema without a type, `{}`, Lexicon `unknown`): the runtime's `JSONValue`,
  /// kept exactly as read.
  case any
}

/// The scalar kinds a schema can name, with their format kept as written.
///
/// OpenAPI and Discovery formats stay strings here: which Swift type a format becomes is the emitter's
/// decision. Lexicon's string formats are a closed set with AT Protocol meaning, so they are their own case:
/// an OpenAPI `format: did` is a plain string, a Lexicon `format: did` a DID.
public enum Primitive: Hashable, Sendable {
  /// A JSON string; `format` exactly as the spec wrote it, nil without one. The emitter gives a few
  /// formats a type of their own (`date-time` → `DateTime`, `byte` → `Data`, `binary` → `FileUpload`,
  /// Discovery's `int64`/`uint64` strings → `Int64String`/`UInt64String`); any other format (`uuid`,
  /// `email`, OpenAPI `did`) is a plain `String`, so values round-trip exactly.
  case string(format: String?)
  /// A Lexicon string with a `format` (`did`, `at-uri`, `datetime`, ...): only the Lexicon front end
  /// uses it. The emitter spells it as the runtime's lossless wrapper (`DID`, `ATURI`, `ATDatetime`).
  case lexiconString(LexiconStringFormat)
  /// A JSON integer; `format` as written: `int32` → `Int32`, `int64` → `Int64`, anything else `Int`.
  case integer(format: String?)
  /// A JSON number; `format` as written (`float`, `double`), always `Double` today.
  case number(format: String?)
  /// `true` or `false`: `Bool`.
  case boolean
  /// AT Protocol `bytes`: `{"$bytes": "<base64>"}` in JSON.
  case atBytes
  /// AT Protocol `cid-link`: `{"$link": "<cid>"}` in JSON.
  case cidLink
  /// AT Protocol `blob`: the typed blob object.
  case blob

  /// A string without a format.
  public static let string = Primitive.string(format: nil)
  /// An integer without a format (`Int`).
  public static let integer = Primitive.integer(format: nil)
  /// A number without a format (`Double`).
  public static let number = Primitive.number(format: nil)
}

/// The string formats the Lexicon language defines, by their Lexicon names (`rawValue` is the name as a
/// lexicon writes it). Each becomes a runtime wrapper that reads any string and reports a malformed one
/// through validation, following the AT Protocol's syntax rules.
public enum LexiconStringFormat: String, Hashable, Sendable, CaseIterable {
  /// A DID or a handle: `ATIdentifier`.
  case atIdentifier = "at-identifier"
  /// `at://` URI: `ATURI`.
  case atURI = "at-uri"
  /// A content identifier in its string form: `CID`.
  case cid
  /// An AT Protocol datetime (RFC 3339 with the protocol's restrictions): `ATDatetime`.
  case datetime
  /// `did:method:...`: `DID`.
  case did
  /// A domain-name handle: `Handle`.
  case handle
  /// A namespaced identifier (`app.bsky.feed.post`): `NSID`.
  case nsid
  /// A timestamp identifier (record keys): `TID`.
  case tid
  /// A record key: `RecordKey`.
  case recordKey = "record-key"
  /// A BCP 47 language tag: `Language`.
  case language
  /// Any URI (a Lexicon `uri`, unlike OpenAPI's `format: uri`, which stays `String`): `URI`.
  case uri
}
