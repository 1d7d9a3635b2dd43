import Foundation

/// Decodes `Decodable` values from JSON text: the runtime's decoder for response bodies.
///
/// The text is parsed once, strictly by RFC 8259 (UTF-8; a leading byte order mark is ignored; no
/// comments, trailing commas, `NaN` or lone surrogate escapes; arrays and objects nest at most 512
/// levels), then values are read from the parsed nodes. Unlike `JSONDecoder`, a type decoding from it can
/// ask what kind of JSON value it holds (``JSONKind/init(of:)``), so a union picks its variant without
/// trying, and failing, the others.
///
/// It reads what `JSONDecoder` with default strategies reads, with these rules:
/// - An integer type reads a number's exact value whatever its spelling (`100`, `1e2`, `100.0`), and
///   refuses one with a fraction or out of its range (`DecodingError.dataCorrupted`); `Int64.min` and
///   `Int64.max` round-trip exactly. `Double` and `Float` round to nearest; a number beyond their range
///   is refused.
/// - `Data` is base64 text, `URL` a string, `Decimal` a number, `Date` whatever its own `Decodable`
///   reads (seconds since 2001, as `JSONDecoder`'s `deferredToDate`).
/// - A member named twice takes its first value, as with `JSONDecoder`; member names compare code unit
///   by code unit.
/// - Errors are the `DecodingError` cases `JSONDecoder` throws, with the coding path of the value: text
///   that is not JSON is `dataCorrupted` at the empty path, its underlying error saying where.
public struct StrictJSONDecoder: Sendable {
  /// Passed to every `init(from:)` as the decoder's `userInfo`.
  public var userInfo: [CodingUserInfoKey: any Sendable]

  /// A decoder passing `userInfo` to the values it decodes.
  public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
    self.userInfo = userInfo
  }

  /// Decodes `type` from the JSON text `data`.
  public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
    try decoder(for: data).decodeCurrent(Value.self)
  }

  /// Parses `data` and returns a decoder positioned at its top-level value.
  func decoder(for data: Data) throws -> ParsedJSONDecoder {
    let document: ParsedJSON
    do {
      document = try ParsedJSON(data)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
    }
    return ParsedJSONDecoder(document: document, node: 0, path: [], userInfo: userInfo)
  }
}

/// One step of a coding path, kept cheap until someone asks for the path.
enum PathComponent {
  case key(any CodingKey)
  case index(Int)

  var codingKey: any CodingKey {
    switch self {
    case .key(let key): return key
    case .index(let index): return IndexKey(intValue: index)
    }
  }
}

/// The key of an array element in a coding path, spelled as `JSONDecoder` spells it (`Index 3`).
struct IndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "Index \(intValue ?? 0)" }

  init(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}

/// Why a node could not be read as a scalar; turned into a `DecodingError` by the caller, who knows the path.
enum ScalarFailure: Error {
  case wrongKind
  case null
  case doesNotFit
}

/// The `Decoder` over a parsed document. One instance serves a whole decode: reading a nested value
/// moves it to the value's node and back, and the coding path is a stack of components that becomes
/// `[CodingKey]` only when asked for.
final class ParsedJSONDecoder: Decoder {
  let document: ParsedJSON
  let userInfo: [CodingUserInfoKey: Any]
  // Both change around every nested value; one decode runs on one thread, so the dynamic exclusivity
  // checks of a class's stored properties (7% of a decode) are left out.
  /// The node `init(from:)` is reading.
  @exclusivity(unchecked) var node: Int
  /// Where `node` is.
  @exclusivity(unchecked) var path: [PathComponent]

  init(document: ParsedJSON, node: Int, path: [PathComponent], userInfo: [CodingUserInfoKey: Any]) {
    self.document = document
    self.node = node
    self.path = path
    self.userInfo = userInfo
  }

