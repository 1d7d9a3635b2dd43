import Foundation
import SpecgenRuntime
import Testing

/// Every string of the AT Protocol interoperability suite's syntax lists
/// (`specs/atproto-interop-tests/syntax`, CC0): each `*_syntax_valid.txt` line is accepted, each line of
/// `*_syntax_invalid.txt` and `*_parse_invalid.txt` refused, by the runtime's format checks.
@Suite struct ATInteropSyntaxTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "specs/atproto-interop-tests/syntax")

  /// The check each list's format prefix names.
  static let checks: [String: @Sendable (String) -> Bool] = [
    "atidentifier": ATIdentifier.isValid, "aturi": ATURI.isValid, "cid": CID.isValid,
    "datetime": ATDatetime.isValid,
    "did": DID.isValid, "handle": Handle.isValid, "language": Language.isValid, "nsid": NSID.isValid,
    "recordkey": RecordKey.isValid, "tid": TID.isValid, "uri": URI.isValid,
  ]

  /// One list: its file name, whether its lines are valid, and the lines (comments and blank lines
  /// skipped; everything else kept exactly, white space included).
  struct List: CustomStringConvertible, Sendable {
    var file: String
    var valid: Bool
    var lines: [String]
    var format: String { String(file.prefix { $0 != "_" }) }
    var description: String { file }
  }

  static let lists: [List] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.sorted().map { file in
      let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
      return List(file: file, valid: file.hasSuffix("_syntax_valid.txt"), lines: lines)
    }
  }()

  @Test func everyFormatHasItsLists() {
    #expect(Self.lists.count == 24)
    #expect(Set(Self.lists.map(\.format)) == Set(Self.checks.keys))
    #expect(Self.lists.reduce(0) { $0 + $1.lines.count } == 536)
  }

  @Test(arguments: lists)
  func everyLineAgrees(_ list: List) throws {
    let check = try #require(Self.checks[list.format])
    let disagreeing = list.lines.filter { check($0) != list.valid }
    #expect(disagreeing == [], "\(list.file): \(list.lines.count - disagreeing.count)/\(list.lines.count) agree")
  }
}
