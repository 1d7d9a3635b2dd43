import SchemaIR
import SpecReader

extension Node {
  /// The node as a JSON value (a `default`, an example, a `const`), exactly as written: numbers
  /// keep their text, mappings their member order.
  package var jsonLiteral: JSONLiteral {
    switch content {
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return .null
      case .bool(let value): return .bool(value)
      case .integer(let value): return .integer(value)
      case .number(let text): return .number(text)
      case .string(let text): return .string(text)
      }
    case .sequence(let items):
      return .array(items.map(\.jsonLiteral))
    case .mapping(let mapping):
      return .object(mapping.entries.map { JSONLiteral.Member($0.key, $0.value.jsonLiteral) })
    }
  }
}

extension LocatedNode {
  /// The node as a JSON value; see `Node.jsonLiteral`.
  package var jsonLiteral: JSONLiteral { node.jsonLiteral }
}
