import Foundation
import SpecgenRuntime
import Testing

/// AT Protocol string formats keep exactly what they decoded, report what breaks the syntax, and never
/// send it.
@Suite struct ATStringFormatTests {
  /// A value of every string format, as a server might send it.
  struct Sample: Codable, Equatable {
    var did: DID
    var handle: Handle
    var uri: ATURI
    var nsid: NSID
    var tid: TID
    var rkey: RecordKey
    var cid: CID
    var actor: ATIdentifier
    var lang: Language
    var link: URI
    var at: DateTime
  }

  static let sampleJSON =
    #"{"actor":"alice.bsky.social","at":"2024-05-01T12:30:00.123456+02:00","cid":"bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm","#
    + #""did":"did:plc:ewvi7nxzyoun6zhxrhs64oiz","handle":"Handle.Invalid","lang":"pt-BR","#
    + #""link":"https://stream.place/alice?x=1","nsid":"place.stream.livestream","rkey":"self","#
    + #""tid":"3jzfcijpj2z2a","uri":"at://did:plc:abc/place.stream.livestream/3jzfcijpj2z2a"}"#

  @Test func everyFormatReEncodesExactlyWhatItDecoded() throws {
    let sample = try decodeFromJSON(Sample.self, Self.sampleJSON)
    #expect(try encodeToJSON(sample) == Self.sampleJSON)
    #expect(sample.at.rawValue == "2024-05-01T12:30:00.123456+02:00")
    #expect(sample.actor.handle?.rawValue == "alice.bsky.social")
    #expect(sample.actor.did == nil)
  }

  /// Reading is lenient: a malformed value is kept as written and reported; writing it is refused.
  @Test(arguments: [#"{"value":"plc:abc"}"#, #"{"value":"did:PLC:abc"}"#, #"{"value":"did:plc:"}"#])
  func malformedDIDsDecodeAsWrittenReportAndRefuseToEncode(json: String) throws {
    struct Holder: Codable { var value: DID }
    let holder = try decodeFromJSON(Holder.self, json)
    #expect(!holder.value.isValid)
    #expect(
      holder.value.violations.map(\.description) == ["must be a valid AT Protocol did (got \(holder.value.rawValue))"])
    #expect {
      _ = try encodeToJSON(holder)
    } throws: { error in
      guard case EncodingError.invalidValue(_, let context) = error else { return false }
      return context.debugDescription == "not a valid AT Protocol did: \(holder.value.rawValue)"
        && context.codingPath.map(\.stringValue) == ["value"]
    }
  }

  /// A Lexicon datetime without an offset (or not a date at all) no longer fails the record holding
  /// it: it is kept, reported, and refused when sent; a valid one gives its instant.
  @Test func datetimesReadLenientlyAndWriteStrictly() throws {
    struct Post: Codable { var createdAt: ATDatetime }
    for text in ["2024-05-01T12:30:00", "2024-05-01t12:30:00z", "yesterday"] {
      let post = try decodeFromJSON(Post.self, #"{"createdAt":"\#(text)"}"#)
      #expect(post.createdAt.rawValue == text)
      #expect(
        post.createdAt.violations.map(\.description) == ["must be a valid AT Protocol datetime (got \(text))"])
      #expect(throws: EncodingError.self) { try encodeToJSON(post) }
    }
    let valid = try decodeFromJSON(Post.self, #"{"createdAt":"2024-05-01T12:30:00.5+02:00"}"#)
    #expect(valid.createdAt.violations.isEmpty)
    #expect(valid.createdAt.date?.timeIntervalSince1970 == 1_714_559_400.5)
    #expect(ATDatetime(unchecked: "yesterday").date == nil)
    #expect(ATDatetime(Date(timeIntervalSince1970: 0)).rawValue == "1970-01-01T00:00:00Z")
    #expect(try encodeToJSON(valid) == #"{"createdAt":"2024-05-01T12:30:00.5+02:00"}"#)
  }

  @Test func checksAcceptWhatServersSendAndRefuseTheWrong() {
    #expect(DID(rawValue: "did:web:example.com%3A8080") != nil)
    #expect(Handle(rawValue: "handle.invalid") != nil)
    #expect(Handle(rawValue: "localhost") == nil)
    #expect(Handle(rawValue: "bad..dots.com") == nil)
    #expect(ATURI(rawValue: "at://alice.bsky.social") != nil)
    #expect(ATURI(rawValue: "https://alice.bsky.social") == nil)
    #expect(NSID(rawValue: "com.atproto.repo.strongRef") != nil)
    #expect(NSID(rawValue: "com.atproto") == nil)
    #expect(TID(rawValue: "3jzfcijpj2z2a") != nil)
    #expect(TID(rawValue: "3jzfcijpj2z2") == nil)
    #expect(TID(rawValue: "3jzfcijpj2z2A") == nil)
    #expect(RecordKey(rawValue: "..") == nil)
    #expect(RecordKey(rawValue: "literal:self") != nil)
    #expect(RecordKey(rawValue: "a/b") == nil)
    #expect(CID(rawValue: "Qm") == nil)
    #expect(Language(rawValue: "zh-Hant-TW") != nil)
    #expect(Language(rawValue: "12-x") == nil)
    #expect(URI(rawValue: "mailto:someone@example.com") != nil)
    #expect(URI(rawValue: "no scheme") == nil)
    #expect(ATIdentifier(rawValue: "did:plc:abc")?.did?.rawValue == "did:plc:abc")
    #expect(ATIdentifier(rawValue: "not an identifier") == nil)
  }

  @Test func literalsAreKeptAsWrittenAndCheckedLikeDecodedValues() throws {
    let did: DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
    let uri: ATURI = "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/place.stream.livestream/3jzfcijpj2z2a"
    let language: Language = "pt-BR"
    #expect(did.isValid && uri.isValid && language.isValid)
    let typo: Handle = "alice..bsky.social"
    #expect(typo.rawValue == "alice..bsky.social")
    #expect(typo.violations.count == 1)
    #expect(throws: EncodingError.self) { _ = try encodeToJSON([typo]) }
  }
}
