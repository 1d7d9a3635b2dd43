/// Literal syntax, so tests and defaults can write `let value: JSONValue = ["a": [1, 2.5, "x", nil]]`.
extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// `nil` is ``null``.
  public init(nilLiteral: ()) {
    self = .null
  }

  /// A boolean literal is ``bool(_:)``.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }

  /// An integer literal is ``integer(_:)``.
  public init(integerLiteral value: Int64) {
    self = .integer(value)
  }

  /// A floating-point literal is ``double(_:)``.
  public init(floatLiteral value: Double) {
    self = .double(value)
  }

  /// A string literal is ``string(_:)``.
  public init(stringLiteral value: String) {
    self = .string(value)
  }

  /// An array literal is ``array(_:)``.
  public init(arrayLiteral elements: JSONValue...) {
    self = .array(elements)
  }

  /// A dictionary literal is ``object(_:)``; a repeated key keeps its last value (like JSON parsers do).
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
