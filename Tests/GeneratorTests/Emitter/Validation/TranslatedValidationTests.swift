import SchemaIR
import SwiftEmitter
import Testing

/// Specs through the real front ends, then the emitter, then compiled and run: validation follows
/// each input language's rules (OpenAPI counts code points, Lexicon UTF-8 bytes and graphemes).
@Suite struct TranslatedValidationTests {
  typealias F = EmitterFixture

  /// Mux's live stream request, written from its facts: `reconnect_window` is a float in 0…1800.
  static let mux = """
    openapi: 3.0.1
    info: {title: Mux Video, version: v1}
    paths: {}
    components:
      schemas:
        CreateLiveStreamRequest:
          type: object
          properties:
            reconnect_window:
              type: number
              format: float
              default: 60
              minimum: 0
              maximum: 1800
            passthrough:
              type: string
              maxLength: 255
            embedded_subtitles:
              type: array
              items:
                $ref: '#/components/schemas/LiveStreamEmbeddedSubtitleSettings'
        LiveStreamEmbeddedSubtitleSettings:
          type: object
          properties:
            name:
              type: string
            language_channel:
              type: string
              enum: [cc1, cc2, cc3, cc4]
              default: cc1
    """

  static let muxMain = #"""
    import SpecgenRuntime

    for window in [0, 60, 1800, -0.5, 1800.5, 3600] {
      let request = CreateLiveStreamRequest(reconnectWindow: window)
      print(window, request.violations.map(\.description))
    }
    // Code points, not bytes or graphemes: 255 "é" (510 UTF-8 bytes) fit; 256 do not.
    print(CreateLiveStreamRequest(passthrough: String(repeating: "é", count: 255)).violations.isEmpty)
    print(CreateLiveStreamRequest(passthrough: String(repeating: "é", count: 256)).violations.map(\.kind.rawValue))
    do {
      try CreateLiveStreamRequest(reconnectWindow: 3600, passthrough: String(repeating: "x", count: 300)).validate()
    } catch {
      print(error.violations.map(\.path))
    }
    """#

  @Test func muxReconnectWindowIsCheckedByGeneratedCode() throws {
    let module = try TranslationFixture.translate(Self.mux).module
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Models")).emit(module)
    let request = F.file("CreateLiveStreamRequest.swift", in: files)
    // Nothing below the subtitle settings is constrained (a closed enum is checked by its type).
    #expect(
      request.snippet("extension CreateLiveStreamRequest: Validatable") == """
        extension CreateLiveStreamRequest: Validatable {
          public func validate(at path: ValidationPath, into report: inout ValidationReport) {
            report.check(number: reconnectWindow, at: path.member("reconnect_window"), .minimum(0), .maximum(1800))
            report.check(text: passthrough, at: path.member("passthrough"), .maxLength(255, .characters))
          }
        }
        """)
    #expect(!F.file("LiveStreamEmbeddedSubtitleSettings.swift", in: files).contains("Validatable"))

    let result = try F.compileAndRun(files, main: Self.muxMain)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "0.0 []",
        "60.0 []",
        "1800.0 []",
        #"-0.5 ["reconnect_window: must be at least 0 (got -0.5)"]"#,
        #"1800.5 ["reconnect_window: must be at most 1800 (got 1800.5)"]"#,
        #"3600.0 ["reconnect_window: must be at most 1800 (got 3600.0)"]"#,
        "true",
        #"["maxLength"]"#,
        #"["reconnect_window", "passthrough"]"#,
      ])
  }

  /// A livestream record as place.stream writes it: title limited to 1400 bytes and 140 graphemes.
  static let livestreamDefs = """
    "main": {
      "type": "record",
      "key": "tid",
      "record": {
        "type": "object",
        "required": ["title"],
        "properties": {
          "title": {"type": "string", "maxLength": 1400, "maxGraphemes": 140},
          "tags": {"type": "array", "maxLength": 3, "items": {"type": "string", "maxLength": 8}},
          "viewers": {"type": "integer", "minimum": 0},
          "thumb": {"type": "blob", "accept": ["image/*"], "maxSize": 1000000},
          "sig": {"type": "bytes", "maxLength": 4},
          "kinds": {"type": "array", "items": {"type": "string", "knownValues": ["live"], "maxLength": 8}}
        }
      }
    }
    """

  static let livestreamMain = #"""
    import Foundation
    import SpecgenRuntime

    typealias Livestream = PlaceStream.Livestream
    let emoji = "👍🏽"  // one grapheme, eight UTF-8 bytes
    print(Livestream(title: String(repeating: emoji, count: 140)).violations.isEmpty)
    print(Livestream(title: String(repeating: emoji, count: 141)).violations.map(\.description))
    // A family emoji: one grapheme, 25 UTF-8 bytes; 57 of them are 1425 bytes in only 57 graphemes.
    let family = "\#u{1F468}\#u{200D}\#u{1F469}\#u{200D}\#u{1F467}\#u{200D}\#u{1F466}"
    print(Livestream(title: String(repeating: family, count: 57)).violations.map(\.description))
    print(Livestream(title: "t", tags: ["ok", "much too long", "é", "x"], viewers: -1).violations.map(\.description))
    let blob = Blob(ref: CIDLink(CID(unchecked: "bafkrei")), mimeType: "video/mp4", size: 2000000)
    let sig = ATBytes(Data([0, 1, 2, 3, 4]))
    print(Livestream(title: "t", thumb: blob, sig: sig, kinds: [.live, .init(rawValue: "scheduled")]).violations.map(\.description))
    """#

  @Test func lexiconLengthsCountBytesAndGraphemes() throws {
    let result = try LexiconFixture.single("place.stream.livestream", Self.livestreamDefs)
    #expect(result.module.stringLengthUnit == .utf8Bytes)
    let files = SwiftEmitter(options: EmitterOptions(moduleName: "Models")).emit(result.module)
    guard let main = files.first(where: { $0.contents.contains("struct Livestream") }) else {
      Issue.record("no validatable type in \(files.map(\.path))")
      return
    }
    #expect(main.contents.contains(".maxLength(1400, .utf8Bytes), .maxLength(140, .graphemes)"))
    let run = try F.compileAndRun(files, main: Self.livestreamMain)
    #expect(run.status == 0, "\(run.output)")
    #expect(
      run.output.split(separator: "\n").map(String.init) == [
        "true",
        #"["title: must be at most 140 graphemes long (got 141)"]"#,
        #"["title: must be at most 1400 UTF-8 bytes long (got 1425)"]"#,
        #"["tags: must have at most 3 items (got 4)", "tags[1]: must be at most 8 UTF-8 bytes long (got 13)", "#
          + #""viewers: must be at least 0 (got -1)"]"#,
        #"["thumb: must be one of image/* (got video/mp4)", "thumb: must be at most 1000000 bytes (got 2000000)", "#
          + #""sig: must be at most 4 bytes long (got 5)", "kinds[1]: must be at most 8 UTF-8 bytes long (got 9)"]"#,
      ])
  }
}
