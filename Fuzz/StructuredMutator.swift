import Foundation
import SpecReader

/// libFuzzer's structure-aware mode (`SPECGEN_FUZZ_STRUCTURED=1`, set by `scripts/fuzz.sh --structured`).
///
/// Byte mutations rarely keep a spec parseable, so most inputs die in the reader. This mutator parses
/// the input with specgen's own reader, changes the document tree the way a confused author or an
/// attacker would (transplant a subtree, delete a member, rename a key to a schema or lexicon keyword,
/// set a scalar to an edge value, point a `$ref` at another node, wrap a node in `allOf`/`oneOf`/an
/// array) and writes it back as JSON, so the front ends and the emitter see documents that read
/// cleanly but mean odd things. One call in four, or when the input does not parse, it falls back to
/// libFuzzer's byte mutations. Without the variable it only ever does the latter.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(
  _ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32
) -> Int {
  guard let data else { return 0 }
  var random = SplitMix(seed: UInt64(seed))
  guard StructuredMutator.isEnabled, random.next(below: 4) != 0 else {
    return LLVMFuzzerMutate(data, size, maxSize)
  }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let limits = ReaderLimits(maxInputBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 10_000)
  guard let node = try? DocumentParser.parse(bytes, file: "input", limits: limits) else {
    return LLVMFuzzerMutate(data, size, maxSize)
  }
  var tree = Tree(node)
  StructuredMutator.mutate(&tree, random: &random)
  let output = Array(tree.json.utf8)
  guard output.count <= maxSize else { return LLVMFuzzerMutate(data, size, maxSize) }
  output.withUnsafeBufferPointer { buffer in
    data.update(from: buffer.baseAddress!, count: buffer.count)
  }
  return output.count
}

