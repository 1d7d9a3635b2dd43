/// The namer as it was first written, word `String`s joined: the oracle `SwiftNamer`'s byte-level
/// implementation is checked against (`SwiftNamerTests.agreesWithTheReference`).
enum ReferenceNamer {
  /// The words of `source`, in order.
  static func words(_ source: String) -> [String] {
    var words: [String] = []
    var chunk: [UInt8] = []
    var sawLowercase = false
    for byte in source.utf8 {
      if isLower(byte) { sawLowercase = true }
      if isLower(byte) || isUpper(byte) || isDigit(byte) {
        chunk.append(byte)
      } else if !chunk.isEmpty {
        words += splitCase(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty { words += splitCase(chunk) }
    // SCREAMING_SNAKE_CASE carries no acronym information: `PLAYBACK_POLICY` is two ordinary words.
    if words.count > 1, !sawLowercase {
      return words.map { $0.lowercased() }
    }
    return words
  }

  /// An UpperCamelCase type name: `stream-patch-payload` → `StreamPatchPayload`.
  static func typeName(_ source: String) -> String {
    var parts = words(source)
    // An operationId spelled with its HTTP verb in capitals (`GET_live-streams`, `LIST-videos`) names
    // `GetLiveStreamsSortBy`, as its method is `getLiveStreams`, not `GETLiveStreamsSortBy`.
    if parts.count > 1, httpVerbs.contains(parts[0]) {
      parts[0] = parts[0].prefix(1) + parts[0].dropFirst().lowercased()
    }
    return guardLeadingDigit(joined(parts.map(capitalized)))
  }

  private static let httpVerbs: Set<String> = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "LIST"]

  /// Words run together, except that two runs of digits keep a `_` between them, so they stay
  /// readable: `gpt-5.5-2026-04-23` → `gpt5_5_2026_04_23`, not `gpt5520260423`.
  private static func joined(_ words: [String]) -> String {
    var name = ""
    for word in words {
      if let last = name.utf8.last, isDigit(last), let first = word.utf8.first, isDigit(first) { name += "_" }
      name += word
    }
    return name
  }

  /// A lowerCamelCase member or case name: `fps_den` → `fpsDen`, `MP4` → `mp4`, `self` → `selfValue`.
  static func memberName(_ source: String) -> String {
    let parts = words(source)
    guard let first = parts.first else { return "_" }
    let name = guardLeadingDigit(joined([lowercasedFirstWord(first)] + parts.dropFirst().map(capitalized)))
    return ["self", "Self", "Type", "Protocol"].contains(name) ? name + "Value" : name
  }

  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Splits one run of ASCII letters and digits at case boundaries: `HTTPServer` → `HTTP`, `Server`;
  /// `playbackPolicy` → `playback`, `Policy`; `URLs` and `MP4` stay whole.
  private static func splitCase(_ bytes: [UInt8]) -> [String] {
    var words: [String] = []
    var start = 0
    for index in bytes.indices where index > 0 && isUpper(bytes[index]) {
      let previous = bytes[index - 1]
      let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
      let startsAfterLower = isLower(previous) || isDigit(previous)
      let endsAcronym = isUpper(previous) && next.map(isLower) == true && !isPluralSuffix(bytes, index + 1)
      if startsAfterLower || endsAcronym {
        words.append(String(decoding: bytes[start..<index], as: UTF8.self))
        start = index
      }
    }
    words.append(String(decoding: bytes[start...], as: UTF8.self))
    return words
  }

  /// Whether `bytes[index]` is a lone `s` ending the run (`URLs`), which belongs to the acronym.
  private static func isPluralSuffix(_ bytes: [UInt8], _ index: Int) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "s") else { return false }
    return index + 1 == bytes.count || isUpper(bytes[index + 1])
  }

  private static func capitalized(_ word: String) -> String {
    guard let first = word.utf8.first, isLower(first) else { return word }
    return String(decoding: [first - 0x20] + word.utf8.dropFirst(), as: UTF8.self)
  }

  /// `Stream` → `stream`, `MP4` → `mp4`, `URLs` → `urls`, `HTTP` → `http`.
  private static func lowercasedFirstWord(_ word: String) -> String {
    let letters = word.utf8.filter { isLower($0) || isUpper($0) }
    let isAcronym = letters.count > 1 && letters.dropLast().allSatisfy(isUpper)
    if isAcronym { return word.lowercased() }
    guard let first = word.utf8.first, isUpper(first) else { return word }
    return String(decoding: [first + 0x20] + word.utf8.dropFirst(), as: UTF8.self)
  }

  private static func guardLeadingDigit(_ name: String) -> String {
    guard let first = name.first else { return "_" }
    return first.isNumber ? "_" + name : name
  }
}
