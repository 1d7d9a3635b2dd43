/// A coding key made from any string, for members whose names are only known at run time
/// (`additionalProperties`, free-form objects).
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
  /// The member name.
  public var stringValue: String
  /// The array index, when the key was made from one.
  public var intValue: Int?

  /// A key for the member named `string`.
  public init(_ string: String) {
    self.stringValue = string
    self.intValue = nil
  }

  /// A key for the member named `stringValue` (never fails).
  public init?(stringValue: String) {
    self.init(stringValue)
  }

  /// A key for position `intValue`; its string form is the decimal index.
  public init?(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// `forKey: "name"`: generated coding of an object with hundreds of members names its keys by
/// literal, without a `CodingKeys` enumeration the compiler would synthesize in superlinear time.
extension AnyCodingKey: ExpressibleByStringLiteral {
  /// A key for the member named `value`.
  public init(stringLiteral value: String) {
    self.init(value)
  }
}
