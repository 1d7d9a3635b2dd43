/// The AT Protocol's string-format syntax rules, on UTF-8 bytes, as its specifications state them
/// (DID, handle, NSID, AT URI, TID, record key, CID, datetime, URI, language). Each agrees with every
/// case of the protocol's interoperability suite (`specs/atproto-interop-tests/syntax`).
enum ATSyntax {
  typealias Bytes = String.UTF8View.SubSequence

  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
  static func isOneOf(_ byte: UInt8, _ set: StaticString) -> Bool {
    set.withUTF8Buffer { $0.contains(byte) }
  }

  /// `did:<method>:<identifier>`: a lowercase method; the identifier of `A-Za-z0-9._:%-`, not ending
  /// in `:` or `%`; 2048 bytes at most.
  static func isDID(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= 2048, bytes.starts(with: "did:".utf8) else { return false }
    let rest = bytes.dropFirst(4)
    guard let colon = rest.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let method = rest[..<colon]
    let identifier = rest[rest.index(after: colon)...]
    guard !method.isEmpty, method.allSatisfy(isLower), let last = identifier.last else { return false }
    return identifier.allSatisfy { isAlphanumeric($0) || isOneOf($0, "._:%-") } && last != UInt8(ascii: ":")
      && last != UInt8(ascii: "%")
  }

  /// A domain name of two or more labels (1 to 63 letters, digits and inner hyphens), the last starting
  /// with a letter; 253 bytes at most.
  static func isHandle(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= 253 else { return false }
    let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard labels.count >= 2, let last = labels.last, let first = last.first, isLetter(first) else { return false }
    return labels.allSatisfy(isDomainLabel)
  }

  /// 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen.
  static func isDomainLabel(_ label: Bytes) -> Bool {
    guard (1...63).contains(label.count), let first = label.first, let last = label.last else { return false }
    return isAlphanumeric(first) && isAlphanumeric(last)
      && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
  }

  /// A DID when it starts with `did:`, else a handle.
  static func isATIdentifier(_ text: String) -> Bool {
    text.utf8.starts(with: "did:".utf8) ? isDID(text) : isHandle(text)
  }

  /// A reversed domain authority of two or more labels (the first starting with a letter) and a name of
  /// 1 to 63 letters and digits starting with a letter: `com.example.fooBar`; 317 bytes at most.
  static func isNSID(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= 317 else { return false }
    let segments = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard segments.count >= 3, let name = segments.last, let top = segments.first?.first, isLetter(top) else {
      return false
    }
    guard segments.dropLast().allSatisfy(isDomainLabel), (1...63).contains(name.count) else { return false }
    return name.first.map(isLetter) == true && name.allSatisfy(isAlphanumeric)
  }

  /// 13 characters of base32-sortable (`234567a-z`), the first of `234567a-j`.
  static func isTID(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count == 13, let first = bytes.first, (0x32...0x37).contains(first) || (0x61...0x6A).contains(first)
    else { return false }
    return bytes.allSatisfy { (0x32...0x37).contains($0) || isLower($0) }
  }

  /// 1 to 512 of `A-Za-z0-9._:~-`, not `.` or `..`.
  static func isRecordKey(_ text: String) -> Bool { isRecordKey(text.utf8[...]) }

  static func isRecordKey(_ bytes: Bytes) -> Bool {
    guard (1...512).contains(bytes.count), !bytes.elementsEqual(".".utf8), !bytes.elementsEqual("..".utf8) else {
      return false
    }
    return bytes.allSatisfy { isAlphanumeric($0) || isOneOf($0, "._:~-") }
  }

