/// Namespaced identifiers (`place.stream.livestream`) and the three forms a Lexicon reference takes.
enum NSID {
  /// Whether `text` is a syntactically valid NSID: a reversed domain authority of at least two
  /// segments followed by a name segment, at most 317 characters.
  ///
  /// Domain segments are 1–63 ASCII letters, digits or hyphens, not starting or ending with a hyphen
  /// (the first may not start with a digit); the name is 1–63 ASCII letters and digits, not starting
  /// with a digit.
  static func isValid(_ text: String) -> Bool {
    guard text.utf8.count <= 317 else { return false }
    let segments = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard segments.count >= 3, let name = segments.last, let first = segments.first?.first, !isDigit(first)
    else { return false }
    return segments.dropLast().allSatisfy(isDomainSegment) && isNameSegment(name)
  }

  /// Whether `text` can name a namespace of NSIDs: one or more domain segments (`place.stream`, or a
  /// whole NSID's), the first not starting with a digit. A name segment is a domain segment too.
  static func isNamespace(_ text: String) -> Bool {
    let segments = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard segments.first?.first.map(isDigit) != true else { return false }
    return segments.allSatisfy(isDomainSegment)
  }

  // The checks read UTF-8 bytes: every byte an NSID allows is ASCII, so a byte outside ASCII (part of
  // any other character) fails them as the character would.

  private static func isDomainSegment(_ segment: Substring.UTF8View.SubSequence) -> Bool {
    guard (1...63).contains(segment.count), segment.first != UInt8(ascii: "-"), segment.last != UInt8(ascii: "-")
    else { return false }
    return segment.allSatisfy { isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }
  }

  private static func isNameSegment(_ segment: Substring.UTF8View.SubSequence) -> Bool {
    guard (1...63).contains(segment.count), let first = segment.first, !isDigit(first) else { return false }
    return segment.allSatisfy(isASCIIAlphanumeric)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(byte))
  }

  /// The NSID with its authority (every segment but the name) in lower case: authorities are domain
  /// names and compare case-insensitively (`Com.Example.post` is `com.example.post`); the name does not.
  /// Every NSID the front end keeps (lexicon ids, references, `$type` tags) is in this form.
  static func normalized(_ text: String) -> String {
    guard let dot = text.utf8.lastIndex(of: UInt8(ascii: ".")) else { return text }
    return lowercased(text[..<dot]) + text[dot...]
  }

  /// `text.lowercased()`, without Unicode's case tables when the text is ASCII (every NSID, nearly every
  /// folder name): authorities and the folders that spell them compare in this case.
  static func lowercased(_ text: Substring) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
    guard text.utf8.contains(where: { lowercased($0) != $0 }) else { return String(text) }
    return String(decoding: text.utf8.map(lowercased), as: UTF8.self)
  }

  /// An ASCII letter in lower case; any other byte as it is.
  static func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
  }

  /// An NSID's segments, outermost first: `place.stream.livestream` → `["place", "stream", "livestream"]`.
  /// A lexicon's types are declared in namespaces of these (`TypeDeclaration.namespace`).
  static func segments(_ nsid: String) -> [String] {
    nsid.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) }
  }

  /// The file path an NSID's lexicon has in the conventional layout: `place/stream/livestream.json`.
  static func relativePath(_ nsid: String) -> String {
    nsid.split(separator: ".").joined(separator: "/") + ".json"
  }
}

/// A reference to one definition: `#def` (same file), `nsid` (its `main`) or `nsid#def`.
struct DefinitionReference: Hashable, Comparable, CustomStringConvertible {
  var nsid: String
  var name: String

  /// Parses `text` written in the lexicon `currentNSID`; `nil` when it is not a reference.
  init?(_ text: String, in currentNSID: String) {
    if let hash = text.firstIndex(of: "#") {
      let before = String(text[..<hash])
      let after = String(text[text.index(after: hash)...])
      guard !after.isEmpty, !after.utf8.contains(UInt8(ascii: "#")) else { return nil }
      if before.isEmpty {
        nsid = currentNSID
      } else {
        guard NSID.isValid(before) else { return nil }
        nsid = NSID.normalized(before)
      }
      name = after
    } else {
      guard NSID.isValid(text) else { return nil }
      nsid = NSID.normalized(text)
      name = "main"
    }
  }

  init(nsid: String, name: String) {
    self.nsid = nsid
    self.name = name
  }

  /// `place.stream.livestream#main`: the declaration's `TypeID` text.
  var description: String { nsid + "#" + name }

  /// What `$type` says for a value of this definition: the bare NSID for `main`, `nsid#def` otherwise.
  var typeTag: String { name == "main" ? nsid : description }

  static func < (lhs: DefinitionReference, rhs: DefinitionReference) -> Bool {
    (lhs.nsid, lhs.name) < (rhs.nsid, rhs.name)
  }
}
