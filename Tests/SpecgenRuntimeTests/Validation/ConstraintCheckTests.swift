import SpecgenRuntime
import Testing

/// Each constraint kind, through `ValidationReport.check`, at a fixed path.
@Suite struct ConstraintCheckTests {
  /// The kinds and messages `body` reports at path `v`.
  private func report(_ body: (inout ValidationReport, ValidationPath) -> Void) -> [Violation] {
    var report = ValidationReport()
    body(&report, ValidationPath().member("v"))
    return report.violations
  }

  private func kinds(_ body: (inout ValidationReport, ValidationPath) -> Void) -> [Violation.Kind] {
    report(body).map(\.kind)
  }

  @Test func inclusiveBoundsAcceptTheBoundItself() {
    #expect(kinds { $0.check(integer: 0, at: $1, .minimum(0), .maximum(1800)) } == [])
    #expect(kinds { $0.check(integer: 1800, at: $1, .minimum(0), .maximum(1800)) } == [])
    #expect(kinds { $0.check(integer: -1, at: $1, .minimum(0), .maximum(1800)) } == [.minimum])
    #expect(kinds { $0.check(integer: 1801, at: $1, .minimum(0), .maximum(1800)) } == [.maximum])
    #expect(kinds { $0.check(number: 1800.5, at: $1, .minimum(0), .maximum(1800)) } == [.maximum])
  }

  @Test func exclusiveBoundsRejectTheBoundItself() {
    #expect(kinds { $0.check(integer: 0, at: $1, .minimum(0, exclusive: true)) } == [.minimum])
    #expect(kinds { $0.check(number: 0.001, at: $1, .minimum(0, exclusive: true)) } == [])
    #expect(kinds { $0.check(integer: Int32(10), at: $1, .maximum(10, exclusive: true)) } == [.maximum])
    #expect(kinds { $0.check(integer: Int32(9), at: $1, .maximum(10, exclusive: true)) } == [])
    let violations = report { $0.check(integer: 0, at: $1, .minimum(0, exclusive: true)) }
    #expect(violations.map(\.description) == ["v: must be greater than 0 (got 0)"])
  }

  @Test func integerBoundsCompareExactlyBeyondDoublePrecision() {
    // 2^53 + 1 is not a Double; an exact comparison still sees it exceed 2^53.
    let limit: Int64 = 9_007_199_254_740_992
    #expect(kinds { $0.check(integer: limit + 1, at: $1, .maximum(.integer(limit))) } == [.maximum])
    #expect(kinds { $0.check(integer: limit, at: $1, .maximum(.integer(limit))) } == [])
  }

  @Test func boundsBeyondInt64CompareInDouble() {
    // The literal OpenAPI specs write for "any Int64": not representable as Int64, so a Double bound.
    #expect(kinds { $0.check(integer: Int64.max, at: $1, .maximum(9_223_372_036_854_776_000.0)) } == [])
    #expect(kinds { $0.check(integer: Int64.min, at: $1, .minimum(-9_223_372_036_854_776_000.0)) } == [])
    #expect(kinds { $0.check(integer: Int64(5), at: $1, .minimum(5.5)) } == [.minimum])
  }

  @Test func multipleOfIsExactForIntegersAndTolerantForDecimals() {
    #expect(kinds { $0.check(integer: 15, at: $1, .multipleOf(5)) } == [])
    #expect(kinds { $0.check(integer: 16, at: $1, .multipleOf(5)) } == [.multipleOf])
    #expect(kinds { $0.check(integer: Int64.min, at: $1, .multipleOf(-1)) } == [])
    #expect(kinds { $0.check(number: 0.07, at: $1, .multipleOf(0.01)) } == [])
    #expect(kinds { $0.check(number: 0.075, at: $1, .multipleOf(0.01)) } == [.multipleOf])
    #expect(kinds { $0.check(integer: 3, at: $1, .multipleOf(1.5)) } == [])
  }

