import Foundation

/// Any JSON value, kept as a tree.
///
/// Generated code uses `JSONValue` for schemas without a usable shape (`{}`, `true`, free-form objects and
/// `unknown` Lexicon fields), so that round-tripping a document never loses data.
///
/// Numbers keep the distinction JSON authors usually mean: a number with an integral value that fits `Int64`
/// decodes as ``integer(_:)`` (`1`, and also `1.0` and `1e2`, as JSON Schema counts them integers); anything
/// else (a fraction, an integer too large for `Int64`) decodes as ``double(_:)``. So `1.0` re-encodes as `1`
/// and `-0.0` as `0`: the same JSON number, not the same spelling. A number beyond `Double` range throws.
public enum JSONValue: Hashable, Sendable {
  /// The JSON literal `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// An integral number that fits in `Int64`.
  case integer(Int64)
  /// Any other number.
  case double(Double)
  /// A string.
  case string(String)
  /// An array, in document order.
  case array([JSONValue])
  /// An object. Key order is not preserved (JSON objects are unordered).
  case object([String: JSONValue])
}

extension JSONValue: Codable {
  /// Decodes whatever JSON value the decoder holds.
  ///
  /// From ``StrictJSONDecoder`` the value is read from the parsed text directly. From any other decoder,
  /// which cannot say what kind of value it holds, each kind is tried in turn, and the order matters:
  /// `Bool` before the numbers so that `true` never becomes `1`, and `Int64` before `Double` so integers
  /// stay exact. `JSONDecoder` refuses to read a number as `Bool`, which the tests pin down, so `1` never
  /// becomes `true`.
  public init(from decoder: any Decoder) throws {
    if let decoder = ParsedJSONDecoder.of(decoder) {
      self = try decoder.jsonValue()
      return
    }
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let bool = try? container.decode(Bool.self) {
      self = .bool(bool)
    } else if let integer = try? container.decode(Int64.self) {
      self = .integer(integer)
    } else if let double = try? container.decode(Double.self) {
      self = .double(double)
    } else if let string = try? container.decode(String.self) {
      self = .string(string)
    } else if let array = try? container.decode([JSONValue].self) {
      self = .array(array)
    } else if let object = try? container.decode([String: JSONValue].self) {
      self = .object(object)
    } else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Expected a JSON value (null, boolean, number, string, array or object)")
    }
  }

  /// Encodes the value as the matching JSON construct.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let bool): try container.encode(bool)
    case .integer(let integer): try container.encode(integer)
    case .double(let double): try container.encode(double)
    case .string(let string): try container.encode(string)
    case .array(let array): try container.encode(array)
    case .object(let object): try container.encode(object)
    }
  }

  /// Parses a complete JSON document (any value is allowed at the top level, not only objects and arrays),
  /// strictly by RFC 8259 (``StrictJSONDecoder``).
  public init(jsonData: Data) throws {
    self = try StrictJSONDecoder().decode(JSONValue.self, from: jsonData)
  }
}