  /// `decoder` as a `ParsedJSONDecoder`, nil when it is another. The dynamic type is compared first: a
  /// failing `as?` from `any Decoder` searches conformances (about 140 ns on `JSONDecoder`'s decoder, 10
  /// ns this way), and every untagged union read with a foreign decoder asks.
  @inline(__always)
  static func of(_ decoder: any Decoder) -> ParsedJSONDecoder? {
    guard type(of: decoder) == ParsedJSONDecoder.self else { return nil }
    return (decoder as! ParsedJSONDecoder)
  }

  var codingPath: [any CodingKey] { path.map(\.codingKey) }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard document.nodes[node].kind == .object else {
      throw mismatch([String: Any].self, at: node, path: codingPath)
    }
    return KeyedDecodingContainer(ParsedKeyedContainer<Key>(decoder: self, object: node, depth: path.count, extra: []))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard document.nodes[node].kind == .array else { throw mismatch([Any].self, at: node, path: codingPath) }
    return ParsedUnkeyedContainer(decoder: self, array: node, depth: path.count, extra: [])
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    ParsedSingleValueContainer(decoder: self, node: node, depth: path.count)
  }

  // MARK: Reading values

  /// The kind of the value at `index`, as ``JSONKind`` names it.
  func kind(of index: Int) -> JSONKind {
    switch document.nodes[index].kind {
    case .null: return .null
    case .false, .true: return .boolean
    case .string: return .string
    case .array: return .array
    case .object: return .object
    case .number:
      let digitsOnly = document.nodes[index].flag
      return document.withNumberText(at: index) { JSONNumberText.isInt64($0, digitsOnly: digitsOnly) }
        ? .integer : .number
    }
  }

  /// Decodes `type` from the current node: the types `JSONDecoder` reads specially, else `init(from:)`.
  func decodeCurrent<Value: Decodable>(_ type: Value.Type) throws -> Value {
    if Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self {
      return try decodeFoundationValue(Value.self)
    }
    return try Value(from: self)
  }

  /// Decodes `type` from the child `child` of a container whose path is `path[..<depth] + extra`,
  /// reached through `component`; the decoder's position is restored afterwards, even when it throws.
  func decodeChild<Value: Decodable>(
    _ type: Value.Type, at child: Int, depth: Int, extra: [PathComponent], component: PathComponent
  ) throws -> Value {
    let savedNode = node
    node = child
    defer { node = savedNode }
    if depth == path.count, extra.isEmpty {
      path.append(component)
      defer { path.removeLast() }
      return try decodeCurrent(Value.self)
    }
    // A container used away from where it was made (a nested container, or one kept past its value).
    let savedPath = path
    path = Array(path.prefix(depth)) + extra + [component]
    defer { path = savedPath }
    return try decodeCurrent(Value.self)
  }

  /// `Data` (base64), `URL` (a string) and `Decimal` (a number), as `JSONDecoder` reads them by default.
  private func decodeFoundationValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
    if Value.self == Decimal.self {
      let text = try read(Decimal.self, at: node, path: codingPath) { index throws(ScalarFailure) in
        guard document.nodes[index].kind == .number else { throw .wrongKind }
        return document.text(at: index)
      }
      guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(
            codingPath: codingPath, debugDescription: "Parsed JSON number <\(text)> does not fit in Decimal."))
      }
      return decimal as! Value
    }
    let text = try read(Value.self, at: node, path: codingPath) { index throws(ScalarFailure) in
      try String.unbox(document, index)
    }
    if Value.self == URL.self {
      guard let url = URL(string: text) else {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(codingPath: codingPath, debugDescription: "Invalid URL string."))
      }
      return url as! Value
    }
    guard let data = Data(base64Encoded: text) else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: codingPath, debugDescription: "Encountered Data is not valid Base64."))
    }
    return data as! Value
  }

  /// Reads the node at `index` with `unbox`, turning its failure into the `DecodingError` `JSONDecoder` throws.
  @inline(__always)
  func read<Value>(
    _ type: Any.Type, at index: Int, path: @autoclosure () -> [any CodingKey],
    _ unbox: (Int) throws(ScalarFailure) -> Value
  ) throws -> Value {
    do {
      return try unbox(index)
    } catch {
      throw decodingError(error, type, at: index, path: path())
    }
  }

  func decodingError(_ failure: ScalarFailure, _ type: Any.Type, at index: Int, path: [any CodingKey]) -> DecodingError
  {
    switch failure {
    case .wrongKind:
      return mismatch(type, at: index, path: path)
    case .null:
      return DecodingError.valueNotFound(
        type,
        DecodingError.Context(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
    case .doesNotFit:
      return DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: path,
          debugDescription: "Parsed JSON number <\(document.text(at: index))> does not fit in \(type)."))
    }
  }

  func mismatch(_ type: Any.Type, at index: Int, path: [any CodingKey]) -> DecodingError {
    let found: String
    switch document.nodes[index].kind {
    case .null: found = "null"
    case .false, .true: found = "a boolean"
    case .number: found = "a number"
    case .string: found = "a string"
    case .array: found = "an array"
    case .object: found = "an object"
    }
    let expected = type == [String: Any].self ? "an object" : type == [Any].self ? "an array" : "\(type)"
    return DecodingError.typeMismatch(
      type,
      DecodingError.Context(
        codingPath: path, debugDescription: "Expected to decode \(expected) but found \(found) instead."))
  }

  // MARK: Objects

  /// The value node of the member `name` of the object at `object` (the first, if named twice), nil when absent.
  @inline(__always)
  func member(_ name: String, in object: Int) -> Int? {
    document.member(name, in: object)
  }

  /// The member names of the object at `object`, each once, in document order.
  func memberNames(of object: Int) -> [String] {
    let nodes = document.nodes
    var names: [String] = []
    names.reserveCapacity(nodes[object].first)
    var index = object + 1
    while index < nodes[object].last {
      names.append(document.string(at: index))
      index = nodes[index + 1].next(after: index + 1)
    }
    if names.count > 1, Set(names).count < names.count {
      var seen: Set<String> = []
      names = names.filter { seen.insert($0).inserted }
    }
    return names
  }

  /// The first `limit` elements of the array at `array`, by node index.
  func elements(of array: Int, limit: Int) -> [Int] {
    var elements: [Int] = []
    var index = array + 1
    while index < document.nodes[array].last, elements.count < limit {
      elements.append(index)
      index = document.nodes[index].next(after: index)
    }
    return elements
  }
}

