import SpecReader
import SpecgenDiagnostics

/// A config node with its JSON pointer, so every config error names its line, column and key.
struct ConfigNode {
  let node: Node
  let pointer: JSONPointer

  init(_ node: Node, pointer: JSONPointer) {
    self.node = node
    self.pointer = pointer
  }

  func error(_ message: String) -> DiagnosticError {
    DiagnosticError(message, at: node.location, path: pointer.description)
  }

  /// The entries of a mapping; a key outside `allowedKeys` is an error at that key.
  func mapping(allowedKeys: Set<String>) throws(DiagnosticError) -> ConfigMapping {
    guard let mapping = node.mapping else { throw error("expected a mapping, found \(node.kindDescription)") }
    for entry in mapping.entries where !allowedKeys.contains(entry.key) {
      let expected = allowedKeys.sorted().map { "'\($0)'" }.joined(separator: ", ")
      throw DiagnosticError(
        "unknown key '\(entry.key)'; expected one of \(expected)", at: entry.keyLocation,
        path: pointer.appending(entry.key).description)
    }
    return ConfigMapping(owner: self, mapping: mapping)
  }

  func sequence() throws(DiagnosticError) -> [ConfigNode] {
    guard let items = node.sequence else { throw error("expected a list, found \(node.kindDescription)") }
    return items.enumerated().map { ConfigNode($1, pointer: pointer.appending($0)) }
  }

  func string() throws(DiagnosticError) -> String {
    guard let text = node.scalar?.string, !text.isEmpty else {
      throw error("expected a non-empty string, found \(node.kindDescription)")
    }
    return text
  }
}

/// A config mapping's values, looked up by key.
struct ConfigMapping {
  let owner: ConfigNode
  let mapping: Mapping

  subscript(key: String) -> ConfigNode? {
    mapping[key].map { ConfigNode($0, pointer: owner.pointer.appending(key)) }
  }

  func requiredString(_ key: String, in item: ConfigNode) throws(DiagnosticError) -> String {
    guard let value = self[key] else { throw item.error("missing '\(key)'") }
    return try value.string()
  }
}
