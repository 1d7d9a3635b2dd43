// Written for scripts/check-atproto-interop.sh: reads the AT Protocol interop suite (its folder is the
// first argument) and prints `<file>: A/T agree` for the syntax lists and the record-data cases.
import Foundation
import InteropRecord
import SpecgenRuntime

let suite = URL(fileURLWithPath: CommandLine.arguments[1])

/// The check each syntax list's prefix names.
let checks: [String: (String) -> Bool] = [
  "atidentifier": ATIdentifier.isValid, "aturi": ATURI.isValid, "cid": CID.isValid,
  "datetime": ATDatetime.isValid, "did": DID.isValid, "handle": Handle.isValid,
  "language": Language.isValid, "nsid": NSID.isValid, "recordkey": RecordKey.isValid, "tid": TID.isValid,
  "uri": URI.isValid,
]

func report(_ file: String, _ agree: Int, _ total: Int, _ differing: [String]) {
  let shown = differing.prefix(8).map { $0.replacingOccurrences(of: "\n", with: "\\n") }
  print("\(file): \(agree)/\(total) agree" + (differing.isEmpty ? "" : "  (differ: \(shown.joined(separator: "; ")))"))
}

let syntax = suite.appendingPathComponent("syntax")
for file in try FileManager.default.contentsOfDirectory(atPath: syntax.path).filter({ $0.hasSuffix(".txt") }).sorted() {
  let text = try String(contentsOf: syntax.appendingPathComponent(file), encoding: .utf8)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  guard let check = checks[String(file.prefix { $0 != "_" })] else {
    print("syntax/\(file): 0/\(lines.count) agree  (no check for this format)")
    continue
  }
  let valid = file.hasSuffix("_syntax_valid.txt")
  let differing = lines.filter { check($0) != valid }
  report("syntax/" + file, lines.count - differing.count, lines.count, differing)
}

/// A record is accepted when it decodes, has no violation, and encodes again.
func accepts(_ data: JSONValue) -> Bool {
  guard let bytes = try? JSONEncoder().encode(data),
    let record = try? JSONDecoder().decode(ExampleLexicon.Record.self, from: bytes)
  else { return false }
  let violations = (record as Any as? any Validatable)?.violations ?? []
  return violations.isEmpty && (try? JSONEncoder().encode(record)) != nil
}

struct RecordCase: Decodable {
  var name: String
  var data: JSONValue
}

for (file, valid) in [("record-data-valid.json", true), ("record-data-invalid.json", false)] {
  let cases = try JSONDecoder().decode(
    [RecordCase].self, from: Data(contentsOf: suite.appendingPathComponent("lexicon/" + file)))
  let differing = cases.filter { accepts($0.data) != valid }.map(\.name)
  report("lexicon/" + file, cases.count - differing.count, cases.count, differing)
}

/// Data model: each fixture's JSON encodes to its DAG-CBOR bytes and CID and decodes back; the valid
/// and invalid lists through the data-model rules.
struct DataModelFixture: Decodable {
  var json: JSONValue
  var cbor_base64: String
  var cid: String
}

struct DataModelCase: Decodable {
  var note: String
  var json: JSONValue
}

func base64(_ text: String) -> Data {
  Data(base64Encoded: text + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)) ?? Data()
}

let fixtures = try JSONDecoder().decode(
  [DataModelFixture].self, from: Data(contentsOf: suite.appendingPathComponent("data-model/data-model-fixtures.json")))
let differingFixtures = fixtures.filter { fixture in
  let bytes = base64(fixture.cbor_base64)
  let agrees =
    (try? DAGCBOR.encode(fixture.json)) == bytes && (try? DAGCBOR.cid(of: fixture.json))?.rawValue == fixture.cid
    && (try? DAGCBOR.decode(bytes)) == fixture.json
  return !agrees
}.map(\.cid)
report("data-model/data-model-fixtures.json", fixtures.count - differingFixtures.count, fixtures.count, differingFixtures)

for (file, valid) in [("data-model-valid.json", true), ("data-model-invalid.json", false)] {
  let cases = try JSONDecoder().decode(
    [DataModelCase].self, from: Data(contentsOf: suite.appendingPathComponent("data-model/" + file)))
  let differing = cases.filter { item in
    let accepted = (try? DAGCBOR.validateDataModel(item.json)) != nil
    return accepted != valid
  }.map(\.note)
  report("data-model/" + file, cases.count - differing.count, cases.count, differing)
}