  /// 8 to 256 of `A-Za-z0-9+=`, not a CIDv0 (`Qmb…`).
  static func isCID(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (8...256).contains(bytes.count), !bytes.starts(with: "Qmb".utf8) else { return false }
    return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "=") }
  }

  /// `scheme:` (a letter, then letters, digits, `+`, `.`, `-`), an optional `//`, then at least one
  /// character that is neither white space nor `/`, and no white space after it; 8 KiB at most.
  static func isURI(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= 8192, let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let scheme = bytes[..<colon]
    guard let first = scheme.first, isLetter(first), scheme.allSatisfy({ isAlphanumeric($0) || isOneOf($0, "+.-") })
    else { return false }
    var rest = bytes[bytes.index(after: colon)...]
    if rest.starts(with: "//".utf8) { rest = rest.dropFirst(2) }
    guard let start = rest.first, start != UInt8(ascii: "/") else { return false }
    return !text.unicodeScalars.contains { $0.properties.isWhitespace }
  }

  /// `at://authority[/collection[/rkey]][#/fragment]`: a DID or handle, an NSID, a record key; URI
  /// characters only; 8 KiB at most.
  static func isATURI(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count <= 8192 else { return false }
    let halves = bytes.split(separator: UInt8(ascii: "#"), maxSplits: 1, omittingEmptySubsequences: false)
    let base = halves[0]
    if halves.count == 2 {
      let fragment = halves[1]
      guard fragment.first == UInt8(ascii: "/"), !fragment.contains(UInt8(ascii: "#")) else { return false }
      guard fragment.allSatisfy({ isAlphanumeric($0) || isOneOf($0, "._~:@!$&')(*+,;=%[]/-") }) else { return false }
    }
    guard base.allSatisfy({ isAlphanumeric($0) || isOneOf($0, "._~:@!$&')(*+,;=%/-") }),
      base.starts(with: "at://".utf8)
    else { return false }
    let path = base.dropFirst(5).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    guard (1...3).contains(path.count), isATIdentifier(String(decoding: path[0], as: UTF8.self)) else {
      return false
    }
    if path.count >= 2, !isNSID(String(decoding: path[1], as: UTF8.self)) { return false }
    if path.count == 3, !isRecordKey(path[2]) { return false }
    return true
  }

  /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`: upper-case `T` and `Z`, no `-00:00`, a real date and
  /// time, not before year 0 once the offset is applied; 64 bytes at most.
  static func isDatetime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard (20...64).contains(bytes.count) else { return false }
    func number(_ start: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in bytes[start..<start + count] {
        guard isDigit(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    func byte(_ index: Int, is character: Character) -> Bool { bytes[index] == character.asciiValue }
    guard let year = number(0, 4), byte(4, is: "-"), let month = number(5, 2), byte(7, is: "-"),
      let day = number(8, 2), byte(10, is: "T"), let hour = number(11, 2), byte(13, is: ":"),
      let minute = number(14, 2), byte(16, is: ":"), let second = number(17, 2)
    else { return false }
    var index = 19
    if index < bytes.count, byte(index, is: ".") {
      index += 1
      let digits = bytes[index...].prefix(while: isDigit).count
      guard digits > 0 else { return false }
      index += digits
    }
    var offsetMinutes = 0
    if index == bytes.count - 1, byte(index, is: "Z") {
      offsetMinutes = 0
    } else if index == bytes.count - 6, byte(index, is: "+") || byte(index, is: "-"), byte(index + 3, is: ":"),
      let offsetHour = number(index + 1, 2), let offsetMinute = number(index + 4, 2), offsetHour <= 23,
      offsetMinute <= 59
    {
      guard !(byte(index, is: "-") && offsetHour == 0 && offsetMinute == 0) else { return false }
      offsetMinutes = (offsetHour * 60 + offsetMinute) * (byte(index, is: "+") ? 1 : -1)
    } else {
      return false
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...12).contains(month), (1...days[month - 1]).contains(day), hour <= 23, minute <= 59, second <= 60
    else { return false }
    // Year 0, January 1st, before the offset: the instant would fall in year -1.
    return !(year == 0 && month == 1 && day == 1 && hour * 60 + minute < offsetMinutes)
  }

  /// A well-formed BCP 47 tag as the AT Protocol reads it: a lower-case 2–3 letter (optionally with
  /// extended subtags) or 5–8 letter language, then optional script, region, variants, extensions and
  /// private use; or private use alone (`x-…`), or a grandfathered tag. No variant or extension
  /// singleton may repeat.
  static func isLanguage(_ text: String) -> Bool {
    if grandfathered.contains(text.lowercased()) { return true }
    let subtags = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isAlphanumeric) }) else { return false }
    var index = 0
    func isPrivateUse(from start: Int) -> Bool {
      subtags[start].count == 1 && (subtags[start].first! | 0x20) == UInt8(ascii: "x") && start + 1 < subtags.count
    }
    if isPrivateUse(from: 0) { return true }
    // Language: 2–3 lower-case letters with up to three 3-letter extended subtags, or 5–8 letters.
    let language = subtags[0]
    guard language.allSatisfy(isLower), (2...3).contains(language.count) || (5...8).contains(language.count) else {
      return false
    }
    index = 1
    if language.count <= 3 {
      var extended = 0
      while index < subtags.count, extended < 3, subtags[index].count == 3, subtags[index].allSatisfy(isLetter) {
        index += 1
        extended += 1
      }
    }
    if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(isLetter) { index += 1 }
    if index < subtags.count,
      (subtags[index].count == 2 && subtags[index].allSatisfy(isLetter))
        || (subtags[index].count == 3 && subtags[index].allSatisfy(isDigit))
    {
      index += 1
    }
    var variants: Set<String> = []
    while index < subtags.count {
      let subtag = subtags[index]
      let isVariant =
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first.map(isDigit) == true)
      guard isVariant else { break }
      guard variants.insert(String(decoding: subtag, as: UTF8.self).lowercased()).inserted else { return false }
      index += 1
    }
    var singletons: Set<UInt8> = []
    while index < subtags.count, subtags[index].count == 1 {
      let singleton = subtags[index].first! | 0x20
      if singleton == UInt8(ascii: "x") { return isPrivateUse(from: index) }
      guard singletons.insert(singleton).inserted else { return false }
      index += 1
      let start = index
      while index < subtags.count, subtags[index].count >= 2 { index += 1 }
      guard index > start else { return false }
    }
    return index == subtags.count
  }

  /// RFC 5646's grandfathered tags, lower-cased.
  static let grandfathered: Set<String> = [
    "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
    "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok",
    "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
  ]
}
