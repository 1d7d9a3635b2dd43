/// Identifies one type declaration across the pipeline.
///
/// Front ends choose it from where the type is defined (a JSON pointer such as
/// `#/components/schemas/stream`, or an NSID reference such as `place.stream.livestream#main`), so
/// every `$ref` to the same place lands on the same declaration and the ID is stable from run to run.
public struct TypeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A use of a type: what a field, array element, parameter or body holds.
public indirect enum TypeReference: Hashable, Sendable {
  case primitive(Primitive)
  /// A declared type (object, enum, union or alias).
  case named(TypeID)
  case array(TypeReference)
  /// A JSON object with arbitrary string keys and values of one type.
  case map(TypeReference)
  /// Any JSON value at all.
  case any
}

/// The scalar kinds a schema can name, with their format kept as written.
///
/// OpenAPI and Discovery formats stay strings here: which Swift type a format becomes is the emitter's
/// decision. Lexicon's string formats are a closed set with AT Protocol meaning, so they are their own case:
/// an OpenAPI `format: did` is a plain string, a Lexicon `format: did` a DID.
public enum Primitive: Hashable, Sendable {
  case string(format: String?)
  /// A Lexicon string with a `format` (`did`, `at-uri`, `datetime`, ...).
  case lexiconString(LexiconStringFormat)
  case integer(format: String?)
  case number(format: String?)
  case boolean
  /// AT Protocol `bytes`: `{"$bytes": "<base64>"}` in JSON.
  case atBytes
  /// AT Protocol `cid-link`: `{"$link": "<cid>"}` in JSON.
  case cidLink
  /// AT Protocol `blob`: the typed blob object.
  case blob

  public static let string = Primitive.string(format: nil)
  public static let integer = Primitive.integer(format: nil)
  public static let number = Primitive.number(format: nil)
}

/// The string formats the Lexicon language defines, by their Lexicon names.
public enum LexiconStringFormat: String, Hashable, Sendable, CaseIterable {
  case atIdentifier = "at-identifier"
  case atURI = "at-uri"
  case cid
  case datetime
  case did
  case handle
  case nsid
  case tid
  case recordKey = "record-key"
  case language
  case uri
}
