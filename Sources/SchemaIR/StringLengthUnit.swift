/// What `Constraints.minLength` / `maxLength` count when they apply to a string.
///
/// The two input languages disagree: JSON Schema (OpenAPI) counts characters, which it defines as
/// Unicode code points; AT Protocol Lexicon counts UTF-8 bytes (and has `minGraphemes` /
/// `maxGraphemes` for user-perceived characters). Front ends say which applies; emitters that check
/// lengths follow it.
public enum StringLengthUnit: Hashable, Sendable {
  /// Unicode code points (JSON Schema, OpenAPI). The default.
  case characters
  /// UTF-8 bytes (AT Protocol Lexicon).
  case utf8Bytes
}
