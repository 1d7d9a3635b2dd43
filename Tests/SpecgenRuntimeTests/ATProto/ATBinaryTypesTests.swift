import Foundation
import SpecgenRuntime
import Testing

/// `bytes`, `cid-link` and blobs in their AT Protocol JSON forms.
@Suite struct ATBinaryTypesTests {
  static let cid = "bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"

  @Test func bytesRoundTripUnpaddedBase64() throws {
    let json = #"{"$bytes":"AAECAwQ"}"#
    let bytes = try decodeFromJSON(ATBytes.self, json)
    #expect(bytes.data == Data([0, 1, 2, 3, 4]))
    #expect(try encodeToJSON(bytes) == json)
  }

  @Test func paddedBytesAreReadAndWrittenUnpadded() throws {
    let bytes = try decodeFromJSON(ATBytes.self, #"{"$bytes":"AAECAwQ="}"#)
    #expect(bytes.data == Data([0, 1, 2, 3, 4]))
    #expect(try encodeToJSON(bytes) == #"{"$bytes":"AAECAwQ"}"#)
    #expect(try encodeToJSON(ATBytes(Data())) == #"{"$bytes":""}"#)
  }

  @Test func bytesThatAreNotBase64Throw() {
    #expect(throws: DecodingError.self) { try decodeFromJSON(ATBytes.self, #"{"$bytes":"*not*"}"#) }
  }

  @Test func cidLinkRoundTrips() throws {
    let json = #"{"$link":"\#(Self.cid)"}"#
    let link = try decodeFromJSON(CIDLink.self, json)
    #expect(link.cid.rawValue == Self.cid)
    #expect(try encodeToJSON(link) == json)
  }

  @Test func standardBlobRoundTripsExactly() throws {
    let json = #"{"$type":"blob","mimeType":"image/png","ref":{"$link":"\#(Self.cid)"},"size":12345}"#
    let blob = try decodeFromJSON(Blob.self, json)
    #expect(blob.mimeType == "image/png")
    #expect(blob.size == 12345)
    #expect(!blob.isLegacy)
    #expect(try encodeToJSON(blob) == json)
  }

  /// A record holding a legacy blob must keep its bytes (and so its CID) when re-encoded.
  @Test func legacyBlobIsWrittenBackAsRead() throws {
    let json = #"{"cid":"\#(Self.cid)","mimeType":"image/jpeg"}"#
    let blob = try decodeFromJSON(Blob.self, json)
    #expect(blob.isLegacy)
    #expect(blob.ref.cid.rawValue == Self.cid)
    #expect(try encodeToJSON(blob) == json)
    let made = Blob(ref: blob.ref, mimeType: "image/jpeg", size: 10)
    #expect(
      try encodeToJSON(made) == #"{"$type":"blob","mimeType":"image/jpeg","ref":{"$link":"\#(Self.cid)"},"size":10}"#)
  }

  @Test func blobWithoutReferenceThrows() {
    #expect(throws: DecodingError.self) { try decodeFromJSON(Blob.self, #"{"mimeType":"image/png","size":1}"#) }
  }
}
