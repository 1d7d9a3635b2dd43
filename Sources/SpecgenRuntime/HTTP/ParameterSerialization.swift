import Foundation

/// OpenAPI parameter `style`s, serialized exactly as the specification's style table shows
/// (`color = ["blue","black","brown"]`, `color = {"R":100,"G":200,"B":150}`).
public enum ParameterStyle: String, Sendable, Hashable {
  case form
  case spaceDelimited
  case pipeDelimited
  case deepObject
  case simple
  case label
  case matrix
}

/// Writes parameter values as query items, path segments, header and cookie values.
///
/// Values are first turned into `JSONValue` (through their `Encodable` form, by `JSONValueEncoder`, with
/// no JSON text in between), so enums, dates, arrays and objects all serialize the way they appear in
/// JSON; strings and numbers stay unquoted.
public enum ParameterSerialization {
  /// The JSON form of `value`: `.string` for `String` and string enums, `.array`, `.object`, ...
  public static func jsonValue<Value: Encodable>(_ value: Value) throws -> JSONValue {
    try JSONValueEncoder().encode(value)
  }

  /// Query items for `name` = `value` (already percent-encoded), per the style table.
  ///
  /// `nil` and `null` produce no item; `form` is the default style, and `explode` defaults to true
  /// for `form` only, as the specification says.
  public static func queryItems<Value: Encodable>(
    _ name: String, _ value: Value?, style: ParameterStyle = .form, explode: Bool? = nil
  ) throws -> [APIRequest.QueryItem] {
    guard let value else { return [] }
    let json = try jsonValue(value)
    let explode = explode ?? (style == .form)
    let key = PercentEncoding.encode(name)
    func item(_ text: String) -> APIRequest.QueryItem { APIRequest.QueryItem(name: key, value: text) }
    switch json {
    case .null:
      return []
    case .array(let elements):
      let texts = try elements.map { try text($0, name: name) }
      switch style {
      case .spaceDelimited: return [item(texts.map(PercentEncoding.encode).joined(separator: "%20"))]
      case .pipeDelimited: return [item(texts.map(PercentEncoding.encode).joined(separator: "%7C"))]
      default:
        if explode { return texts.map { item(PercentEncoding.encode($0)) } }
        return [item(texts.map(PercentEncoding.encode).joined(separator: ","))]
      }
    case .object(let members):
      if style == .deepObject {
        return try deepObjectPairs(name, json).map {
          APIRequest.QueryItem(name: PercentEncoding.encode($0.0), value: PercentEncoding.encode($0.1))
        }
      }
      let pairs = try members.sorted { $0.key < $1.key }.map { ($0.key, try text($0.value, name: name)) }
      switch style {
      case .spaceDelimited: return [item(flatten(pairs).joined(separator: "%20"))]
      case .pipeDelimited: return [item(flatten(pairs).joined(separator: "%7C"))]
      default:
        if explode {
          return pairs.map {
            APIRequest.QueryItem(name: PercentEncoding.encode($0.0), value: PercentEncoding.encode($0.1))
          }
        }
        return [item(flatten(pairs).joined(separator: ","))]
      }
    default:
      return [item(PercentEncoding.encode(try text(json, name: name)))]
    }
  }

  /// A path parameter's text, percent-encoded (`simple` style unless `label` or `matrix`).
  /// `allowReserved` keeps reserved characters such as `/` (RFC 6570 `{+name}`) in a simple scalar.
  public static func pathSegment<Value: Encodable>(
    _ name: String, _ value: Value, style: ParameterStyle = .simple, explode: Bool = false, allowReserved: Bool = false
  ) throws -> String {
    let json = try jsonValue(value)
    if allowReserved, style == .simple {
      switch json {
      case .array, .object: break
      default: return PercentEncoding.encodeAllowingReserved(try text(json, name: name))
      }
    }
    switch style {
    case .label:
      return "." + (try simple(json, name: name, explode: explode, separator: explode ? "." : ","))
    case .matrix:
      if case .array(let elements) = json, explode {
        return try elements.map {
          ";" + PercentEncoding.encode(name) + "=" + PercentEncoding.encode(try text($0, name: name))
        }
        .joined()
      }
      if case .object(let members) = json, explode {
        return try members.sorted { $0.key < $1.key }.map {
          ";" + PercentEncoding.encode($0.key) + "=" + PercentEncoding.encode(try text($0.value, name: name))
        }.joined()
      }
      return ";" + PercentEncoding.encode(name) + "=" + (try simple(json, name: name, explode: false, separator: ","))
    default:
      return try simple(json, name: name, explode: explode, separator: ",")
    }
  }

