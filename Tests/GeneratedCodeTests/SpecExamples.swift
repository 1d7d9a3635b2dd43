import Foundation
import SpecReader

/// Every `example` / `examples` value written in a spec, with the pointer of the schema that holds it.
///
/// The behaviour tests decode each one with the generated type for that schema, so the list comes
/// from the document itself: an example added to the spec without a registered type fails the
/// coverage test instead of being silently skipped.
struct SpecExample: CustomStringConvertible {
  /// The schema holding the example, e.g. `#/components/schemas/stream/properties/name`.
  var schemaPointer: String
  /// The example as compact JSON text.
  var json: String

  var description: String { "\(schemaPointer): \(json)" }

  /// The examples of the spec at `path` (relative to the package root).
  static func all(inSpec path: String) throws -> [SpecExample] {
    let root = PackageLayout.root.appendingPathComponent(path).deletingLastPathComponent()
    let loader = DocumentLoader(root: root.path)
    let document = try loader.load((path as NSString).lastPathComponent)
    var found: [SpecExample] = []
    collect(document, pointer: JSONPointer(), into: &found)
    return found
  }

  private static func collect(_ node: Node, pointer: JSONPointer, into found: inout [SpecExample]) {
    if let sequence = node.sequence {
      for (offset, item) in sequence.enumerated() { collect(item, pointer: pointer.appending(offset), into: &found) }
      return
    }
    guard let mapping = node.mapping else { return }
    for entry in mapping.entries {
      switch entry.key {
      case "example" where isSchema(pointer):
        found.append(SpecExample(schemaPointer: pointer.description, json: jsonText(entry.value)))
      case "examples" where isSchema(pointer):
        for item in entry.value.sequence ?? [] {
          found.append(SpecExample(schemaPointer: pointer.description, json: jsonText(item)))
        }
      default:
        collect(entry.value, pointer: pointer.appending(entry.key), into: &found)
      }
    }
  }

  /// Examples also appear on media types and parameters; those hold a schema's example one level up.
  private static func isSchema(_ pointer: JSONPointer) -> Bool {
    pointer.tokens.contains("schemas") || pointer.tokens.last == "schema"
  }

  /// The node as compact JSON: YAML scalars by their resolved meaning, numbers as written.
  static func jsonText(_ node: Node) -> String {
    switch node.content {
    case .sequence(let items): return "[" + items.map(jsonText).joined(separator: ",") + "]"
    case .mapping(let mapping):
      return "{" + mapping.entries.map { quoted($0.key) + ":" + jsonText($0.value) }.joined(separator: ",") + "}"
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return "null"
      case .bool(let value): return value ? "true" : "false"
      case .integer(let value): return String(value)
      case .number(let text): return text
      case .string(let text): return quoted(text)
      }
    }
  }

  private static func quoted(_ text: String) -> String {
    let data = try! JSONEncoder().encode(text)
    return String(decoding: data, as: UTF8.self)
  }
}

/// Where this package's files are, found from this source file.
enum PackageLayout {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
