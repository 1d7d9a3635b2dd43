import Foundation

/// A scalar read straight from a node, without a nested decoder.
protocol JSONScalar {
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> Self
}

extension String: JSONScalar {
  @inline(__always)
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> String {
    switch document.nodes[index].kind {
    case .string: return document.string(at: index)
    case .null: throw .null
    default: throw .wrongKind
    }
  }
}

extension Bool: JSONScalar {
  @inline(__always)
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> Bool {
    switch document.nodes[index].kind {
    case .true: return true
    case .false: return false
    case .null: throw .null
    default: throw .wrongKind
    }
  }
}

extension ParsedJSON {
  /// The number at `index` as `read` takes its text (and whether the text is digits only): what every
  /// numeric scalar's `unbox` does, differing only in how the text becomes its type.
  @inline(__always)
  func number<Value>(at index: Int, _ read: (UnsafeBufferPointer<UInt8>, Bool) -> Value?) throws(ScalarFailure)
    -> Value
  {
    let node = nodes[index]
    guard node.kind == .number else { throw node.kind == .null ? .null : .wrongKind }
    guard let value = withNumberText(at: index, { read($0, node.flag) }) else { throw .doesNotFit }
    return value
  }
}

extension Double: JSONScalar {
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> Double {
    try document.number(at: index) { JSONNumberText.double($0, digitsOnly: $1) }
  }
}

extension Float: JSONScalar {
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> Float {
    try document.number(at: index) { JSONNumberText.float($0, digitsOnly: $1) }
  }
}

/// The integer types, each reading a number's exact value.
protocol JSONInteger: JSONScalar, FixedWidthInteger {}

extension JSONInteger {
  static func unbox(_ document: ParsedJSON, _ index: Int) throws(ScalarFailure) -> Self {
    try document.number(at: index) { JSONNumberText.integer($0, digitsOnly: $1, as: Self.self) }
  }
}

extension Int: JSONInteger {}
extension Int8: JSONInteger {}
extension Int16: JSONInteger {}
extension Int32: JSONInteger {}
extension Int64: JSONInteger {}
extension UInt: JSONInteger {}
extension UInt8: JSONInteger {}
extension UInt16: JSONInteger {}
extension UInt32: JSONInteger {}
extension UInt64: JSONInteger {}

/// An object's members. Its path is the decoder's first `depth` components, then `extra` (non-empty
/// only for a nested container, which the decoder's path does not record).
struct ParsedKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: ParsedJSONDecoder
  let object: Int
  let depth: Int
  let extra: [PathComponent]

  var codingPath: [any CodingKey] { decoder.path.prefix(depth).map(\.codingKey) + extra.map(\.codingKey) }

  var allKeys: [Key] { decoder.memberNames(of: object).compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { decoder.member(key.stringValue, in: object) != nil }

  /// The value node of `key`, or `keyNotFound`.
  @inline(__always)
  private func value(_ key: Key) throws -> Int {
    guard let index = decoder.member(key.stringValue, in: object) else {
      throw DecodingError.keyNotFound(
        key,
        DecodingError.Context(
          codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }
    return index
  }

  @inline(__always)
  private func scalar<Value: JSONScalar>(_ key: Key) throws -> Value {
    let index = try value(key)
    return try decoder.read(Value.self, at: index, path: codingPath + [key]) { index throws(ScalarFailure) in
      try Value.unbox(decoder.document, index)
    }
  }

  @inline(__always)
  private func scalarIfPresent<Value: JSONScalar>(_ key: Key) throws -> Value? {
    guard let index = decoder.member(key.stringValue, in: object), decoder.document.nodes[index].kind != .null else {
      return nil
    }
    return try decoder.read(Value.self, at: index, path: codingPath + [key]) { index throws(ScalarFailure) in
      try Value.unbox(decoder.document, index)
    }
  }

  func decodeNil(forKey key: Key) throws -> Bool { decoder.document.nodes[try value(key)].kind == .null }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(key) }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.decodeChild(T.self, at: try value(key), depth: depth, extra: extra, component: .key(key))
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try scalarIfPresent(key) }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try scalarIfPresent(key) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let index = decoder.member(key.stringValue, in: object), decoder.document.nodes[index].kind != .null else {
      return nil
    }
    return try decoder.decodeChild(T.self, at: index, depth: depth, extra: extra, component: .key(key))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let index = try value(key)
    guard decoder.document.nodes[index].kind == .object else {
      throw decoder.mismatch([String: Any].self, at: index, path: codingPath + [key])
    }
    return KeyedDecodingContainer(
      ParsedKeyedContainer<NestedKey>(decoder: decoder, object: index, depth: depth, extra: extra + [.key(key)]))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let index = try value(key)
    guard decoder.document.nodes[index].kind == .array else {
      throw decoder.mismatch([Any].self, at: index, path: codingPath + [key])
    }
    return ParsedUnkeyedContainer(decoder: decoder, array: index, depth: depth, extra: extra + [.key(key)])
  }

  func superDecoder() throws -> any Decoder { try superDecoder(at: AnyCodingKey("super"), member: "super") }

  func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder(at: key, member: key.stringValue) }

  /// A decoder of its own for the member `member` (`null` when absent, as `JSONDecoder` gives).
  private func superDecoder(at key: any CodingKey, member: String) throws -> any Decoder {
    let path = decoder.path.prefix(depth) + extra + [.key(key)]
    guard let index = decoder.member(member, in: object) else {
      return ParsedJSONDecoder(
        document: try ParsedJSON("null".utf8), node: 0, path: Array(path), userInfo: decoder.userInfo)
    }
    return ParsedJSONDecoder(document: decoder.document, node: index, path: Array(path), userInfo: decoder.userInfo)
  }
}

