import SwiftEmitter
import Testing

@Suite struct SwiftNamerTests {
  static let typeNames: [(String, String)] = [
    ("stream-patch-payload", "StreamPatchPayload"),
    ("fps_den", "FpsDen"),
    ("playbackPolicy", "PlaybackPolicy"),
    ("MP4", "MP4"),
    ("HTTPServer", "HTTPServer"),
    ("x-foo", "XFoo"),
    ("a.b.c", "ABC"),
    ("with space", "WithSpace"),
    ("path/to/thing", "PathToThing"),
    ("2fa", "_2fa"),
    ("1080p", "_1080p"),
    ("", "_"),
    ("---", "_"),
    ("URLs", "URLs"),
    ("h264Profile", "H264Profile"),
    ("stream", "Stream"),
    ("élan", "Lan"),
    ("PLAYBACK_POLICY", "PlaybackPolicy"),
  ]

  static let memberNames: [(String, String)] = [
    ("fps_den", "fpsDen"),
    ("playbackPolicy", "playbackPolicy"),
    ("MP4", "mp4"),
    ("x-foo", "xFoo"),
    ("HTTPServer", "httpServer"),
    ("URLs", "urls"),
    ("userID", "userID"),
    ("ID", "id"),
    ("Name", "name"),
    ("2fa", "_2fa"),
    ("1080p", "_1080p"),
    ("", "_"),
    ("$type", "type"),
    ("@context", "context"),
    ("created_at", "createdAt"),
    ("snake_case_name", "snakeCaseName"),
    ("kebab-case-name", "kebabCaseName"),
    ("self", "selfValue"),
    ("Self", "selfValue"),
    ("Type", "type"),
    ("Protocol", "protocol"),
    ("default", "default"),
    ("public", "public"),
    ("video/mp4", "videoMp4"),
    ("a.b", "aB"),
    ("PLAYBACK_POLICY", "playbackPolicy"),
  ]

  @Test(arguments: typeNames) func typeName(source: String, expected: String) {
    #expect(SwiftNamer.typeName(source) == expected)
  }

  @Test(arguments: memberNames) func memberName(source: String, expected: String) {
    #expect(SwiftNamer.memberName(source) == expected)
  }

  /// Names a spec could hold, drawn from the bytes the namer treats differently: both cases, digits,
  /// separators, and non-ASCII letters (which separate words too).
  static func sampledNames(count: Int) -> [String] {
    let pieces = [
      "a", "b", "s", "x", "A", "B", "S", "X", "0", "1", "9", "_", "-", ".", " ", "/", "#", "é", "URL", "URLs", "ID",
      "MP4", "GET", "LIST", "self", "Self", "Type", "get", "http", "Server", "v2", "1080p",
    ]
    // A fixed linear congruential sequence: the same names on every run and platform.
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined() }
  }

  @Test func agreesWithTheReference() {
    let sources = Self.sampledNames(count: 20_000) + Self.typeNames.map(\.0) + Self.memberNames.map(\.0)
    for source in sources {
      #expect(SwiftNamer.words(source) == ReferenceNamer.words(source), "words of \(source)")
      #expect(SwiftNamer.typeName(source) == ReferenceNamer.typeName(source), "type name of \(source)")
      #expect(SwiftNamer.memberName(source) == ReferenceNamer.memberName(source), "member name of \(source)")
    }
  }

  @Test func keywordsAreEscapedWithBackticks() {
    #expect(SwiftIdentifier.escaped("default") == "`default`")
    #expect(SwiftIdentifier.escaped("public") == "`public`")
    #expect(SwiftIdentifier.escaped("protocol") == "`protocol`")
    #expect(SwiftIdentifier.escaped("Any") == "`Any`")
    #expect(SwiftIdentifier.escaped("name") == "name")
    #expect(SwiftIdentifier.escaped("type") == "type")
  }

  @Test func allocatorIsDeterministicAndCollisionFree() {
    var scope = NameAllocator()
    #expect(scope.allocate(SwiftNamer.typeName("foo-bar")) == "FooBar")
    #expect(scope.allocate(SwiftNamer.typeName("foo_bar")) == "FooBar2")
    #expect(scope.allocate(SwiftNamer.typeName("fooBar")) == "FooBar3")
    #expect(scope.allocate("Other") == "Other")
  }

  @Test func allocatorHonoursReservationsAndCase() {
    var scope = NameAllocator(reserving: ["hashValue"])
    #expect(scope.allocate("hashValue") == "hashValue2")
    var files = NameAllocator(ignoresCase: true)
    #expect(files.allocate("Foo") == "Foo")
    #expect(files.allocate("FOO") == "FOO2")
  }
}
