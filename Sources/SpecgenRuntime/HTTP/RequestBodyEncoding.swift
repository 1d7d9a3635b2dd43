import Foundation

/// Encodes request bodies in the media types OpenAPI and XRPC operations declare.
public enum RequestBodyEncoding {
  /// JSON, as the generated models' `Codable` conformance writes it (absent optionals omitted,
  /// `Nullable.null` as `null`).
  public static func json<Body: Encodable>(_ body: Body) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(body)
  }

  /// `application/x-www-form-urlencoded`: each top-level member as `name=value` (`form` style,
  /// exploded, percent-encoded); nested objects are written as JSON text.
  public static func formURLEncoded<Body: Encodable>(_ body: Body) throws -> Data {
    guard case .object(let members) = try ParameterSerialization.jsonValue(body) else {
      throw HTTPRequestError.unsupportedParameter(name: "body", reason: "a form body must be an object")
    }
    var pairs: [String] = []
    for (name, value) in members.sorted(by: { $0.key < $1.key }) {
      let values: [JSONValue]
      if case .array(let elements) = value { values = elements } else { values = [value] }
      for element in values {
        if case .null = element { continue }
        pairs.append(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(try partText(element)))
      }
    }
    return Data(pairs.joined(separator: "&").utf8)
  }

  /// A form field's or multipart part's text: an object or array as JSON, anything else as its text.
  static func partText(_ value: JSONValue, name: String = "body") throws -> String {
    switch value {
    case .object, .array:
      return String(decoding: try json(value), as: UTF8.self)
    default:
      return try ParameterSerialization.text(value, name: name)
    }
  }
}
