import Foundation

/// The AT Protocol's binary data model, DAG-CBOR (DRISL): what records are signed and hashed as, and
/// what the event stream carries.
///
/// Values go through their JSON form, as the data model defines the mapping: `{"$link": cid}` is a CID
/// (CBOR tag 42), `{"$bytes": base64}` a byte string, every other object a map with its keys sorted
/// length-first then bytewise, integers in their shortest form; floats are not part of the data model
/// and are refused. So a generated record re-encodes to the bytes, and the CID, it was read with.
///
/// ```swift
/// let cid = try DAGCBOR.cid(of: record)   // bafyrei…, as a PDS computes it
/// ```
public enum DAGCBOR {
  /// `value` in DAG-CBOR, through its JSON form.
  public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    let json = try JSONValueEncoder().encode(value)
    var writer = Writer()
    try writer.write(json, at: "")
    return Data(writer.bytes)
  }

  /// The CID of `value`'s DAG-CBOR form: CIDv1, codec DAG-CBOR, SHA-256.
  public static func cid<Value: Encodable>(of value: Value) throws -> CID {
    CID.of([UInt8](try encode(value)), codec: .dagCBOR)
  }

  /// A DAG-CBOR item in its JSON form: CIDs as `{"$link": …}`, byte strings as `{"$bytes": …}`.
  public static func decode(_ data: Data) throws -> JSONValue {
    var reader = Reader(bytes: [UInt8](data))
    let value = try reader.read(depth: 0)
    guard reader.offset == reader.bytes.count else { throw DAGCBORError.trailingBytes(reader.offset) }
    return value
  }

  /// Reads one item from the front of `data` and says how many bytes it took (event-stream frames are
  /// a header item followed by a body item).
  public static func decodePrefix(_ data: Data) throws -> (value: JSONValue, length: Int) {
    var reader = Reader(bytes: [UInt8](data))
    let value = try reader.read(depth: 0)
    return (value, reader.offset)
  }

  /// Checks `value` against the data model's rules beyond its shape: a top-level object, no floats,
  /// a `$type` that is a non-empty string, blobs with `ref`, `mimeType` and an integer `size`, and
  /// `$link` / `$bytes` objects with nothing beside them. Throws the first problem, with its path.
  public static func validateDataModel(_ value: JSONValue) throws(DAGCBORError) {
    guard case .object = value else { throw DAGCBORError.dataModel("", "the top level must be an object") }
    try validate(value, at: "")
  }

  private static func validate(_ value: JSONValue, at path: String) throws(DAGCBORError) {
    switch value {
    case .double: throw DAGCBORError.float(path)
    case .array(let items):
      for (index, item) in items.enumerated() { try validate(item, at: path + "/" + String(index)) }
    case .object(let members):
      if let link = members["$link"] {
        guard members.count == 1, case .string(let text) = link, CID(unchecked: text).binary != nil else {
          throw DAGCBORError.invalidLink(path)
        }
        return
      }
      if let encoded = members["$bytes"] {
        guard members.count == 1, case .string(let text) = encoded, ATBytes.decodeBase64(text) != nil else {
          throw DAGCBORError.invalidBytes(path)
        }
        return
      }
      if let type = members["$type"] {
        guard case .string(let name) = type, !name.isEmpty else {
          throw DAGCBORError.dataModel(path, "$type must be a non-empty string")
        }
        if name == "blob" {
          guard case .object(let ref)? = members["ref"], ref["$link"] != nil, case .string? = members["mimeType"],
            case .integer? = members["size"]
          else { throw DAGCBORError.dataModel(path, "a blob needs ref, mimeType and an integer size") }
        }
      }
      for (key, member) in members { try validate(member, at: path + "/" + key) }
    case .null, .bool, .integer, .string: return
    }
  }

  struct Writer {
    var bytes: [UInt8] = []

    mutating func head(_ major: UInt8, _ argument: UInt64) {
      let type = major << 5
      switch argument {
      case 0..<24: bytes.append(type | UInt8(argument))
      case 24..<0x100: bytes += [type | 24, UInt8(argument)]
      case 0x100..<0x1_0000: bytes += [type | 25] + bigEndian(argument, count: 2)
      case 0x1_0000..<0x1_0000_0000: bytes += [type | 26] + bigEndian(argument, count: 4)
      default: bytes += [type | 27] + bigEndian(argument, count: 8)
      }
    }

    private func bigEndian(_ value: UInt64, count: Int) -> [UInt8] {
      (0..<count).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * (count - 1 - $0))) }
    }

    mutating func write(_ value: JSONValue, at path: String) throws {
      switch value {
      case .null: bytes.append(0xF6)
      case .bool(let flag): bytes.append(flag ? 0xF5 : 0xF4)
      case .integer(let number):
        if number >= 0 { head(0, UInt64(number)) } else { head(1, UInt64(-(number + 1))) }
      case .double: throw DAGCBORError.float(path)
      case .string(let text): writeText(text)
      case .array(let items):
        head(4, UInt64(items.count))
        for (index, item) in items.enumerated() { try write(item, at: path + "/" + String(index)) }
      case .object(let members):
        if members.count == 1, let link = members["$link"] {
          guard case .string(let text) = link, let binary = CID(unchecked: text).binary else {
            throw DAGCBORError.invalidLink(path)
          }
          head(6, 42)
          head(2, UInt64(binary.count + 1))
          bytes.append(0)
          bytes += binary
        } else if members.count == 1, let encoded = members["$bytes"] {
          guard case .string(let text) = encoded, let data = ATBytes.decodeBase64(text) else {
            throw DAGCBORError.invalidBytes(path)
          }
          head(2, UInt64(data.count))
          bytes += data
        } else {
          let keys = members.keys.map { Array($0.utf8) }.sorted {
            $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
          }
          head(5, UInt64(keys.count))
          for key in keys {
            let name = String(decoding: key, as: UTF8.self)
            writeText(name)
            try write(members[name] ?? .null, at: path + "/" + name)
          }
        }
      }
    }

    private mutating func writeText(_ text: String) {
      head(3, UInt64(text.utf8.count))
      bytes += text.utf8
    }
  }

  struct Reader {
    let bytes: [UInt8]
    var offset = 0

    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
      guard count >= 0, bytes.count - offset >= count else { throw DAGCBORError.truncated(offset) }
      defer { offset += count }
      return bytes[offset..<offset + count]
    }

    /// The major type and its argument.
    mutating func head() throws -> (major: UInt8, argument: UInt64) {
      let initial = try take(1).first!
      let major = initial >> 5
      let additional = initial & 31
      switch additional {
      case 0..<24: return (major, UInt64(additional))
      case 24...27:
        let size = 1 << Int(additional - 24)
        return (major, try take(size).reduce(0) { $0 << 8 | UInt64($1) })
      default: throw DAGCBORError.unsupported(offset - 1, "indefinite lengths and reserved values")
      }
    }

    mutating func read(depth: Int) throws -> JSONValue {
      guard depth < 256 else { throw DAGCBORError.unsupported(offset, "nesting deeper than 256") }
      let start = offset
      let (major, argument) = try head()
      switch major {
      case 0:
        guard argument <= UInt64(Int64.max) else { throw DAGCBORError.unsupported(start, "integer beyond Int64") }
        return .integer(Int64(argument))
      case 1:
        guard argument <= UInt64(Int64.max) else { throw DAGCBORError.unsupported(start, "integer beyond Int64") }
        return .integer(-1 - Int64(argument))
      case 2: return ["$bytes": .string(ATBytes.encodeBase64(Data(try take(Int(clamping: argument)))))]
      case 3:
        let text = try take(Int(clamping: argument))
        guard let string = String(validating: text, as: UTF8.self) else { throw DAGCBORError.invalidText(start) }
        return .string(string)
      case 4:
        var items: [JSONValue] = []
        for _ in 0..<argument { items.append(try read(depth: depth + 1)) }
        return .array(items)
      case 5:
        var members: [String: JSONValue] = [:]
        for _ in 0..<argument {
          guard case .string(let key) = try read(depth: depth + 1) else { throw DAGCBORError.nonTextKey(offset) }
          members[key] = try read(depth: depth + 1)
        }
        return .object(members)
      case 6:
        guard argument == 42 else { throw DAGCBORError.unsupported(start, "tag \(argument)") }
        let (innerMajor, length) = try head()
        let content = try take(Int(clamping: length))
        guard innerMajor == 2, content.first == 0 else { throw DAGCBORError.invalidLink(String(start)) }
        return ["$link": .string(CID(binary: Array(content.dropFirst())).rawValue)]
      default:
        switch argument {
        case 20: return .bool(false)
        case 21: return .bool(true)
        case 22: return .null
        default: throw DAGCBORError.unsupported(start, "floats and simple value \(argument)")
        }
      }
    }
  }
}

