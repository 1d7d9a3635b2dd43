import Foundation
import Testing

@testable import LexiconFrontEnd

/// The front end's NSID check against the AT Protocol interoperability suite's NSID lists
/// (`specs/atproto-interop-tests/syntax`, CC0), as the runtime's check is in `ATInteropSyntaxTests`:
/// a lexicon id or reference the suite calls valid is read, one it calls invalid refused.
@Suite struct NSIDSyntaxTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "specs/atproto-interop-tests/syntax")

  static func lines(_ file: String) throws -> [String] {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  @Test func validNSIDsAreAccepted() throws {
    let valid = try Self.lines("nsid_syntax_valid.txt")
    #expect(valid.count > 20)
    #expect(valid.filter { !NSID.isValid($0) } == [])
  }

  @Test func invalidNSIDsAreRefused() throws {
    let invalid = try Self.lines("nsid_syntax_invalid.txt")
    #expect(invalid.count > 20)
    #expect(invalid.filter(NSID.isValid) == [])
  }

  @Test func normalizingLowersTheAuthorityAndKeepsTheName() {
    #expect(NSID.normalized("Com.Example.fooBar") == "com.example.fooBar")
    #expect(NSID.normalized("com.example.fooBar") == "com.example.fooBar")
    #expect(NSID.segments("place.stream.chat.message") == ["place", "stream", "chat", "message"])
  }
}
