/// A JSON value written in a spec (a default, an example, a `const`), kept exactly as written.
///
/// Numbers keep their literal text so that `9223372036854776000` or `0.1` survive untouched.
///
/// Front ends convert the spec's node as written (YAML scalars by their resolved type); the emitter shows
/// it as compact JSON (`jsonText`) in doc comments and turns it into Swift literals where it is a value
/// (an initializer default, a `const` check).
public indirect enum JSONLiteral: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integer that fits `Int64`, written without fraction or exponent (`60`, `-2`).
  case integer(Int64)
  /// Any other number, as its literal text (`0.5`, `1e3`, `9223372036854776000`).
  case number(String)
  /// A string, unescaped.
  case string(String)
  /// An array, in order.
  case array([JSONLiteral])
  /// An object, members in document order (duplicates as written).
  case object([Member])

  /// An object member; objects keep document order.
  public struct Member: Hashable, Sendable {
    /// The member's name, unescaped.
    public var key: String
    /// The member's value.
    public var value: JSONLiteral

    /// A member `key: value`.
    public init(_ key: String, _ value: JSONLiteral) {
      self.key = key
      self.value = value
    }
  }

  /// The string, when this is `.string`; nil for every other kind (`.number` text included).
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// Compact JSON text, used in doc comments and for comparisons in tests.
  public var jsonText: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .integer(let value): return String(value)
    case .number(let text): return text
    case .string(let value): return JSONLiteral.quote(value)
    case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let members):
      return "{" + members.map { JSONLiteral.quote($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