/// An array's elements, read in order.
struct ParsedUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: ParsedJSONDecoder
  let depth: Int
  let extra: [PathComponent]
  let count: Int?
  private(set) var currentIndex = 0
  /// The node of the element at `currentIndex`.
  private var cursor: Int

  init(decoder: ParsedJSONDecoder, array: Int, depth: Int, extra: [PathComponent]) {
    self.decoder = decoder
    self.depth = depth
    self.extra = extra
    self.count = decoder.document.nodes[array].first
    self.cursor = array + 1
  }

  var codingPath: [any CodingKey] { decoder.path.prefix(depth).map(\.codingKey) + extra.map(\.codingKey) }

  var isAtEnd: Bool { currentIndex >= count! }

  private var elementPath: [any CodingKey] { codingPath + [IndexKey(intValue: currentIndex)] }

  /// The node of the next element, or `valueNotFound` at the end.
  private func next(_ type: Any.Type) throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type, DecodingError.Context(codingPath: elementPath, debugDescription: "Unkeyed container is at end."))
    }
    return cursor
  }

  private mutating func advance() {
    cursor = decoder.document.nodes[cursor].next(after: cursor)
    currentIndex += 1
  }

  private mutating func scalar<Value: JSONScalar>() throws -> Value {
    let index = try next(Value.self)
    let value = try decoder.read(Value.self, at: index, path: elementPath) { [decoder] index throws(ScalarFailure) in
      try Value.unbox(decoder.document, index)
    }
    advance()
    return value
  }

  mutating func decodeNil() throws -> Bool {
    guard decoder.document.nodes[try next(Never?.self)].kind == .null else { return false }
    advance()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try scalar() }
  mutating func decode(_ type: String.Type) throws -> String { try scalar() }
  mutating func decode(_ type: Double.Type) throws -> Double { try scalar() }
  mutating func decode(_ type: Float.Type) throws -> Float { try scalar() }
  mutating func decode(_ type: Int.Type) throws -> Int { try scalar() }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try scalar() }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try scalar() }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try scalar() }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try scalar() }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try scalar() }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar() }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar() }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar() }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar() }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let index = try next(T.self)
    let value = try decoder.decodeChild(
      T.self, at: index, depth: depth, extra: extra, component: .index(currentIndex))
    advance()
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let index = try next([String: Any].self)
    guard decoder.document.nodes[index].kind == .object else {
      throw decoder.mismatch([String: Any].self, at: index, path: elementPath)
    }
    let container = ParsedKeyedContainer<NestedKey>(
      decoder: decoder, object: index, depth: depth, extra: extra + [.index(currentIndex)])
    advance()
    return KeyedDecodingContainer(container)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let index = try next([Any].self)
    guard decoder.document.nodes[index].kind == .array else {
      throw decoder.mismatch([Any].self, at: index, path: elementPath)
    }
    let container = ParsedUnkeyedContainer(
      decoder: decoder, array: index, depth: depth, extra: extra + [.index(currentIndex)])
    advance()
    return container
  }

  mutating func superDecoder() throws -> any Decoder {
    let index = try next((any Decoder).self)
    let path = Array(decoder.path.prefix(depth) + extra + [.index(currentIndex)])
    advance()
    return ParsedJSONDecoder(document: decoder.document, node: index, path: path, userInfo: decoder.userInfo)
  }
}

/// The one value a decoder holds.
struct ParsedSingleValueContainer: SingleValueDecodingContainer {
  let decoder: ParsedJSONDecoder
  let node: Int
  let depth: Int

  var codingPath: [any CodingKey] { decoder.path.prefix(depth).map(\.codingKey) }

  private func scalar<Value: JSONScalar>() throws -> Value {
    try decoder.read(Value.self, at: node, path: codingPath) { [decoder] index throws(ScalarFailure) in
      try Value.unbox(decoder.document, index)
    }
  }

  func decodeNil() -> Bool { decoder.document.nodes[node].kind == .null }

  func decode(_ type: Bool.Type) throws -> Bool { try scalar() }
  func decode(_ type: String.Type) throws -> String { try scalar() }
  func decode(_ type: Double.Type) throws -> Double { try scalar() }
  func decode(_ type: Float.Type) throws -> Float { try scalar() }
  func decode(_ type: Int.Type) throws -> Int { try scalar() }
  func decode(_ type: Int8.Type) throws -> Int8 { try scalar() }
  func decode(_ type: Int16.Type) throws -> Int16 { try scalar() }
  func decode(_ type: Int32.Type) throws -> Int32 { try scalar() }
  func decode(_ type: Int64.Type) throws -> Int64 { try scalar() }
  func decode(_ type: UInt.Type) throws -> UInt { try scalar() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar() }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    // The same value, so the same path: only the node is set, in case this container outlived its moment.
    let savedNode = decoder.node
    decoder.node = node
    defer { decoder.node = savedNode }
    if depth == decoder.path.count { return try decoder.decodeCurrent(T.self) }
    let savedPath = decoder.path
    decoder.path = Array(decoder.path.prefix(depth))
    defer { decoder.path = savedPath }
    return try decoder.decodeCurrent(T.self)
  }
}
