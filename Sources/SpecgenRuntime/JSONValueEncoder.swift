import Foundation

/// Encodes an `Encodable` value straight into a ``JSONValue`` tree, with no JSON text in between.
///
/// The result is what `JSONEncoder` (default strategies) followed by decoding the bytes as `JSONValue`
/// gives, which is how parameters, form and multipart bodies and DAG-CBOR records used to be built:
/// an integral number that fits `Int64` is ``JSONValue/integer(_:)`` whatever its Swift type, a
/// `Float` keeps its shortest decimal spelling (`0.1`, not `0.10000000149`), `Data` is base64,
/// `Date` its seconds since 2001 (`deferredToDate`), `URL` its absolute string, and a dictionary
/// keyed by `String` or `Int` an object (a dictionary encodes itself, through the containers). A non-finite number throws `EncodingError.invalidValue`,
/// as `JSONEncoder` does.
public struct JSONValueEncoder {
  /// Passed to every `encode(to:)` (multipart bodies collect their files through it).
  public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

  public init() {}

  /// The JSON form of `value`.
  public func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
    if let json = value as? JSONValue { return json }
    let encoder = TreeEncoder(codingPath: [], userInfo: userInfo)
    return try encoder.box(value).value
  }
}

/// A node under construction: containers hand out references so nested encoders can fill them later.
private final class TreeNode {
  enum Content {
    case value(JSONValue)
    case object([String: TreeNode])
    case array([TreeNode])
    /// Nothing encoded yet (a container asked for but left empty is still an object or array).
    case empty
  }

  var content: Content

  init(_ content: Content) {
    self.content = content
  }

  var value: JSONValue {
    switch content {
    case .value(let value): return value
    case .object(let members): return .object(members.mapValues(\.value))
    case .array(let elements): return .array(elements.map(\.value))
    case .empty: return .object([:])
    }
  }
}

private final class TreeEncoder: Encoder {
  let codingPath: [any CodingKey]
  let userInfoStorage: [CodingUserInfoKey: any Sendable]
  var userInfo: [CodingUserInfoKey: Any] { userInfoStorage }
  /// What this encoder wrote: a value, or the container it handed out.
  let node = TreeNode(.empty)

  init(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]) {
    self.codingPath = codingPath
    self.userInfoStorage = userInfo
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([:]) }
    return KeyedEncodingContainer(ObjectContainer<Key>(encoder: self, node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return ArrayContainer(encoder: self, node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValue(encoder: self, codingPath: codingPath)
  }

  /// `value`'s node: scalars and the types `JSONEncoder` special-cases directly, anything else
  /// through its own `encode(to:)` in a child encoder.
  func box<Value: Encodable>(_ value: Value, at path: [any CodingKey]? = nil) throws -> TreeNode {
    let path = path ?? codingPath
    if let scalar = try Self.scalar(value, at: path) { return TreeNode(.value(scalar)) }
    let child = TreeEncoder(codingPath: path, userInfo: userInfoStorage)
    try value.encode(to: child)
    return child.node
  }

  private static func scalar<Value: Encodable>(_ value: Value, at path: [any CodingKey]) throws -> JSONValue? {
    switch value {
    case let json as JSONValue: return json
    case let string as String: return .string(string)
    case let bool as Bool: return .bool(bool)
    case let integer as Int: return .integer(Int64(integer))
    case let integer as Int64: return .integer(integer)
    case let integer as Int32: return .integer(Int64(integer))
    case let integer as Int16: return .integer(Int64(integer))
    case let integer as Int8: return .integer(Int64(integer))
    case let integer as UInt: return unsigned(UInt64(integer))
    case let integer as UInt64: return unsigned(integer)
    case let integer as UInt32: return .integer(Int64(integer))
    case let integer as UInt16: return .integer(Int64(integer))
    case let integer as UInt8: return .integer(Int64(integer))
    case let double as Double: return try number(double, at: path)
    // The shortest decimal spelling, as `JSONEncoder` writes a `Float`.
    case let float as Float:
      return try number(float.isFinite ? Double("\(float)") ?? Double(float) : Double(float), at: path)
    case let data as Data: return .string(data.base64EncodedString())
    case let date as Date: return try number(date.timeIntervalSinceReferenceDate, at: path)
    case let url as URL: return .string(url.absoluteString)
    case let decimal as Decimal: return try number(Double(decimal.description) ?? 0, at: path)
    default: return nil
    }
  }

  private static func unsigned(_ value: UInt64) -> JSONValue {
    value <= UInt64(Int64.max) ? .integer(Int64(value)) : .double(Double(value))
  }

  /// An integral value that fits `Int64` is an integer, as reading the JSON text back would make it.
  static func number(_ value: Double, at path: [any CodingKey]) throws -> JSONValue {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, EncodingError.Context(codingPath: path, debugDescription: "\(value) is not a JSON number"))
    }
    if let integer = Int64(exactly: value) { return .integer(integer) }
    return .double(value)
  }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: TreeEncoder
  let node: TreeNode
  let codingPath: [any CodingKey]

  private func set(_ child: TreeNode, for key: Key) {
    guard case .object(var members) = node.content else { return }
    node.content = .empty  // keep `members` uniquely referenced while it changes
    members[key.stringValue] = child
    node.content = .object(members)
  }

  mutating func encodeNil(forKey key: Key) throws { set(TreeNode(.value(.null)), for: key) }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    set(try encoder.box(value, at: codingPath + [key]), for: key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = TreeNode(.object([:]))
    set(child, for: key)
    return KeyedEncodingContainer(
      ObjectContainer<NestedKey>(encoder: encoder, node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = TreeNode(.array([]))
    set(child, for: key)
    return ArrayContainer(encoder: encoder, node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: AnyCodingKey("super")) }

  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

  private func superEncoder(named key: any CodingKey) -> any Encoder {
    let child = TreeEncoder(codingPath: codingPath + [key], userInfo: encoder.userInfoStorage)
    guard case .object(var members) = node.content else { return child }
    node.content = .empty
    members[key.stringValue] = child.node
    node.content = .object(members)
    return child
  }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
  let encoder: TreeEncoder
  let node: TreeNode
  let codingPath: [any CodingKey]

  var count: Int {
    if case .array(let elements) = node.content { return elements.count }
    return 0
  }

  private func append(_ child: TreeNode) {
    guard case .array(var elements) = node.content else { return }
    node.content = .empty  // keep `elements` uniquely referenced while it grows
    elements.append(child)
    node.content = .array(elements)
  }

  private var nextKey: AnyCodingKey { AnyCodingKey(intValue: count) ?? AnyCodingKey(String(count)) }

  mutating func encodeNil() throws { append(TreeNode(.value(.null))) }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    append(try encoder.box(value, at: codingPath + [nextKey]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let key = nextKey
    let child = TreeNode(.object([:]))
    append(child)
    return KeyedEncodingContainer(
      ObjectContainer<NestedKey>(encoder: encoder, node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let key = nextKey
    let child = TreeNode(.array([]))
    append(child)
    return ArrayContainer(encoder: encoder, node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    let child = TreeEncoder(codingPath: codingPath + [nextKey], userInfo: encoder.userInfoStorage)
    append(child.node)
    return child
  }
}

private struct SingleValue: SingleValueEncodingContainer {
  let encoder: TreeEncoder
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { encoder.node.content = .value(.null) }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    encoder.node.content = try encoder.box(value, at: codingPath).content
  }
}
