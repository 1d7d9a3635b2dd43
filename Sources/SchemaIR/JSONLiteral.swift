/// A JSON value written in a spec (a default, an example, a `const`), kept exactly as written.
///
/// Numbers keep their literal text so that `9223372036854776000` or `0.1` survive untouched.
public indirect enum JSONLiteral: Hashable, Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  case number(String)
  case string(String)
  case array([JSONLiteral])
  case object([Member])

  /// An object member; objects keep document order.
  public struct Member: Hashable, Sendable {
    public var key: String
    public var value: JSONLiteral

    public init(_ key: String, _ value: JSONLiteral) {
      self.key = key
      self.value = value
    }
  }

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
