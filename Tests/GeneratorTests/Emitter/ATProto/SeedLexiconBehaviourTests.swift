import Foundation
import LexiconFrontEnd
import SpecReader
import SwiftEmitter
import Testing

/// Union and token shapes the real place.stream lexicons do not have (a closed union, a token
/// beside a record), from the seed fixture (`Tests/Fixtures/place-stream-seed`), compiled and run.
@Suite struct SeedLexiconBehaviourTests {
  static let main = ##"""
    import Foundation
    import SpecgenRuntime

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func json<T: Encodable>(_ value: T) -> String { String(decoding: try! encoder.encode(value), as: UTF8.self) }
    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
      try JSONDecoder().decode(type, from: Data(text.utf8))
    }
    let cid = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
    let uri = "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/place.stream.livestream/3jzfcijpj2z2a"

    // An open union keeps an unknown variant byte for byte.
    let raid = #"{"$type":"place.stream.livestream#raid","extra":{"a":null},"viewers":[1,2]}"#
    let event = try decode(PlaceStream.Livestream.LivestreamEvent.self, raid)
    if case .unknown = event { print("unknown kept") }
    print(json(event) == raid)
    // A known variant dispatches on `$type` and writes it back.
    let count = try decode(
      PlaceStream.Livestream.LivestreamEvent.self, #"{"$type":"place.stream.livestream#viewerCount","count":12}"#)
    print(count == .viewerCount(PlaceStream.Livestream.ViewerCount(count: 12)), json(count))
    // A closed union refuses an unknown `$type`, naming it.
    do {
      _ = try decode(PlaceStream.Livestream.Subject.self, raid)
    } catch DecodingError.dataCorrupted(let context) {
      print(context.debugDescription)
    }
    // `nsid#main` is accepted for `nsid`, and written in the short form.
    let long = #"{"$type":"com.atproto.repo.strongRef#main","cid":"\#(cid)","uri":"\#(uri)"}"#
    let subject = try decode(PlaceStream.Livestream.Subject.self, long)
    if case .strongRef(let reference) = subject { print(reference.cid.rawValue == cid) }
    print(json(subject) == #"{"$type":"com.atproto.repo.strongRef","cid":"\#(cid)","uri":"\#(uri)"}"#)
    // A token is a constant: its own reference.
    print(PlaceStream.Livestream.featured, json([PlaceStream.Livestream.featured]))
    """##

  @Test func unionsAndTokensKeepTheirJSONContracts() throws {
    let folder = EmitterFixture.packageRoot.appendingPathComponent("Tests/Fixtures/place-stream-seed")
    let module = try LexiconTranslator.translate(path: "", loader: DocumentLoader(root: folder.path)).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Models")).emit(module)
    let result = try EmitterFixture.compileAndRun(files, main: Self.main)
    #expect(result.status == 0, "\(result.output.prefix(4000))")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "unknown kept",
        "true",
        #"true {"$type":"place.stream.livestream#viewerCount","count":12}"#,
        "unknown $type: place.stream.livestream#raid",
        "true",
        "true",
        #"place.stream.livestream#featured ["place.stream.livestream#featured"]"#,
      ])
  }
}
