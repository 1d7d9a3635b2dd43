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

  /// `multipart/form-data`: one part per top-level member (arrays: one part per element); scalars as
  /// text, objects as JSON. Returns the body and the `Content-Type` with its boundary.
  public static func multipart<Body: Encodable>(_ body: Body, boundary: String = "specgen-boundary-7d1c29e4")
    throws -> (body: Data, contentType: String)
  {
    guard case .object(let members) = try ParameterSerialization.jsonValue(body) else {
      throw HTTPRequestError.unsupportedParameter(name: "body", reason: "a multipart body must be an object")
    }
    var data = Data()
    for (name, value) in members.sorted(by: { $0.key < $1.key }) {
      let values: [JSONValue]
      if case .array(let elements) = value { values = elements } else { values = [value] }
      for element in values {
        if case .null = element { continue }
        let isJSON: Bool
        switch element {
        case .object, .array: isJSON = true
        default: isJSON = false
        }
        let escaped = name.replacingOccurrences(of: "\"", with: "%22")
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(escaped)\"\r\n".utf8)
        if isJSON { data += Data("Content-Type: application/json\r\n".utf8) }
        data += Data("\r\n".utf8)
        data += Data(try partText(element).utf8)
        data += Data("\r\n".utf8)
      }
    }
    data += Data("--\(boundary)--\r\n".utf8)
    return (data, "multipart/form-data; boundary=\(boundary)")
  }

  private static func partText(_ value: JSONValue) throws -> String {
    switch value {
    case .object, .array:
      return String(decoding: try json(value), as: UTF8.self)
    default:
      return try ParameterSerialization.text(value, name: "body")
    }
  }
}
