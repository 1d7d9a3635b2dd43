/// A JSON pointer (RFC 6901) in URI-fragment form, `#/components/schemas/stream`.
///
/// Front ends build one as they walk a document so every diagnostic can name its node, and
/// resolve `$ref`s with it.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
  public private(set) var tokens: [String]

  public init(_ tokens: [String] = []) {
    self.tokens = tokens
  }

  /// Parses `#/a/b~1c` (or `/a/b~1c`); `nil` when the text is not a pointer.
  public init?(fragment text: String) {
    var body = Substring(text)
    if body.hasPrefix("#") { body = body.dropFirst() }
    if body.isEmpty {
      self.tokens = []
      return
    }
    guard body.hasPrefix("/") else { return nil }
    var tokens: [String] = []
    for raw in body.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let unescaped = String(raw).removingPercentEncodingIfValid()
      guard Self.hasOnlyValidEscapes(unescaped) else { return nil }
      tokens.append(unescaped.unescapingPointerToken())
    }
    self.tokens = tokens
  }

  /// RFC 6901 defines only `~0` and `~1`; a token with any other `~` is no pointer (`a~2` used to
  /// be read as the literal `a~2` and reported back as `a~02`).
  private static func hasOnlyValidEscapes(_ token: String) -> Bool {
    var bytes = token.utf8.makeIterator()
    while let byte = bytes.next() {
      guard byte == UInt8(ascii: "~") else { continue }
      guard let next = bytes.next(), next == UInt8(ascii: "0") || next == UInt8(ascii: "1") else { return false }
    }
    return true
  }

  public func appending(_ token: String) -> JSONPointer {
    var copy = self
    copy.tokens.append(token)
    return copy
  }

  public func appending(_ index: Int) -> JSONPointer {
    appending(String(index))
  }

  public var parent: JSONPointer? {
    guard !tokens.isEmpty else { return nil }
    return JSONPointer(Array(tokens.dropLast()))
  }

  public var description: String {
    var text = "#"
    for token in tokens {
      text += "/"
      text += token.escapingPointerToken()
    }
    return text
  }

  public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
    lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
  }

  /// The node this pointer names inside `root`, or `nil` when a token does not match.
  /// An array index as RFC 6901 writes it: `0`, or digits without a leading zero (`01`, `+1`, `-0`
  /// name no item).
  static func arrayIndex(_ token: String) -> Int? {
    let digits = token.utf8
    guard let first = digits.first, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      first != UInt8(ascii: "0") || digits.count == 1
    else { return nil }
    return Int(token)
  }

  public func resolve(in root: Node) -> Node? {
    var node = root
    for token in tokens {
      switch node.content {
      case .mapping(let mapping):
        guard let next = mapping[token] else { return nil }
        node = next
      case .sequence(let items):
        guard let index = Self.arrayIndex(token), index < items.count else { return nil }
        node = items[index]
      case .scalar:
        return nil
      }
    }
    return node
  }
}

extension String {
  // Byte scans, not Foundation's `contains`/`replacingOccurrences`: pointers are built and printed
  // for every schema node, and Foundation's string search dominated a whole run's profile.

  /// `a/b~c` → `a~1b~0c` (RFC 6901 §3).
  fileprivate func escapingPointerToken() -> String {
    guard utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return self }
    var result = ""
    for character in unicodeScalars {
      switch character {
      case "~": result += "~0"
      case "/": result += "~1"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// `a~1b~0c` → `a/b~c`; `~1` is undone before `~0` so `~01` stays `~1`.
  fileprivate func unescapingPointerToken() -> String {
    guard utf8.contains(UInt8(ascii: "~")) else { return self }
    var result = ""
    var scalars = unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "~" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalars.next() {
      case "0": result += "~"
      case "1": result += "/"
      case let other?: result += "~" + String(other)
      case nil: result += "~"
      }
    }
    return result
  }

  /// `$ref` fragments may percent-encode characters (`%7B` for `{`); undo that when valid.
  fileprivate func removingPercentEncodingIfValid() -> String {
    guard utf8.contains(UInt8(ascii: "%")) else { return self }
    var bytes: [UInt8] = []
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%") {
        guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
          return self
        }
        bytes.append(high << 4 | low)
      } else {
        bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self) ?? self
  }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
  default: return nil
  }
}
