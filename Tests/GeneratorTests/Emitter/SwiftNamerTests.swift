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
