import Testing

@testable import SwiftEmitter

/// Generated file names stay within 255 bytes, deterministically and distinctly.
@Suite struct FileNamingTests {
  @Test func shortNamesAreKept() {
    #expect(FileNaming.bounded("PlaceStream.Livestream.swift") == "PlaceStream.Livestream.swift")
    let exactly = String(repeating: "a", count: 249) + ".swift"
    #expect(FileNaming.bounded(exactly) == exactly)
  }

  @Test func longNamesGetAPrefixAndAStableHash() {
    let long = String(repeating: "Ab", count: 200) + ".swift"
    let bounded = FileNaming.bounded(long)
    #expect(bounded.utf8.count == 255)
    #expect(bounded.hasSuffix("-" + FileNaming.hash(String(long.dropLast(6))) + ".swift"))
    #expect(FileNaming.hash("") == "cbf29ce484222325")
    #expect(FileNaming.hash("a") == "af63dc4c8601ec8c")
    #expect(FileNaming.bounded(long) == bounded)
    #expect(FileNaming.bounded(String(repeating: "Ab", count: 200) + "c.swift") != bounded)
  }

  @Test func multiByteCharactersAreNotSplit() {
    let long = String(repeating: "日本", count: 100) + ".swift"
    let bounded = FileNaming.bounded(long)
    #expect(bounded.utf8.count <= 255)
    #expect(bounded.hasPrefix("日本日本"))
    #expect(String(decoding: Array(bounded.utf8), as: UTF8.self) == bounded)
  }
}
