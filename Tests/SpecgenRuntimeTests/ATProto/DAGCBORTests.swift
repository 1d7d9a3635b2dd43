import Foundation
import SpecgenRuntime
import Testing

/// DAG-CBOR and CIDs against the interop suite's data-model fixtures
/// (`specs/atproto-interop-tests/data-model/data-model-fixtures.json`: JSON, its DAG-CBOR and its CID).
@Suite struct DAGCBORTests {
  struct Fixture: Decodable, CustomStringConvertible, Sendable {
    var json: JSONValue
    var cborBase64: String
    var cid: String
    var description: String { cid }

    enum CodingKeys: String, CodingKey {
      case json
      case cborBase64 = "cbor_base64"
      case cid
    }
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("specs/atproto-interop-tests")

  static let fixtures: [Fixture] =
    (try? JSONDecoder().decode(
      [Fixture].self, from: Data(contentsOf: folder.appendingPathComponent("data-model/data-model-fixtures.json"))))
    ?? []

  static func bytes(_ base64: String) -> Data {
    var padded = base64
    while padded.utf8.count % 4 != 0 { padded += "=" }
    return Data(base64Encoded: padded) ?? Data()
  }

  @Test func thereAreFixtures() { #expect(Self.fixtures.count == 3) }

  @Test(arguments: fixtures)
  func encodesTheFixturesBytesAndCID(_ fixture: Fixture) throws {
    let expected = Self.bytes(fixture.cborBase64)
    #expect(try DAGCBOR.encode(fixture.json) == expected)
    #expect(try DAGCBOR.cid(of: fixture.json).rawValue == fixture.cid)
    #expect(try DAGCBOR.decode(expected) == fixture.json)
  }

  @Test func cidOfBytesIsRawCodec() {
    // sha256("abc") = ba7816bf…; CIDv1 raw.
    #expect(
      CID.of(Array("abc".utf8), codec: .raw).rawValue == "bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu")
    #expect(
      CID(rawValue: "bafkreif2pall7dybz7vecqka3zo24irdwabwdi4wc55jznaq75q7eaavvu")?.binary?.prefix(4) == [
        1, 0x55, 0x12, 0x20,
      ])
  }

  @Test func floatsAreNotInTheDataModel() {
    #expect(throws: DAGCBORError.float("/rcrd/a")) { try DAGCBOR.encode(["rcrd": ["a": 1.5]] as JSONValue) }
  }

  @Test func mapKeysAreSortedLengthFirst() throws {
    let encoded = try DAGCBOR.encode(["bb": 1, "a": 2, "ab": 3] as JSONValue)
    // a3 (map of 3), 61 61 02 ("a": 2), 62 61 62 03 ("ab": 3), 62 62 62 01 ("bb": 1)
    #expect([UInt8](encoded) == [0xA3, 0x61, 0x61, 0x02, 0x62, 0x61, 0x62, 0x03, 0x62, 0x62, 0x62, 0x01])
  }

  @Test func aGeneratedStyleRecordHasTheCIDOfItsJSON() throws {
    struct Post: Codable {
      var text: String
      var createdAt: String
    }
    let post = Post(text: "hello", createdAt: "2024-05-01T12:30:00.000Z")
    let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(post))
    #expect(try DAGCBOR.cid(of: post) == DAGCBOR.cid(of: json))
  }

  struct DataModelCase: Decodable, CustomStringConvertible, Sendable {
    var note: String
    var json: JSONValue
    var description: String { note }
  }

  static func cases(_ file: String) -> [DataModelCase] {
    (try? JSONDecoder().decode(
      [DataModelCase].self, from: Data(contentsOf: folder.appendingPathComponent("data-model/" + file)))) ?? []
  }

  @Test func dataModelListsAgree() {
    let valid = Self.cases("data-model-valid.json")
    let invalid = Self.cases("data-model-invalid.json")
    #expect(valid.count == 5 && invalid.count == 12)
    for item in valid { #expect(throws: Never.self, "\(item)") { try DAGCBOR.validateDataModel(item.json) } }
    for item in invalid { #expect(throws: DAGCBORError.self, "\(item)") { try DAGCBOR.validateDataModel(item.json) } }
  }
}
