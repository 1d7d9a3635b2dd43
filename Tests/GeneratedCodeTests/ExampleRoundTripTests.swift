import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// Decodes `json` as `T` and encodes it again: the generated type must accept the spec's own
/// example and give back the same JSON value (key order and number spelling aside).
private typealias RoundTrip = @Sendable (Data) throws -> Data

private func roundTrip<T: Codable & SendableMetatype>(_ type: T.Type) -> RoundTrip {
  { data in try JSONEncoder().encode(JSONDecoder().decode(T.self, from: data)) }
}

/// The type of a member, from a key path, so the test uses exactly what the generated struct declares.
private func member<Root, Value: Codable & SendableMetatype>(_ path: KeyPath<Root, Value>) -> RoundTrip {
  roundTrip(Value.self)
}

/// Which generated type holds each schema that has an example in the seed-derived Livepeer spec; the
/// examples themselves are read from the full spec, `specs/livepeer/openapi.yaml`.
private let livepeerExampleTypes: [String: RoundTrip] = [
  "#/components/schemas/stream-patch-payload": roundTrip(StreamPatchPayload.self),
  "#/components/schemas/creator-id/oneOf/0/properties/type": member(\CreatorId.type),
  "#/components/schemas/creator-id/oneOf/0/properties/value": member(\CreatorId.value),
  "#/components/schemas/error/properties/errors": member(\ErrorModel.errors),
  "#/components/schemas/ffmpeg-profile/properties/bitrate": member(\FfmpegProfile.bitrate),
  "#/components/schemas/ffmpeg-profile/properties/fps": member(\FfmpegProfile.fps),
  "#/components/schemas/ffmpeg-profile/properties/fpsDen": member(\FfmpegProfile.fpsDen),
  "#/components/schemas/ffmpeg-profile/properties/gop": member(\FfmpegProfile.gop),
  "#/components/schemas/ffmpeg-profile/properties/height": member(\FfmpegProfile.height),
  "#/components/schemas/ffmpeg-profile/properties/name": member(\FfmpegProfile.name),
  "#/components/schemas/ffmpeg-profile/properties/profile": member(\FfmpegProfile.profile),
  "#/components/schemas/ffmpeg-profile/properties/quality": member(\FfmpegProfile.quality),
  "#/components/schemas/ffmpeg-profile/properties/width": member(\FfmpegProfile.width),
  "#/components/schemas/multistream-target/properties/createdAt": member(\MultistreamTarget.createdAt),
  "#/components/schemas/multistream-target/properties/id": member(\MultistreamTarget.id),
  "#/components/schemas/multistream-target/properties/url": member(\MultistreamTarget.url),
  // `userId` is deprecated; its declared type is `String?`.
  "#/components/schemas/multistream-target/properties/userId": roundTrip(String?.self),
  "#/components/schemas/playback-policy/properties/refreshInterval": member(\PlaybackPolicy.refreshInterval),
  "#/components/schemas/playback-policy/properties/type": member(\PlaybackPolicy.type),
  "#/components/schemas/playback-policy/properties/webhookContext": member(\PlaybackPolicy.webhookContext),
  "#/components/schemas/playback-policy/properties/webhookId": member(\PlaybackPolicy.webhookId),
  "#/components/schemas/stream/properties/createdAt": member(\Livepeer.Stream.createdAt),
  "#/components/schemas/stream/properties/id": member(\Livepeer.Stream.id),
  "#/components/schemas/stream/properties/isActive": member(\Livepeer.Stream.isActive),
  "#/components/schemas/stream/properties/multistream/properties/targets": member(\Livepeer.Stream.Multistream.targets),
  "#/components/schemas/stream/properties/name": member(\Livepeer.Stream.name),
  "#/components/schemas/stream/properties/record": member(\Livepeer.Stream.record),
  "#/components/schemas/target/properties/id": member(\Target.id),
  "#/components/schemas/target/properties/profile": member(\Target.profile),
  "#/components/schemas/target/properties/spec/properties/name": member(\Target.Spec.name),
  "#/components/schemas/target/properties/videoOnly": member(\Target.videoOnly),
  "#/components/schemas/transcode-profile/properties/bitrate": member(\TranscodeProfile.bitrate),
  "#/components/schemas/transcode-profile/properties/encoder": member(\TranscodeProfile.encoder),
  "#/components/schemas/transcode-profile/properties/fps": member(\TranscodeProfile.fps),
  "#/components/schemas/transcode-profile/properties/fpsDen": member(\TranscodeProfile.fpsDen),
  "#/components/schemas/transcode-profile/properties/gop": member(\TranscodeProfile.gop),
  "#/components/schemas/transcode-profile/properties/height": member(\TranscodeProfile.height),
  "#/components/schemas/transcode-profile/properties/name": member(\TranscodeProfile.name),
  "#/components/schemas/transcode-profile/properties/profile": member(\TranscodeProfile.profile),
  "#/components/schemas/transcode-profile/properties/quality": member(\TranscodeProfile.quality),
  "#/components/schemas/transcode-profile/properties/width": member(\TranscodeProfile.width),
]

