import Foundation

extension JSONValue: CustomStringConvertible {
  /// The value as compact JSON text with sorted keys, so `print(error.model ?? nil)` shows what the
  /// server sent: `{"error":{"messages":["not found"]}}`, not the enum's case structure.
  public var description: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "<not representable as JSON>" }
    return String(decoding: data, as: UTF8.self)
  }
}
