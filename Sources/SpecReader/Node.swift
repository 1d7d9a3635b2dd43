import SpecgenDiagnostics

/// One node of a parsed YAML or JSON document, with the position it was read from.
///
/// Both readers build this same tree, so the front ends never know which syntax a document
/// used. Nodes are immutable and may be shared: a YAML alias points at its anchor's node.
public final class Node: Sendable {
  public enum Content: Sendable {
    case scalar(Scalar)
    case sequence([Node])
    case mapping(Mapping)
  }

  public let content: Content
  public let location: SourceLocation

  public init(_ content: Content, at location: SourceLocation) {
    self.content = content
    self.location = location
  }

  public var scalar: Scalar? {
    if case .scalar(let value) = content { return value }
    return nil
  }

  public var sequence: [Node]? {
    if case .sequence(let value) = content { return value }
    return nil
  }

  public var mapping: Mapping? {
    if case .mapping(let value) = content { return value }
    return nil
  }

  /// The value for `key` when this node is a mapping that has it.
  public subscript(key: String) -> Node? {
    mapping?[key]
  }

  /// What the node is, as a noun for error messages: "a mapping", "a string", "null".
  public var kindDescription: String {
    switch content {
    case .mapping: return "a mapping"
    case .sequence: return "a sequence"
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return "null"
      case .bool: return "a boolean"
      case .integer, .number: return "a number"
      case .string: return "a string"
      }
    }
  }
}

/// A scalar as written, plus how it was written, which decides what it means.
public struct Scalar: Sendable, Hashable {
  /// How the scalar was written. JSON strings read as `.doubleQuoted`, other JSON tokens as `.plain`.
  public enum Style: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
  }

  /// The scalar's value after YAML 1.2 core-schema resolution.
  public enum Resolved: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An integer that fits in `Int64`.
    case integer(Int64)
    /// Any other number, kept as its literal text so nothing is lost (e.g. `9223372036854776000`).
    case number(String)
    case string(String)
  }

  public var text: String
  public var style: Style
  /// The explicit tag, e.g. `tag:yaml.org,2002:str`, when the document wrote one.
  public var tag: String?

  public init(_ text: String, style: Style, tag: String? = nil) {
    self.text = text
    self.style = style
    self.tag = tag
  }

  public var resolved: Resolved { ScalarResolver.resolve(self) }

  /// The text when the scalar resolves to a string.
  public var string: String? {
    if case .string(let value) = resolved { return value }
    return nil
  }
}

/// A mapping's entries in document order, with keyed lookup.
///
/// Keys are scalars (the readers reject others) and unique (the readers reject duplicates),
/// so a key names at most one entry.
public struct Mapping: Sendable {
  public struct Entry: Sendable {
    public let key: String
    public let keyLocation: SourceLocation
    public let value: Node

    public init(key: String, keyLocation: SourceLocation, value: Node) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  public let entries: [Entry]
  /// Built only for larger mappings: most mappings in a spec have a handful of keys, where a
  /// linear scan beats hashing and saves a dictionary allocation per mapping.
  private let index: [String: Int]?

  /// Mappings with more entries than this get a hashed index.
  static let indexThreshold = 8

  public init(_ entries: [Entry]) {
    self.init(storing: entries, index: Self.buildIndex(entries))
  }

  /// For readers that already built the index while rejecting duplicate keys.
  init(entries: [Entry], index: [String: Int]?) {
    let needed = entries.count > Self.indexThreshold
    self.init(storing: entries, index: needed ? (index ?? Self.buildIndex(entries)) : nil)
  }

  private init(storing entries: [Entry], index: [String: Int]?) {
    self.entries = entries
    self.index = index
  }

  /// First occurrence wins, matching the linear scan used for small mappings.
  private static func buildIndex(_ entries: [Entry]) -> [String: Int]? {
    guard entries.count > indexThreshold else { return nil }
    var index: [String: Int] = [:]
    index.reserveCapacity(entries.count)
    for (offset, entry) in entries.enumerated() where index[entry.key] == nil {
      index[entry.key] = offset
    }
    return index
  }

  private func offset(of key: String) -> Int? {
    if let index { return index[key] }
    return entries.firstIndex { $0.key == key }
  }

  public subscript(key: String) -> Node? {
    guard let offset = offset(of: key) else { return nil }
    return entries[offset].value
  }

  public func entry(_ key: String) -> Entry? {
    guard let offset = offset(of: key) else { return nil }
    return entries[offset]
  }

  public var keys: [String] { entries.map(\.key) }
  public var count: Int { entries.count }
  public var isEmpty: Bool { entries.isEmpty }
}
