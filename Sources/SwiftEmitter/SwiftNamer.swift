/// Turns source names (`stream-patch-payload`, `fps_den`, `MP4`, `1080p`) into Swift identifiers.
///
/// Names split into words at every character that is not an ASCII letter or digit and at case
/// boundaries (`playbackPolicy`, `HTTPServer`), keeping acronyms whole (`MP4`, `URLs`). Types join the
/// words UpperCamelCase, members lowerCamelCase. A name starting with a digit gets a `_` prefix for both
/// types and members (`2fa` → `_2fa`), so the digits stay visible, and adjacent digit runs keep a `_`
/// between them (`v1.2` → `v1_2`); an empty name becomes `_`.
///
/// The namer returns raw identifiers; `SwiftIdentifier.escaped` adds backticks where Swift needs them.
/// Uniqueness is `NameAllocator`'s job.
package enum SwiftNamer {
  /// The words of `source`, in order.
  package static func words(_ source: String) -> [String] {
    withWords(of: source) { bytes, words in
      words.ranges.map { range in
        String(unsafeUninitializedCapacity: range.count) { buffer in
          for (offset, index) in range.enumerated() { buffer[offset] = words.byte(bytes, at: index) }
          return range.count
        }
      }
    }
  }

  /// An UpperCamelCase type name: `stream-patch-payload` → `StreamPatchPayload`.
  package static func typeName(_ source: String) -> String {
    withWords(of: source, typeName)
  }

  private static func typeName(_ bytes: UnsafeBufferPointer<UInt8>, _ words: Words) -> String {
    var name = NameBytes()
    for (position, range) in words.ranges.enumerated() {
      // An operationId spelled with its HTTP verb in capitals (`GET_live-streams`, `LIST-videos`) names
      // `GetLiveStreamsSortBy`, as its method is `getLiveStreams`, not `GETLiveStreamsSortBy`.
      let isVerb = position == 0 && words.ranges.count > 1 && words.isHTTPVerb(bytes, range)
      name.append(range, of: bytes, words, first: .upper, rest: isVerb ? .lower : .kept)
    }
    return name.string
  }

  /// A lowerCamelCase member or case name: `fps_den` → `fpsDen`, `MP4` → `mp4`, `self` → `selfValue`.
  package static func memberName(_ source: String) -> String {
    withWords(of: source, memberName)
  }

  private static func memberName(_ bytes: UnsafeBufferPointer<UInt8>, _ words: Words) -> String {
    var name = NameBytes()
    for (position, range) in words.ranges.enumerated() {
      if position > 0 {
        name.append(range, of: bytes, words, first: .upper, rest: .kept)
      } else {
        // `MP4` → `mp4`, `URLs` → `urls`, `HTTP` → `http`: an acronym is lowercased whole.
        name.append(range, of: bytes, words, first: .lower, rest: words.isAcronym(bytes, range) ? .lower : .kept)
      }
    }
    let member = name.string
    return SwiftIdentifier.unusableMemberNames.contains(member) ? member + "Value" : member
  }

  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func lowerByte(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

  /// What a word's letters become in a name.
  private enum LetterCase {
    case kept
    case upper
    case lower

    func apply(_ byte: UInt8) -> UInt8 {
      switch self {
      case .kept: byte
      case .upper: isLower(byte) ? byte - 0x20 : byte
      case .lower: lowerByte(byte)
      }
    }
  }

  /// `body` with the UTF-8 of `source` and its words. Names are built byte by byte, from ranges of the
  /// source: splitting into `String`s, capitalising and joining them allocated a few strings per word,
  /// and naming every member was a tenth of generating YouTube.
  private static func withWords<Result>(
    of source: String, _ body: (UnsafeBufferPointer<UInt8>, Words) -> Result
  ) -> Result {
    var source = source
    return source.withUTF8 { bytes in body(bytes, Words(bytes)) }
  }

  /// Where the words of a name are: runs of ASCII letters and digits, split at case boundaries
  /// (`playbackPolicy`, `HTTPServer`) with acronyms kept whole (`MP4`, `URLs`).
  private struct Words {
    var ranges: [Range<Int>] = []
    /// SCREAMING_SNAKE_CASE carries no acronym information: `PLAYBACK_POLICY` is two ordinary words,
    /// read lowercased.
    var lowercasesAll = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      var sawLowercase = false
      var runStart: Int?
      for index in bytes.indices {
        let byte = bytes[index]
        if isLower(byte) { sawLowercase = true }
        if isLower(byte) || isUpper(byte) || isDigit(byte) {
          if runStart == nil { runStart = index }
        } else if let start = runStart {
          splitCase(bytes, start..<index)
          runStart = nil
        }
      }
      if let start = runStart { splitCase(bytes, start..<bytes.count) }
      lowercasesAll = ranges.count > 1 && !sawLowercase
    }

    /// Splits one run at case boundaries: `HTTPServer` → `HTTP`, `Server`; `playbackPolicy` →
    /// `playback`, `Policy`; `URLs` and `MP4` stay whole.
    private mutating func splitCase(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) {
      var start = run.lowerBound
      for index in run where index > run.lowerBound && isUpper(bytes[index]) {
        let previous = bytes[index - 1]
        let startsAfterLower = isLower(previous) || isDigit(previous)
        let endsAcronym =
          isUpper(previous) && index + 1 < run.upperBound && isLower(bytes[index + 1])
          && !Self.isPluralSuffix(bytes, index + 1, end: run.upperBound)
        if startsAfterLower || endsAcronym {
          ranges.append(start..<index)
          start = index
        }
      }
      ranges.append(start..<run.upperBound)
    }

    /// Whether `bytes[index]` is a lone `s` ending the run (`URLs`), which belongs to the acronym.
    private static func isPluralSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, end: Int) -> Bool {
      guard index < end, bytes[index] == UInt8(ascii: "s") else { return false }
      return index + 1 == end || isUpper(bytes[index + 1])
    }

    /// The byte at `index` as the word holding it reads it.
    func byte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
      lowercasesAll ? lowerByte(bytes[index]) : bytes[index]
    }

    /// Whether the word's letters are all capitals but perhaps the last (`MP4`, `URLs`, `HTTP`).
    func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
      var letters = 0
      var lowerBeforeLast = false
      var lastWasLower = false
      for index in range {
        let byte = byte(bytes, at: index)
        guard isLower(byte) || isUpper(byte) else { continue }
        if lastWasLower { lowerBeforeLast = true }
        lastWasLower = isLower(byte)
        letters += 1
      }
      return letters > 1 && !lowerBeforeLast
    }

    /// Whether the word is an HTTP verb in capitals (`GET`, `LIST`).
    func isHTTPVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
      let word = UnsafeBufferPointer(rebasing: bytes[range])
      return !lowercasesAll && SwiftNamer.httpVerbs.contains { $0.utf8.elementsEqual(word) }
    }
  }

  private static let httpVerbs = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "LIST"]

  /// A name under construction.
  private struct NameBytes {
    var bytes: [UInt8] = []

    /// Appends a word, its first letter in the `first` case and the others in the `rest` one. Two runs of
    /// digits keep a `_` between them, so they stay readable: `gpt-5.5-2026-04-23` →
    /// `gpt5_5_2026_04_23`, not `gpt5520260423`.
    mutating func append(
      _ range: Range<Int>, of source: UnsafeBufferPointer<UInt8>, _ words: Words,
      first: LetterCase, rest: LetterCase
    ) {
      let firstByte = words.byte(source, at: range.lowerBound)
      if let last = bytes.last, isDigit(last), isDigit(firstByte) { bytes.append(UInt8(ascii: "_")) }
      bytes.append(first.apply(firstByte))
      for index in range.dropFirst() {
        bytes.append(rest.apply(words.byte(source, at: index)))
      }
    }

    /// The name; a name starting with a digit gets a `_` prefix (`2fa` → `_2fa`), and no name is `_`.
    var string: String {
      guard let first = bytes.first else { return "_" }
      return (isDigit(first) ? "_" : "") + String(decoding: bytes, as: UTF8.self)
    }
  }
}
