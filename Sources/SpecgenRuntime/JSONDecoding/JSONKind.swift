import JSONText

/// The kind of a JSON value, as a decoder that knows it reports it: what generated unions (and
/// ``JSONValue``) ask before decoding, so they read the variant the value can be instead of trying each
/// in turn and catching the errors.
///
/// `null`, `boolean`, `integer`, `number`, `string`, `array` or `object`. Numbers follow ``JSONValue``'s
/// rule: a number with an integral value that fits `Int64` is `integer` (`1`, `1.0`, `1e2`), any other
/// one `number`. The cases are declared in `JSONText`, which the generator shares, so the kinds its
/// generated unions check are the ones this type has.
public typealias JSONKind = JSONText.ValueKind

extension JSONKind {
  /// The kind of the value `decoder` holds, or nil when the decoder cannot tell: only
  /// ``StrictJSONDecoder``'s decoders can (`JSONDecoder`'s cannot, so code reading a union from one falls
  /// back to trying each variant).
  public init?(of decoder: any Decoder) {
    guard let decoder = ParsedJSONDecoder.of(decoder) else { return nil }
    self = decoder.kind(of: decoder.node)
  }
}

extension Optional where Wrapped == JSONKind {
  /// Whether a value of this kind may be read as `kind`: it is that kind (an ``JSONKind/integer`` is
  /// also a ``JSONKind/number``), or the kind is unknown (nil: the decoder could not tell).
  public func mayBe(_ kind: JSONKind) -> Bool {
    guard let self else { return true }
    return self == kind || (self == .integer && kind == .number)
  }
}
