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
    let segments = text.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.count >= 3, let name = segments.last else { return false }
    for (index, segment) in segments.dropLast().enumerated() {
      guard isDomainSegment(segment), !(index == 0 && segment.first?.isNumber == true) else { return false }
    }
    return isNameSegment(name)
  }

  /// Whether `text` can name a namespace of NSIDs: one or more domain segments (`place.stream`, or a
  /// whole NSID's), the first not starting with a digit. A name segment is a domain segment too.
  static func isNamespace(_ text: String) -> Bool {
    let segments = text.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.first?.first?.isNumber != true else { return false }
    return segments.allSatisfy(isDomainSegment)
  }

  private static func isDomainSegment(_ segment: Substring) -> Bool {
    guard (1...63).contains(segment.utf8.count), segment.first != "-", segment.last != "-" else { return false }
    return segment.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == "-" }
  }

  private static func isNameSegment(_ segment: Substring) -> Bool {
    guard (1...63).contains(segment.utf8.count), let first = segment.unicodeScalars.first,
      !("0"..."9").contains(first)
    else { return false }
    return segment.unicodeScalars.allSatisfy(isASCIIAlphanumeric)
  }

  private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }

  /// The NSID with its authority (every segment but the name) in lower case: authorities are domain
  /// names and compare case-insensitively (`Com.Example.post` is `com.example.post`); the name does not.
  /// Every NSID the front end keeps (lexicon ids, references, `$type` tags) is in this form.
  static func normalized(_ text: String) -> String {
    guard let dot = text.lastIndex(of: ".") else { return text }
    return text[..<dot].lowercased() + text[dot...]
  }

  /// An NSID's segments, outermost first: `place.stream.livestream` → `["place", "stream", "livestream"]`.
  /// A lexicon's types are declared in namespaces of these (`TypeDeclaration.namespace`).
  static func segments(_ nsid: String) -> [String] {
    nsid.split(separator: ".").map(String.init)
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
