import Foundation
import HTTPTypes

/// Reads the header fields a response documents as typed values, for the generated `…Headers`
/// structs.
///
/// A value is read the way OpenAPI's `simple` style writes it: the field's text is the value (a
/// string, a number, a boolean, an enumeration's raw value, a date), and a list is comma-separated.
/// A field that is absent, or whose text is not of the documented type, reads as nil: servers send
/// headers loosely, and one odd rate-limit field must not fail a call whose body is fine (the raw
/// text stays in the response's `headers`).
public enum ResponseHeaders {
  /// The field `name` of `response` as a `Value`, or nil.
  public static func value<Value: Decodable>(_ name: String, in response: APIResponse) -> Value? {
    guard let text = response.header(name) else { return nil }
    return decode(text.trimmingCharacters(in: .whitespaces))
  }

  /// The field `name` of `response` as a comma-separated list of `Element`s, or nil (also when one
  /// element is not an `Element`).
  public static func values<Element: Decodable>(_ name: String, in response: APIResponse) -> [Element]? {
    guard let text = response.header(name) else { return nil }
    var elements: [Element] = []
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      guard let element: Element = decode(item.trimmingCharacters(in: .whitespaces)) else { return nil }
      elements.append(element)
    }
    return elements
  }

  /// `text` as a JSON string first (strings, dates, string enumerations), else as a JSON scalar
  /// (numbers, booleans, integer enumerations).
  static func decode<Value: Decodable>(_ text: String) -> Value? {
    let decoder = JSONDecoder()
    if let data = try? JSONEncoder().encode(text), let value = try? decoder.decode(Value.self, from: data) {
      return value
    }
    guard !text.isEmpty, text.first != "\"", text.first != "[", text.first != "{" else { return nil }
    return try? decoder.decode(Value.self, from: Data(text.utf8))
  }
}
