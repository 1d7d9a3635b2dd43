/// What the two JSON readers, the generator's (`SpecReader`) and the generated clients'
/// (`SpecgenRuntime`'s `StrictJSONDecoder`), agree a JSON text is made of, byte by byte, and the kinds
/// of value it holds.
///
/// A module of its own so both read UTF-8 and escapes by one table: the runtime cannot depend on the
/// generator's modules, and the generator does not depend on the runtime.
public enum JSONText {
  /// A well-formed multi-byte UTF-8 sequence's shape, from its lead byte (the Unicode Standard's
  /// table 3-7, RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
  public struct UTF8Sequence: Sendable {
    /// The number of bytes, lead included: 2, 3 or 4.
    public var length: Int
    /// The range the second byte must fall in; every later one is in `0x80...0xBF`.
    public var second: ClosedRange<UInt8>

    @inlinable
    init(length: Int, second: ClosedRange<UInt8>) {
      self.length = length
      self.second = second
    }
  }

  /// The sequence `lead` (0x80 or above) starts, or nil for a byte that cannot start one.
  @inlinable
  public static func utf8Sequence(startingWith lead: UInt8) -> UTF8Sequence? {
    switch lead {
    case 0xC2...0xDF: UTF8Sequence(length: 2, second: 0x80...0xBF)
    case 0xE0: UTF8Sequence(length: 3, second: 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: UTF8Sequence(length: 3, second: 0x80...0xBF)
    case 0xED: UTF8Sequence(length: 3, second: 0x80...0x9F)
    case 0xF0: UTF8Sequence(length: 4, second: 0x90...0xBF)
    case 0xF1...0xF3: UTF8Sequence(length: 4, second: 0x80...0xBF)
    case 0xF4: UTF8Sequence(length: 4, second: 0x80...0x8F)
    default: nil
    }
  }

  /// What a multi-byte UTF-8 sequence holds.
  public enum UTF8Check: Equatable, Sendable {
    /// Well-formed, `length` bytes long.
    case wellFormed(length: Int)
    /// The byte at `offset` cannot be where it is: a lead that starts nothing, or a byte that does not
    /// continue the sequence.
    case invalidByte(at: Int)
    /// The text ends inside the sequence.
    case truncated
  }

  /// Checks the sequence whose lead byte (0x80 or above) is at `index` of `bytes`.
  @inlinable
  public static func checkUTF8Sequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UTF8Check {
    guard let sequence = utf8Sequence(startingWith: bytes[index]) else { return .invalidByte(at: index) }
    guard index + sequence.length <= bytes.count else { return .truncated }
    guard sequence.second.contains(bytes[index + 1]) else { return .invalidByte(at: index + 1) }
    for offset in 2..<sequence.length where bytes[index + offset] & 0xC0 != 0x80 {
      return .invalidByte(at: index + offset)
    }
    return .wellFormed(length: sequence.length)
  }

  /// The byte a one-character escape stands for (`\n` → 0x0A, `\/` → `/`), given the character after
  /// the backslash; nil for `u` (four hex digits follow) and for anything RFC 8259 does not allow.
  @inlinable
  public static func escapedByte(_ character: UInt8) -> UInt8? {
    switch character {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): character
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }
}

extension JSONText {
  /// The kinds of JSON value, as the runtime reports them (`JSONKind`, its name for this type) and the
  /// generator's emitter predicts them for a union's variants: one list, so what generated code asks for
  /// is always a kind the runtime can answer.
  ///
  /// Numbers follow `JSONValue`'s rule: a number with an integral value that fits `Int64` is
  /// ``integer`` (`1`, `1.0`, `1e2`), any other one ``number``.
  public enum ValueKind: String, Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case boolean
    /// A number with an integral value that fits `Int64`.
    case integer
    /// Any other number.
    case number
    /// A string.
    case string
    /// An array.
    case array
    /// An object.
    case object
  }
}
