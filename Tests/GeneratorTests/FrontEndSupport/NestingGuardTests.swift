import Foundation
import FrontEndSupport
import SpecReader
import SpecgenDiagnostics
import Testing

/// One nesting limit and one message for the three front ends.
@Suite struct NestingGuardTests {
  @Test func refusesTheLimitthLevelAtItsNode() throws {
    let root = try FrontEndSupportFixture.document("a:\n  b: 1\n")
    let inner = try #require(root["a"]?["b"])
    var nesting = NestingGuard()
    for _ in 1..<NestingGuard.limit { try nesting.enter(root) }
    #expect(nesting.depth == NestingGuard.limit - 1)
    let refused = try #require(FrontEndSupportFixture.diagnostic { try nesting.enter(inner) })
    #expect(refused.description == "spec.yaml:2:6: error: schema nesting is deeper than 200 levels (at #/a/b)")
    // A refused level is not entered, so leaving one lets the next in.
    #expect(nesting.depth == NestingGuard.limit - 1)
    nesting.leave()
    try nesting.enter(inner)
    let chain = try #require(FrontEndSupportFixture.diagnostic { try nesting.enter(inner, what: "a chain") })
    #expect(chain.message == "a chain is deeper than 200 levels")
  }

  /// `levels` nested arrays of strings, as each kind of document writes them.
  private static func arrays(_ levels: Int, itemsKey: String = "items") -> String {
    String(repeating: #"{"type": "array", "\#(itemsKey)": "#, count: levels) + #"{"type": "string"}"#
      + String(repeating: "}", count: levels)
  }

  @Test(arguments: [190, 210])
  func everyFrontEndStopsAtTheSameDepth(levels: Int) throws {
    let openAPI = TranslationFixture.error(
      #"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {"deep": "#
        + Self.arrays(levels) + "}}}")
    let lexicon = LexiconFixture.error([
      LexiconFixture.path("com.example.thing"): LexiconFixture.lexicon(
        "com.example.thing", #""main": {"type": "object", "properties": {"x": \#(Self.arrays(levels))}}"#)
    ])
    let discovery = DiscoveryFixture.error(DiscoveryFixture.document(#""schemas": {"Deep": \#(Self.arrays(levels))}"#))
    let messages = [
      openAPI?.diagnostics.first?.message, lexicon?.diagnostics.first?.message,
      discovery.map { $0.components(separatedBy: "error: ").last ?? $0 },
    ]
    if levels < NestingGuard.limit {
      #expect(messages == [nil, nil, nil])
    } else {
      #expect(messages.allSatisfy { $0?.hasPrefix("schema nesting is deeper than 200 levels") == true }, "\(messages)")
    }
  }

  /// The deepest recursion per level (OpenAPI objects reached through references, which no document depth
  /// bounds: use, follow, declare, the object's fields, use again) fits a test thread's stack up to the limit.
  @Test func objectsThroughReferencesReachTheLimitWithoutExhaustingTheStack() throws {
    func spec(_ count: Int) -> String {
      var schemas: [String] = []
      for index in 0..<count {
        let next = index + 1 < count ? ##"{"$ref": "#/x-defs/o\##(index + 1)"}"## : #"{"type": "string"}"#
        schemas.append(#""o\#(index)": {"type": "object", "properties": {"next": \#(next)}}"#)
      }
      return #"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "x-defs": {"#
        + schemas.joined(separator: ", ")
        + ##"}, "components": {"schemas": {"start": {"$ref": "#/x-defs/o0"}}}}"##
    }
    #expect(TranslationFixture.error(spec(NestingGuard.limit / 2 - 5)) == nil)
    let refused = TranslationFixture.error(spec(NestingGuard.limit))
    #expect(refused?.diagnostics.first?.message == "schema nesting is deeper than 200 levels")
  }
}