/// Examples of the full spec that contradict their own schema (`gop` is `type: string` with
/// `example: 2`): the generated decoder must refuse them rather than guess.
private let examplesContradictingTheirSchema: Set<String> = [
  "#/components/schemas/ffmpeg-profile/properties/gop",
  "#/components/schemas/transcode-profile/properties/gop",
]

@Suite struct ExampleRoundTripTests {
  static let seedExamples = (try? SpecExample.all(inSpec: "Tests/Fixtures/livepeer-seed.yaml")) ?? []
  static let fullExamples = (try? SpecExample.all(inSpec: "specs/livepeer/openapi.yaml")) ?? []
  /// Every registered example of either document, each (pointer, JSON) pair once.
  static let examples: [SpecExample] = {
    var seen: Set<String> = []
    return (seedExamples + fullExamples).filter {
      livepeerExampleTypes[$0.schemaPointer] != nil && seen.insert($0.description).inserted
    }
  }()

  /// The registry covers every example of the seed-derived spec (`Tests/Fixtures/livepeer-seed.yaml`).
  @Test func everySeedExampleHasAType() throws {
    #expect(Self.seedExamples.count >= 40)
    let seedPointers = Set(Self.seedExamples.map(\.schemaPointer))
    #expect(seedPointers.subtracting(livepeerExampleTypes.keys).sorted() == [], "examples with no registered type")
    #expect(Set(livepeerExampleTypes.keys).subtracting(seedPointers).sorted() == [], "registered types with no example")
    #expect(Self.fullExamples.count >= 300)
  }

  @Test(arguments: examples.filter { !examplesContradictingTheirSchema.contains($0.schemaPointer) })
  func exampleDecodesAndReencodesToEqualJSON(_ example: SpecExample) throws {
    let roundTrip = try #require(livepeerExampleTypes[example.schemaPointer])
    let input = Data(example.json.utf8)
    let output = try roundTrip(input)
    #expect(
      try JSONValue(jsonData: output) == JSONValue(jsonData: input),
      "\(example.schemaPointer): \(String(decoding: output, as: UTF8.self))")
  }

  @Test func examplesThatContradictTheirSchemaAreRefused() throws {
    let contradicting = Self.fullExamples.filter { examplesContradictingTheirSchema.contains($0.schemaPointer) }
    #expect(Set(contradicting.map(\.schemaPointer)) == examplesContradictingTheirSchema)
    for example in contradicting {
      let roundTrip = try #require(livepeerExampleTypes[example.schemaPointer])
      #expect(throws: DecodingError.self, "\(example)") { try roundTrip(Data(example.json.utf8)) }
    }
  }
}
