import Foundation
import PlaceStream
import SpecgenRuntime
import Testing

/// The generated place.stream models against the JSON an AT Protocol service sends and expects.
@Suite struct PlaceStreamModelTests {
  static let did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
  static let uri = "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/place.stream.livestream/3jzfcijpj2z2a"
  static let cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"

  /// Encodes with sorted keys, so equal JSON values have equal text.
  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(json.utf8))
  }

  /// `json` re-encoded through `JSONValue` with sorted keys: the same text for the same JSON value.
  static func normalized(_ json: String) throws -> String {
    try Self.json(try decode(JSONValue.self, json))
  }

  @Test func updateLivestreamOutputDecodesURIAndCID() throws {
    let output = try Self.decode(
      PlaceStream.Moderation.UpdateLivestream.Output.self, #"{"uri": "\#(Self.uri)", "cid": "\#(Self.cid)"}"#)
    #expect(output.uri == ATURI(rawValue: Self.uri))
    #expect(output.cid.rawValue == Self.cid)
    #expect(output.additionalProperties.isEmpty)
  }

  @Test func updateLivestreamInputEncodesItsMembers() throws {
    let input = PlaceStream.Moderation.UpdateLivestream.Input(
      streamer: try #require(DID(rawValue: Self.did)), livestreamUri: try #require(ATURI(rawValue: Self.uri)),
      title: "Late night coding")
    #expect(
      try Self.json(input)
        == #"{"livestreamUri":"\#(Self.uri)","streamer":"\#(Self.did)","title":"Late night coding"}"#)
  }

  @Test func recordsKnowTheirCollectionAndKeyType() {
    #expect(PlaceStream.Livestream.nsid == "place.stream.livestream")
    #expect(PlaceStream.Livestream.recordKeyType == "tid")
    #expect(PlaceStream.Chat.Profile.recordKeyType == "literal:self")
  }

  /// `AnyRecord` turns a record of any collection (a `getRecord` answer's `value`, a repository
  /// record) into its typed value by `$type`, and back unchanged; another collection stays JSON.
  @Test func anyRecordTypesARecordByItsCollection() throws {
    let livestream = #"{"$type":"place.stream.livestream","createdAt":"2024-05-01T12:30:00Z","title":"Live"}"#
    let record = try Self.decode(AnyRecord.self, livestream)
    guard case .livestream(let typed) = record else {
      Issue.record("expected a livestream, got \(record)")
      return
    }
    #expect(typed.title == "Live")
    #expect(try Self.json(record) == (try Self.normalized(livestream)))
    let follow = #"{"$type":"app.bsky.graph.follow","createdAt":"2024-05-01T12:30:00Z","subject":"\#(Self.did)"}"#
    let other = try Self.decode(AnyRecord.self, follow)
    #expect(other == .unknown(try Self.decode(JSONValue.self, follow)))
    #expect(try Self.json(other) == (try Self.normalized(follow)))
    // A record whose datetime is malformed still decodes, and says so.
    let late = try Self.decode(AnyRecord.self, livestream.replacingOccurrences(of: "12:30:00Z", with: "12:30"))
    #expect(
      (late as any Validatable).violations.map(\.description) == [
        "createdAt: must be a valid AT Protocol datetime (got 2024-05-01T12:30)"
      ])
  }

  @Test func recordEncodesItsTypeAndDecodesWithOrWithoutIt() throws {
    let body = #""createdAt":"2024-05-01T12:30:00.000Z","title":"Live""#
    let withType = try Self.decode(PlaceStream.Livestream.self, #"{"$type":"place.stream.livestream",\#(body)}"#)
    let withoutType = try Self.decode(PlaceStream.Livestream.self, "{\(body)}")
    #expect(withType == withoutType)
    #expect(withType.additionalProperties.isEmpty)
    #expect(try Self.json(withoutType) == #"{"$type":"place.stream.livestream",\#(body)}"#)
  }

  @Test func recordKeepsUnknownMembersAndFormatsExactly() throws {
    let json = #"""
      {"$type":"place.stream.livestream","createdAt":"2024-05-01T14:30:00.1234+02:00","title":"Live",
       "thumb":{"$type":"blob","ref":{"$link":"\#(Self.cid)"},"mimeType":"image/png","size":2048},
       "post":{"uri":"\#(Self.uri)","cid":"\#(Self.cid)"},"url":"https://stream.place/alice",
       "futureField":{"nested":[1,2.5,"x",null,true]}}
      """#
    let record = try Self.decode(PlaceStream.Livestream.self, json)
    #expect(record.additionalProperties["futureField"] == ["nested": [1, 2.5, "x", nil, true]])
    #expect(record.createdAt.rawValue == "2024-05-01T14:30:00.1234+02:00")
    #expect(record.thumb?.size == 2048)
    // The strongRef is a plain ref: it writes no `$type` of its own, so the record re-encodes as read.
    #expect(try Self.json(record) == (try Self.normalized(json)))
    // One that was read with a `$type` keeps it.
    let typed = json.replacingOccurrences(of: #""post":{"#, with: #""post":{"$type":"com.atproto.repo.strongRef","#)
    #expect(try Self.json(try Self.decode(PlaceStream.Livestream.self, typed)) == (try Self.normalized(typed)))
  }

  /// A record read from a repository re-encodes to the same DAG-CBOR, so to the same CID (what
  /// `putRecord` with `swapRecord` compares), legacy blob and untyped strongRef included.
  @Test func recordKeepsItsDAGCBORAndCID() throws {
    let json = #"""
      {"$type":"place.stream.livestream","createdAt":"2024-05-01T14:30:00.1234+02:00","title":"Live",
       "thumb":{"cid":"\#(Self.cid)","mimeType":"image/png"},
       "post":{"uri":"\#(Self.uri)","cid":"\#(Self.cid)"},"futureField":{"n":[1,"x",null]}}
      """#
    let read = try Self.decode(JSONValue.self, json)
    let record = try Self.decode(PlaceStream.Livestream.self, json)
    #expect(try DAGCBOR.encode(record) == DAGCBOR.encode(read))
    #expect(try DAGCBOR.cid(of: record) == DAGCBOR.cid(of: read))
    #expect(try DAGCBOR.cid(of: record).rawValue.hasPrefix("bafyrei"))
  }

  /// `place.stream.livestream#streamplaceAnything`'s `livestream`: an open union of views.
  typealias AnyLivestreamEvent = PlaceStream.Livestream.StreamplaceAnything.Livestream2

  @Test func openUnionKeepsAnUnknownVariantByteForByte() throws {
    let json = #"{"$type":"place.stream.livestream#raid","target":"\#(Self.did)","viewers":[1,2],"extra":{"a":null}}"#
    let event = try Self.decode(AnyLivestreamEvent.self, json)
    guard case .unknown(let raw) = event else {
      Issue.record("expected .unknown, got \(event)")
      return
    }
    #expect(raw["$type"] == "place.stream.livestream#raid")
    #expect(try Self.json(event) == (try Self.normalized(json)))
  }

  @Test func openUnionDispatchesKnownVariantsOnType() throws {
    let event = try Self.decode(AnyLivestreamEvent.self, #"{"$type":"place.stream.livestream#viewerCount","count":12}"#)
    #expect(event == .viewerCount(PlaceStream.Livestream.ViewerCount(count: 12)))
    #expect(try Self.json(event) == #"{"$type":"place.stream.livestream#viewerCount","count":12}"#)
  }

  /// `place.stream.bio.page`'s `layout` refers to `place.stream.bio.layouts.columns` (its `main`).
  @Test func unionAcceptsMainLongFormAndNeverWritesIt() throws {
    let long = #"{"$type":"place.stream.bio.layouts.columns#main","columns":[]}"#
    let layout = try Self.decode(PlaceStream.Bio.Page.Layout.self, long)
    guard case .columns(let columns) = layout else {
      Issue.record("expected .columns, got \(layout)")
      return
    }
    #expect(columns.columns.isEmpty)
    #expect(try Self.json(layout) == #"{"$type":"place.stream.bio.layouts.columns","columns":[]}"#)
  }

  /// A token is a `String` constant of its own reference; the `knownValues` field naming it compares
  /// with the open enumeration's value of the same name, and either reads back the same string.
  @Test func tokenIsAConstantOfItsOwnReference() throws {
    #expect(AppBsky.Graph.Defs.modlist == "app.bsky.graph.defs#modlist")
    let purpose = try Self.decode(AppBsky.Graph.Defs.ListPurpose.self, #""app.bsky.graph.defs#modlist""#)
    #expect(purpose == .modlist)
    #expect(purpose.rawValue == AppBsky.Graph.Defs.modlist)
    #expect(AppBsky.Graph.Defs.ListPurpose(rawValue: AppBsky.Graph.Defs.curatelist) == .curatelist)
    #expect(try Self.json([AppBsky.Graph.Defs.modlist]) == #"["app.bsky.graph.defs#modlist"]"#)
  }
}
