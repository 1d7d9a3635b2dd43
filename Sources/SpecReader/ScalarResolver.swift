/// Gives plain scalars their YAML 1.2 core-schema meaning (`null`, `true`, `12`, `1.5e3`).
///
/// The core schema, not YAML 1.1's: `yes`, `on` and `0755`-as-octal are strings in every
/// OpenAPI document people write today, and reading them as YAML 1.1 would corrupt enums.
enum ScalarResolver {
  static func resolve(_ scalar: Scalar) -> Scalar.Resolved {
    if let tag = scalar.tag {
      switch tag {
      case "tag:yaml.org,2002:str", "!!str", "!": return .string(scalar.text)
      case "tag:yaml.org,2002:null", "!!null": return .null
      default: break
      }
    }
    guard scalar.style == .plain else { return .string(scalar.text) }
    let text = scalar.text
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    default: break
    }
    if let number = number(text) { return number }
    return .string(text)
  }

  private static func number(_ text: String) -> Scalar.Resolved? {
    let utf8 = Array(text.utf8)
    guard let first = utf8.first else { return nil }
    guard
      first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    else { return nil }
    if isInteger(utf8) {
      if let value = Int64(text) { return .integer(value) }
      return .number(text)
    }
    if isDecimal(utf8) { return .number(text) }
    switch text {
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
      return .number(text)
    default:
      return nil
    }
  }

  /// `[-+]?[0-9]+`
  private static func isInteger(_ bytes: [UInt8]) -> Bool {
    var index = 0
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
    guard index < bytes.count else { return false }
    return bytes[index...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
  private static func isDecimal(_ bytes: [UInt8]) -> Bool {
    var index = 0
    func digits() -> Int {
      let start = index
      while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        index += 1
      }
      return index - start
    }
    if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
    let whole = digits()
    var fraction = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      fraction = digits()
    }
    guard whole + fraction > 0 else { return false }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        index += 1
      }
      guard digits() > 0 else { return false }
    }
    return index == bytes.count
  }
}