  /// A header value (`simple` style), or nil when there is none to send.
  public static func headerValue<Value: Encodable>(_ name: String, _ value: Value?, explode: Bool = false) throws
    -> String?
  {
    guard let value else { return nil }
    let json = try jsonValue(value)
    if case .null = json { return nil }
    return try unencodedSimple(json, name: name, explode: explode)
  }

  /// A `name=value` cookie pair (`form` style), or nil when there is none to send.
  public static func cookie<Value: Encodable>(_ name: String, _ value: Value?) throws -> String? {
    guard let value else { return nil }
    let json = try jsonValue(value)
    if case .null = json { return nil }
    return name + "=" + PercentEncoding.encode(try unencodedSimple(json, name: name, explode: false))
  }

  /// `deepObject` pairs, nested the way servers that document nested members read them (OpenAPI leaves
  /// nesting undefined): `filter[country]=FR`, `filter[browser][]=firefox` for each array element,
  /// `filter[size][min]=1` for a nested object. Members are sorted by name, so output is stable.
  private static func deepObjectPairs(_ key: String, _ json: JSONValue) throws -> [(String, String)] {
    switch json {
    case .null: return []
    case .object(let members):
      return try members.sorted { $0.key < $1.key }.flatMap { try deepObjectPairs(key + "[" + $0.key + "]", $0.value) }
    case .array(let elements):
      return try elements.flatMap { try deepObjectPairs(key + "[]", $0) }
    default:
      return [(key, try text(json, name: key))]
    }
  }

  private static func flatten(_ pairs: [(String, String)]) -> [String] {
    pairs.flatMap { [PercentEncoding.encode($0.0), PercentEncoding.encode($0.1)] }
  }

  private static func simple(_ json: JSONValue, name: String, explode: Bool, separator: String) throws -> String {
    switch json {
    case .array(let elements):
      return try elements.map { PercentEncoding.encode(try text($0, name: name)) }.joined(separator: separator)
    case .object(let members):
      return try members.sorted { $0.key < $1.key }.map {
        let key = PercentEncoding.encode($0.key)
        let value = PercentEncoding.encode(try text($0.value, name: name))
        return explode ? key + "=" + value : key + "," + value
      }.joined(separator: separator)
    default:
      return PercentEncoding.encode(try text(json, name: name))
    }
  }

  private static func unencodedSimple(_ json: JSONValue, name: String, explode: Bool) throws -> String {
    switch json {
    case .array(let elements):
      return try elements.map { try text($0, name: name) }.joined(separator: ",")
    case .object(let members):
      return try members.sorted { $0.key < $1.key }.map {
        let value = try text($0.value, name: name)
        return explode ? $0.key + "=" + value : $0.key + "," + value
      }.joined(separator: ",")
    default:
      return try text(json, name: name)
    }
  }

  /// The unencoded text of a scalar: strings as they are, numbers and booleans as JSON writes them.
  static func text(_ json: JSONValue, name: String) throws -> String {
    switch json {
    case .string(let string): return string
    case .integer(let integer): return String(integer)
    case .double(let double):
      if let integer = Int64(exactly: double) { return String(integer) }
      return String(double)
    case .bool(let bool): return bool ? "true" : "false"
    case .null: return ""
    case .array, .object:
      throw HTTPRequestError.unsupportedParameter(name: name, reason: "nested arrays or objects have no style")
    }
  }
}