  @Test func characterLengthsCountCodePoints() {
    // "é" written as e + combining acute: one grapheme, two code points, three UTF-8 bytes.
    let decomposed = "e\u{301}"
    #expect(kinds { $0.check(text: decomposed, at: $1, .maxLength(1, .characters)) } == [.maxLength])
    #expect(kinds { $0.check(text: decomposed, at: $1, .maxLength(2, .characters)) } == [])
    #expect(kinds { $0.check(text: decomposed, at: $1, .maxLength(1, .graphemes)) } == [])
    #expect(kinds { $0.check(text: decomposed, at: $1, .maxLength(2, .utf8Bytes)) } == [.maxLength])
    #expect(kinds { $0.check(text: "", at: $1, .minLength(1, .characters)) } == [.minLength])
  }

  @Test func graphemeLimitsCountUserPerceivedCharacters() {
    // A skin-toned thumbs-up is one grapheme of two code points and eight UTF-8 bytes.
    let emoji = "👍🏽"
    let title140 = String(repeating: emoji, count: 140)
    let title141 = String(repeating: emoji, count: 141)
    #expect(kinds { $0.check(text: title140, at: $1, .maxLength(140, .graphemes)) } == [])
    #expect(kinds { $0.check(text: title141, at: $1, .maxLength(140, .graphemes)) } == [.maxGraphemes])
    #expect(kinds { $0.check(text: emoji, at: $1, .minLength(2, .graphemes)) } == [.minGraphemes])
    let message = report { $0.check(text: title141, at: $1, .maxLength(140, .graphemes)) }.first?.message
    #expect(message == "must be at most 140 graphemes long (got 141)")
  }

  @Test func byteLimitsCountUTF8Bytes() {
    let ascii1400 = String(repeating: "a", count: 1400)
    #expect(kinds { $0.check(text: ascii1400, at: $1, .maxLength(1400, .utf8Bytes)) } == [])
    #expect(kinds { $0.check(text: ascii1400 + "é", at: $1, .maxLength(1400, .utf8Bytes)) } == [.maxLength])
    // 176 emoji: only 176 graphemes, but 1408 bytes.
    let emoji = String(repeating: "👍🏽", count: 176)
    let both = kinds { $0.check(text: emoji, at: $1, .maxLength(1400, .utf8Bytes), .maxLength(140, .graphemes)) }
    #expect(both == [.maxLength, .maxGraphemes])
    let message = report { $0.check(text: emoji, at: $1, .maxLength(1400, .utf8Bytes)) }.first?.message
    #expect(message == "must be at most 1400 UTF-8 bytes long (got 1408)")
  }

  @Test func patternsSearchUnanchoredAndBadPatternsNeverFail() {
    #expect(kinds { $0.check(text: "rtmp://x", at: $1, .pattern("^(srt|rtmps?)://")) } == [])
    #expect(kinds { $0.check(text: "http://x", at: $1, .pattern("^(srt|rtmps?)://")) } == [.pattern])
    #expect(kinds { $0.check(text: "xx42yy", at: $1, .pattern("[0-9]+")) } == [])
    #expect(kinds { $0.check(text: "anything", at: $1, .pattern("([")) } == [])
    // Second use of the same pattern comes from the cache and behaves the same.
    #expect(kinds { $0.check(text: "https://x", at: $1, .pattern("^(srt|rtmps?)://")) } == [.pattern])
  }

  @Test func itemCountsAndUniqueness() {
    #expect(kinds { $0.check(items: [1, 2], at: $1, .minItems(1), .maxItems(2), .uniqueItems) } == [])
    #expect(kinds { $0.check(items: [Int](), at: $1, .minItems(1)) } == [.minItems])
    #expect(kinds { $0.check(items: [1, 2, 3], at: $1, .maxItems(2)) } == [.maxItems])
    let repeated = report { $0.check(items: ["a", "b", "a"], at: $1, .uniqueItems) }
    #expect(repeated.map(\.description) == ["v: items must be unique (item 2 repeats an earlier one)"])
  }

  @Test func eachElementIsCheckedAtItsIndex() {
    let violations = report { $0.checkEach(text: ["ok", "too long"], at: $1, .maxLength(3, .utf8Bytes)) }
    #expect(violations.map(\.path) == ["v[1]"])
    #expect(kinds { $0.checkEach(integer: [1, 50, 500], at: $1, .maximum(100)) } == [.maximum])
    #expect(kinds { $0.checkEach(number: [0.5, -1.0], at: $1, .minimum(0)) } == [.minimum])
  }

