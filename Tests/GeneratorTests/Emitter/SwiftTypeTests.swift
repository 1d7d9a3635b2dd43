import SwiftEmitter
import Testing

@Suite struct SwiftTypeTests {
  @Test func spellsEachShape() {
    let stream = SwiftType.generated("Stream.Multistream")
    #expect(
      SwiftType.optional(.dictionary(.nullable(.runtime("DateTime")))).description == "[String: Nullable<DateTime>]?")
    #expect(SwiftType.array(.optional(stream)).description == "[Stream.Multistream?]")
    #expect(SwiftType.stream(of: stream).description == "AsyncThrowingStream<Stream.Multistream, any Error>")
    #expect(
      SwiftType.tuple([.init(label: "body", type: stream), .init(label: "headers", type: .generated("H"))]).description
        == "(body: Stream.Multistream, headers: H)")
    #expect(SwiftType.void.description == "Void")
    #expect(SwiftType.void.isVoid && !SwiftType.string.isVoid)
  }

  /// A file's imports come from the types it writes, however deeply a module's type is nested.
  @Test func importsFollowTheTypesWritten() {
    #expect(SwiftType.string.imports.isEmpty)
    #expect(SwiftType.generated("Stream").imports.isEmpty)
    #expect(SwiftType.array(.swift("Int64")).imports.isEmpty)
    #expect(SwiftType.array(.data).imports == .foundation)
    #expect(SwiftType.optional(.dictionary(.array(.jsonValue))).imports == .runtime)
    #expect(SwiftType.stream(of: .generated("Event")).imports.isEmpty)
    #expect(SwiftType.generic("MediaWithMetadata", in: .runtime, [.generated("Video")]).imports == .runtime)
    #expect(
      SwiftType.tuple([.init(label: "a", type: .data), .init(label: "b", type: .nullable(.string))]).imports
        == [.foundation, .runtime])
  }
}