@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// A JSON document tree: what the mutator edits and writes back.
indirect enum Tree {
  case object([(key: String, value: Tree)])
  case array([Tree])
  case string(String)
  /// A number, `true`, `false` or `null`, written as is.
  case literal(String)

  init(_ node: Node) {
    switch node.content {
    case .mapping(let mapping):
      self = .object(mapping.entries.map { (key: $0.key, value: Tree($0.value)) })
    case .sequence(let items):
      self = .array(items.map(Tree.init))
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: self = .literal("null")
      case .bool(let flag): self = .literal(flag ? "true" : "false")
      case .integer(let number): self = .literal(String(number))
      case .number(let text): self = Double(text)?.isFinite == true ? .literal(text) : .string(text)
      case .string(let text): self = .string(text)
      }
    }
  }

  var json: String {
    switch self {
    case .object(let entries):
      return "{" + entries.map { Tree.quoted($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
    case .array(let items):
      return "[" + items.map(\.json).joined(separator: ",") + "]"
    case .string(let text):
      return Tree.quoted(text)
    case .literal(let text):
      return text
    }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Every node's path (member keys and item indexes from the root), the root first.
  func paths(prefix: [PathStep] = [], into result: inout [[PathStep]]) {
    result.append(prefix)
    switch self {
    case .object(let entries):
      for entry in entries { entry.value.paths(prefix: prefix + [.key(entry.key)], into: &result) }
    case .array(let items):
      for (index, item) in items.enumerated() { item.paths(prefix: prefix + [.index(index)], into: &result) }
    case .string, .literal:
      break
    }
  }

  subscript(path: ArraySlice<PathStep>) -> Tree? {
    guard let step = path.first else { return self }
    switch (self, step) {
    case (.object(let entries), .key(let key)):
      return entries.first { $0.key == key }?.value[path.dropFirst()]
    case (.array(let items), .index(let index)) where items.indices.contains(index):
      return items[index][path.dropFirst()]
    default:
      return nil
    }
  }

  /// Replaces the node at `path` by what `change` returns for it (nil deletes it from its parent).
  mutating func update(_ path: ArraySlice<PathStep>, _ change: (Tree) -> Tree?) {
    guard let step = path.first else {
      if let changed = change(self) { self = changed }
      return
    }
    switch (self, step) {
    case (.object(var entries), .key(let key)):
      guard let index = entries.firstIndex(where: { $0.key == key }) else { return }
      if path.count == 1 {
        if let changed = change(entries[index].value) {
          entries[index].value = changed
        } else {
          entries.remove(at: index)
        }
      } else {
        entries[index].value.update(path.dropFirst(), change)
      }
      self = .object(entries)
    case (.array(var items), .index(let index)) where items.indices.contains(index):
      if path.count == 1 {
        if let changed = change(items[index]) {
          items[index] = changed
        } else {
          items.remove(at: index)
        }
      } else {
        items[index].update(path.dropFirst(), change)
      }
      self = .array(items)
    default:
      return
    }
  }
}

enum PathStep {
  case key(String)
  case index(Int)

  /// The JSON-pointer token (RFC 6901 escaping).
  var token: String {
    switch self {
    case .key(let key): key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    case .index(let index): String(index)
    }
  }
}

enum StructuredMutator {
  static let isEnabled = ProcessInfo.processInfo.environment["SPECGEN_FUZZ_STRUCTURED"] == "1"

  /// Keys that change what a schema, an operation or a lexicon definition means.
  static let keywords = [
    "type", "properties", "items", "required", "oneOf", "anyOf", "allOf", "$ref", "discriminator", "mapping",
    "propertyName", "enum", "const", "additionalProperties", "nullable", "format", "pattern", "maxLength",
    "minItems", "multipleOf", "minimum", "exclusiveMaximum", "default", "parameters", "in", "name", "schema",
    "requestBody", "responses", "content", "servers", "url", "variables", "security", "style", "explode",
    "operationId", "paths", "components", "schemas", "defs", "ref", "refs", "closed", "record", "key",
    "knownValues", "input", "output", "encoding", "errors", "message", "lexicon", "id", "main", "<<",
  ]

  /// Scalars that sit on edges: types, formats, odd numbers, odd references and patterns.
  static let values: [Tree] = [
    .string("object"), .string("array"), .string("string"), .string("integer"), .string("number"),
    .string("boolean"), .string("null"), .string("ref"), .string("union"), .string("token"), .string("record"),
    .string("query"), .string("procedure"), .string("subscription"), .string("blob"), .string("cid-link"),
    .string("bytes"), .string("unknown"), .string("params"), .string("date-time"), .string("binary"),
    .string("did"), .string("tid"), .string("literal:self"), .string("any"), .string("#"), .string("#/"),
    .string("#main"), .string("com.example.thing#main"), .string("^(a+)+$"), .string("["), .string("{id}"),
    .string("/a/{id}/{id}"), .string(""), .string("_"), .string("-"), .string("\u{0}\n\r"), .string("query"),
    .string("path"), .string("header"), .string("cookie"), .string("application/json"), .string("*/*"),
    .string("200"), .string("default"), .string("2XX"), .literal("0"), .literal("-1"), .literal("1.5"),
    .literal("5.0"), .literal("1e308"), .literal("9223372036854775807"), .literal("true"), .literal("null"),
    .array([]), .object([]),
  ]

  static func mutate(_ tree: inout Tree, random: inout SplitMix) {
    var paths: [[PathStep]] = []
    tree.paths(into: &paths)
    let count = 1 + random.next(below: 3)
    for _ in 0..<count {
      let target = paths[random.next(below: paths.count)]
      switch random.next(below: 7) {
      case 0:
        // Transplant: another node's subtree replaces this one (shapes meet places they never met).
        guard let donor = tree[paths[random.next(below: paths.count)][...]] else { continue }
        tree.update(target[...]) { _ in donor }
      case 1:
        guard !target.isEmpty else { continue }
        tree.update(target[...]) { _ in nil }
      case 2:
        let value = values[random.next(below: values.count)]
        tree.update(target[...]) { _ in value }
      case 3:
        // Rename a member to a keyword (when the mapping does not have that key yet).
        guard case .key(let old)? = target.last else { continue }
        let parent = target.dropLast()
        let keyword = keywords[random.next(below: keywords.count)]
        tree.update(parent) { node in
          guard case .object(var entries) = node, !entries.contains(where: { $0.key == keyword }),
            let index = entries.firstIndex(where: { $0.key == old })
          else { return node }
          entries[index].key = keyword
          return .object(entries)
        }
      case 4:
        // A `$ref` (or a lexicon `ref`) to another node: references, cycles, self-references.
        let pointer = "#" + paths[random.next(below: paths.count)].map { "/" + $0.token }.joined()
        let key = random.next(below: 2) == 0 ? "$ref" : "ref"
        tree.update(target[...]) { _ in .object([(key: key, value: .string(pointer))]) }
      case 5:
        let wrapper = ["allOf", "oneOf", "anyOf", "items"][random.next(below: 4)]
        tree.update(target[...]) { node in
          wrapper == "items"
            ? .object([(key: "type", value: .string("array")), (key: "items", value: node)])
            : .object([(key: wrapper, value: .array([node, node]))])
        }
      default:
        // Add a member with a keyword key to a mapping.
        let keyword = keywords[random.next(below: keywords.count)]
        let value = values[random.next(below: values.count)]
        tree.update(target[...]) { node in
          guard case .object(var entries) = node, !entries.contains(where: { $0.key == keyword }) else { return node }
          entries.append((key: keyword, value: value))
          return .object(entries)
        }
      }
    }
  }
}

/// A small deterministic generator seeded by libFuzzer, so every mutation can be replayed.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed &+ 0x9E37_79B9_7F4A_7C15
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `0..<bound` (bound > 0).
  mutating func next(below bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}