  @Test func constantsCompareByValue() {
    #expect(kinds { $0.check(text: "app.bsky", at: $1, .constant("app.bsky")) } == [])
    #expect(kinds { $0.check(text: "other", at: $1, .constant("app.bsky")) } == [.constant])
    #expect(kinds { $0.check(bool: true, at: $1, .constant(true)) } == [])
    #expect(kinds { $0.check(bool: false, at: $1, .constant(true)) } == [.constant])
    #expect(kinds { $0.check(integer: 3, at: $1, .constant(3)) } == [])
    #expect(kinds { $0.check(number: 3.0, at: $1, .constant(3)) } == [])
    #expect(kinds { $0.check(integer: 4, at: $1, .constant(3)) } == [.constant])
  }

  @Test func absentValuesBreakNothing() {
    let nothing: String? = nil
    let noNumber: Int? = nil
    let noItems: [Int]? = nil
    #expect(kinds { $0.check(text: nothing, at: $1, .minLength(1, .characters)) } == [])
    #expect(kinds { $0.check(integer: noNumber, at: $1, .minimum(1)) } == [])
    #expect(kinds { $0.check(items: noItems, at: $1, .minItems(1)) } == [])
  }
}

/// AT Protocol binary values, which generated code holds as `JSONValue`.
@Suite struct BinaryConstraintCheckTests {
  private func descriptions(_ value: JSONValue, _ constraints: Constraint...) -> [String] {
    var report = ValidationReport()
    for constraint in constraints { report.check(binaryJSON: value, at: "v", constraint) }
    return report.violations.map(\.description)
  }

  static func blob(_ mimeType: String, size: Int64) -> JSONValue {
    ["$type": "blob", "ref": ["$link": "bafkrei"], "mimeType": .string(mimeType), "size": .integer(size)]
  }

  @Test func blobMediaTypesMatchExactlyOrByWildcard() {
    #expect(descriptions(Self.blob("image/png", size: 1), .mediaTypes(["image/*"])) == [])
    #expect(descriptions(Self.blob("IMAGE/PNG; q=1", size: 1), .mediaTypes(["image/png"])) == [])
    #expect(descriptions(Self.blob("video/mp4", size: 1), .mediaTypes(["*/*"])) == [])
    #expect(
      descriptions(Self.blob("video/mp4", size: 1), .mediaTypes(["image/*", "text/vtt"]))
        == ["v: must be one of image/*, text/vtt (got video/mp4)"])
    #expect(descriptions(Self.blob("imagex/png", size: 1), .mediaTypes(["image/*"])).count == 1)
  }

  @Test func blobSizesAreBounded() {
    #expect(descriptions(Self.blob("image/png", size: 1000), .maxSize(1000)) == [])
    #expect(
      descriptions(Self.blob("image/png", size: 1001), .maxSize(1000)) == ["v: must be at most 1000 bytes (got 1001)"])
    // A legacy blob has no size: nothing to compare.
    #expect(descriptions(["cid": "bafkrei", "mimeType": "image/png"], .maxSize(1)) == [])
  }

  @Test func bytesCountDecodedBytes() {
    // "AAECAw" is four bytes, written without padding as AT Protocol does.
    let four: JSONValue = ["$bytes": "AAECAw"]
    #expect(descriptions(four, .maxLength(4, .bytes), .minLength(4, .bytes)) == [])
    #expect(descriptions(four, .maxLength(3, .bytes)) == ["v: must be at most 3 bytes long (got 4)"])
    #expect(descriptions(four, .minLength(5, .bytes)) == ["v: must be at least 5 bytes long (got 4)"])
  }

  @Test func otherJSONIsNotChecked() {
    #expect(descriptions("text", .maxSize(1), .maxLength(0, .bytes)) == [])
    #expect(descriptions(.null, .mediaTypes(["image/*"])) == [])
  }

  enum Kind: String {
    case short
    case rather
  }

  @Test func rawValuesOfEnumerationElementsAreChecked() {
    var report = ValidationReport()
    report.checkEach(rawText: [Kind.short, Kind.rather], at: "kinds", .maxLength(5, .utf8Bytes))
    #expect(report.violations.map(\.description) == ["kinds[1]: must be at most 5 UTF-8 bytes long (got 6)"])
  }
}
