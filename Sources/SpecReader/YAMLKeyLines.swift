#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A key line `YAMLPieces` may cut before: where it starts (byte offset, 0-based line number) and how
/// many mappings down its entry is (its indentation in steps of two spaces).
struct YAMLCut: Equatable {
  var offset: Int
  var line: Int
  var depth: Int
}

/// The lines of a YAML document that may begin a mapping entry at column 0, 2, 4 or 6, found by
/// looking at the start of each line only; nil for a document whose lines cannot be counted by `\n`
/// or that has a directive, a document marker or a byte order mark.
///
/// A line is a key line when it starts with its indentation and then a character that may start a
/// plain or quoted key: not a comment, a sequence entry, a complex key or the end of a flow collection.
/// Whether it really is one is for libyaml to say (see `YAMLPieces`).
struct YAMLKeyLines {
  /// Levels of indentation looked at: 0, 2, 4 and 6 spaces.
  static let levelCount = 4

  private let bytes: UnsafeBufferPointer<UInt8>
  /// Key lines indented `2 × level` spaces (their `depth`), in order.
  private(set) var levels = [[YAMLCut]](repeating: [], count: levelCount)

  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    guard TextPosition.byteOrderMarkLength(bytes) == 0, !Self.hasOtherLineBreaks(bytes) else { return nil }
    var line = 0
    var lineStart = 0
    while lineStart < bytes.count {
      let byte = bytes[lineStart]
      // A directive (`%YAML`) or document marker (`---`, `...`): such documents are read whole.
      if byte == UInt8(ascii: "%") || Self.isMarker(at: lineStart, in: bytes) { return nil }
      var first = lineStart
      while first < bytes.count, bytes[first] == UInt8(ascii: " "), first - lineStart < 2 * Self.levelCount {
        first += 1
      }
      let indentation = first - lineStart
      if first < bytes.count, indentation % 2 == 0, indentation < 2 * Self.levelCount, Self.beginsKey(bytes[first]) {
        levels[indentation / 2].append(YAMLCut(offset: lineStart, line: line, depth: indentation / 2))
      }
      guard let end = Self.offset(of: UInt8(ascii: "\n"), in: bytes, from: first) else { break }
      line += 1
      lineStart = end + 1
    }
  }

  /// Every key line a piece may start at, in order: each top-level key line, and the key lines of the
  /// entries of every entry larger than `size` whose value is a block mapping, as deep as the levels go.
  func cuts(largerThan size: Int) -> [YAMLCut] {
    var cuts: [YAMLCut] = []
    func visit(_ entries: ArraySlice<YAMLCut>, end: Int) {
      for index in entries.indices {
        let entry = entries[index]
        cuts.append(entry)
        let entryEnd = index + 1 < entries.endIndex ? entries[index + 1].offset : end
        guard entry.depth + 1 < Self.levelCount, entryEnd - entry.offset > size else { continue }
        let children = self.children(of: entry, before: entryEnd)
        if !children.isEmpty { visit(children, end: entryEnd) }
      }
    }
    visit(levels[0][...], end: bytes.count)
    return cuts
  }

  /// The key lines one level deeper than `entry` (which ends at `end`) when its value is a block mapping
  /// there: the key line ends in `:`, and the next line that is neither blank nor a comment is the first
  /// of them. Otherwise none.
  private func children(of entry: YAMLCut, before end: Int) -> ArraySlice<YAMLCut> {
    guard let lineEnd = Self.offset(of: UInt8(ascii: "\n"), in: bytes, from: entry.offset),
      endsInColon(entry.offset..<lineEnd)
    else { return [] }
    let lines = levels[entry.depth + 1]
    let first = Self.firstIndex(in: lines, after: lineEnd)
    var last = first
    while last < lines.count, lines[last].offset < end { last += 1 }
    guard first < last, isBlankOrComment(lineEnd..<lines[first].offset) else { return [] }
    return lines[first..<last]
  }

  /// Whether `range` holds only blank lines and comment lines.
  func isBlankOrComment(_ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
        index += 1
      case UInt8(ascii: "#"):
        guard let end = Self.offset(of: UInt8(ascii: "\n"), in: bytes, from: index) else { return true }
        index = end
      default:
        return false
      }
    }
    return true
  }

  /// Whether the line ends in `:` (trailing spaces aside) and has no `#`, which could start a comment
  /// after a value.
  private func endsInColon(_ range: Range<Int>) -> Bool {
    var last = range.upperBound
    while last > range.lowerBound, bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\r") {
      last -= 1
    }
    guard last > range.lowerBound, bytes[last - 1] == UInt8(ascii: ":") else { return false }
    return !bytes[range.lowerBound..<last].contains(UInt8(ascii: "#"))
  }

  /// Whether a line whose indentation is followed by `byte` may start a key: not a blank line, a tab, a
  /// comment, a sequence entry, a complex key or value, a flow separator or end, or a document marker.
  private static func beginsKey(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "#"),
      UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"),
      UInt8(ascii: "}"), UInt8(ascii: "."):
      return false
    default:
      return true
    }
  }

  private static func isMarker(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index + 2 < bytes.count && bytes[index] == bytes[index + 1] && bytes[index] == bytes[index + 2]
      && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "."))
  }

  /// Whether the bytes break lines where `\n` does not, as libyaml counts them: a lone `\r`, NEL, LINE
  /// SEPARATOR or PARAGRAPH SEPARATOR. Each is looked for with `memchr`, so a document without them
  /// costs a few vector scans.
  private static func hasOtherLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func any(_ lead: UInt8, _ isBreak: (Int) -> Bool) -> Bool {
      var from = 0
      while let index = offset(of: lead, in: bytes, from: from) {
        if isBreak(index) { return true }
        from = index + 1
      }
      return false
    }
    let count = bytes.count
    return any(UInt8(ascii: "\r")) { $0 + 1 == count || bytes[$0 + 1] != UInt8(ascii: "\n") }
      || any(0xC2) { $0 + 1 < count && bytes[$0 + 1] == 0x85 }
      || any(0xE2) { $0 + 2 < count && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0xA8 || bytes[$0 + 2] == 0xA9) }
  }

  /// The offset of the first `byte` at or after `from`.
  private static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard from < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + from, Int32(byte), bytes.count - from)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// The index of the first line in `lines` that starts after `offset`.
  private static func firstIndex(in lines: [YAMLCut], after offset: Int) -> Int {
    var low = 0
    var high = lines.count
    while low < high {
      let middle = (low + high) / 2
      if lines[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
