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
      tokens.append(unescaped.replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~"))
    }
    self.tokens = tokens
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
    "#" + tokens.map { "/" + $0.replacingOccurrences("~", with: "~0").replacingOccurrences("/", with: "~1") }.joined()
  }

  public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
    lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
  }

  /// The node this pointer names inside `root`, or `nil` when a token does not match.
  public func resolve(in root: Node) -> Node? {
    var node = root
    for token in tokens {
      switch node.content {
      case .mapping(let mapping):
        guard let next = mapping[token] else { return nil }
        node = next
      case .sequence(let items):
        guard let index = Int(token), index >= 0, index < items.count else { return nil }
        node = items[index]
      case .scalar:
        return nil
      }
    }
    return node
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }

  /// `$ref` fragments may percent-encode characters (`%7B` for `{`); undo that when valid.
  fileprivate func removingPercentEncodingIfValid() -> String {
    guard contains("%") else { return self }
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