extension ParsedJSONDecoder {
  /// The current node and everything in it as a ``JSONValue``, by `JSONValue`'s number rules.
  func jsonValue() throws -> JSONValue {
    var relative: [PathComponent] = []
    return try jsonValue(at: node, relative: &relative)
  }

  /// `relative`: the path from the current node to `index`, for the error a number beyond `Double` throws.
  private func jsonValue(at index: Int, relative: inout [PathComponent]) throws -> JSONValue {
    let node = document.nodes[index]
    switch node.kind {
    case .null: return .null
    case .false: return .bool(false)
    case .true: return .bool(true)
    case .string: return .string(document.string(at: index))
    case .number:
      if let integer = try? Int64.unbox(document, index) { return .integer(integer) }
      return .double(
        try read(Double.self, at: index, path: (path + relative).map(\.codingKey)) { index throws(ScalarFailure) in
          try Double.unbox(document, index)
        })
    case .array:
      var elements: [JSONValue] = []
      elements.reserveCapacity(node.first)
      var element = index + 1
      while element < node.last {
        relative.append(.index(elements.count))
        elements.append(try jsonValue(at: element, relative: &relative))
        relative.removeLast()
        element = document.nodes[element].next(after: element)
      }
      return .array(elements)
    case .object:
      var members: [String: JSONValue] = [:]
      members.reserveCapacity(node.first)
      var member = index + 1
      while member < node.last {
        let name = document.string(at: member)
        if members.index(forKey: name) == nil {  // a name given twice keeps its first value
          relative.append(.key(AnyCodingKey(name)))
          members[name] = try jsonValue(at: member + 1, relative: &relative)
          relative.removeLast()
        }
        member = document.nodes[member + 1].next(after: member + 1)
      }
      return .object(members)
    }
  }
}
