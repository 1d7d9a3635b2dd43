/// Turns source names (`stream-patch-payload`, `fps_den`, `MP4`, `1080p`) into Swift identifiers.
///
/// Names split into words at every character that is not an ASCII letter or digit and at case
/// boundaries (`playbackPolicy`, `HTTPServer`), keeping acronyms whole (`MP4`, `URLs`). Types join the
/// words UpperCamelCase, members lowerCamelCase. A name starting with a digit gets a `_` prefix for both
/// types and members (`2fa` → `_2fa`), so the digits stay visible; an empty name becomes `_`.
///
/// The namer returns raw identifiers; `SwiftIdentifier.escaped` adds backticks where Swift needs them.
/// Uniqueness is `NameAllocator`'s job.
package enum SwiftNamer {
  /// The words of `source`, in order.
  package static func words(_ source: String) -> [String] {
    var words: [String] = []
    for chunk in source.split(whereSeparator: { !isWordCharacter($0) }) {
      words += splitCase(Array(chunk))
    }
    // SCREAMING_SNAKE_CASE carries no acronym information: `PLAYBACK_POLICY` is two ordinary words.
    if words.count > 1, !source.contains(where: \.isLowercase) {
      return words.map { $0.lowercased() }
    }
    return words
  }

  /// An UpperCamelCase type name: `stream-patch-payload` → `StreamPatchPayload`.
  package static func typeName(_ source: String) -> String {
    let name = words(source).map(capitalized).joined()
    return guardLeadingDigit(name)
  }

  /// A lowerCamelCase member or case name: `fps_den` → `fpsDen`, `MP4` → `mp4`, `self` → `selfValue`.
  package static func memberName(_ source: String) -> String {
    let parts = words(source)
    guard let first = parts.first else { return "_" }
    let name = guardLeadingDigit(lowercasedFirstWord(first) + parts.dropFirst().map(capitalized).joined())
    return SwiftIdentifier.unusableMemberNames.contains(name) ? name + "Value" : name
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  /// Splits one run of letters and digits at case boundaries: `HTTPServer` → `HTTP`, `Server`;
  /// `playbackPolicy` → `playback`, `Policy`; `URLs` and `MP4` stay whole.
  private static func splitCase(_ characters: [Character]) -> [String] {
    var words: [String] = []
    var current = ""
    for (index, character) in characters.enumerated() {
      if index > 0, character.isUppercase {
        let previous = characters[index - 1]
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        let startsAfterLower = previous.isLowercase || previous.isNumber
        let endsAcronym = previous.isUppercase && (next?.isLowercase ?? false) && !isPluralSuffix(characters, index + 1)
        if startsAfterLower || endsAcronym {
          words.append(current)
          current = ""
        }
      }
      current.append(character)
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// Whether `characters[index]` is a lone `s` ending the run (`URLs`), which belongs to the acronym.
  private static func isPluralSuffix(_ characters: [Character], _ index: Int) -> Bool {
    guard index < characters.count, characters[index] == "s" else { return false }
    return index + 1 == characters.count || characters[index + 1].isUppercase
  }

  private static func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// `Stream` → `stream`, `MP4` → `mp4`, `URLs` → `urls`, `HTTP` → `http`.
  private static func lowercasedFirstWord(_ word: String) -> String {
    let letters = word.filter(\.isLetter)
    let isAcronym = letters.count > 1 && letters.dropLast().allSatisfy(\.isUppercase)
    if isAcronym { return word.lowercased() }
    guard let first = word.first else { return word }
    return first.lowercased() + word.dropFirst()
  }

  private static func guardLeadingDigit(_ name: String) -> String {
    guard let first = name.first else { return "_" }
    return first.isNumber ? "_" + name : name
  }
}