/// Why a value has no DAG-CBOR form, or bytes are not DAG-CBOR.
public enum DAGCBORError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A fractional number at this JSON pointer: the data model has no floats.
  case float(String)
  /// A `$link` that is not a base32 CIDv1 (or a tag-42 item that is not a CID).
  case invalidLink(String)
  /// A `$bytes` that is not base64.
  case invalidBytes(String)
  case truncated(Int)
  case trailingBytes(Int)
  case invalidText(Int)
  case nonTextKey(Int)
  case unsupported(Int, String)
  /// A rule of the data model broken at this JSON pointer.
  case dataModel(String, String)

  public var description: String {
    switch self {
    case .float(let path): "floats are not part of the AT Protocol data model (at \(path.isEmpty ? "/" : path))"
    case .invalidLink(let path): "$link is not a CIDv1 in base32 (at \(path.isEmpty ? "/" : path))"
    case .invalidBytes(let path): "$bytes is not base64 (at \(path.isEmpty ? "/" : path))"
    case .truncated(let offset): "DAG-CBOR ends early (at byte \(offset))"
    case .trailingBytes(let offset): "bytes after the DAG-CBOR item (at byte \(offset))"
    case .invalidText(let offset): "text string is not UTF-8 (at byte \(offset))"
    case .nonTextKey(let offset): "map key is not a text string (at byte \(offset))"
    case .unsupported(let offset, let what): "not DAG-CBOR: \(what) (at byte \(offset))"
    case .dataModel(let path, let rule): "\(rule) (at \(path.isEmpty ? "/" : path))"
    }
  }
}
