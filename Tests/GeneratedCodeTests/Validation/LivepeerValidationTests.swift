import Foundation
import Livepeer
import SpecgenRuntime
import Testing

/// The committed Livepeer models check their spec's constraints before a request is sent.
@Suite struct LivepeerValidationTests {
  static let validProfile = FfmpegProfile(width: 1280, name: "720p", height: 720, bitrate: 3_000_000, fps: 30)

  @Test func aValidProfilePasses() throws {
    #expect(Self.validProfile.violations.isEmpty)
    try Self.validProfile.validate()
  }

  @Test func anOutOfRangeProfileReportsEachViolationWithItsPath() {
    let profile = FfmpegProfile(
      width: 100, name: "", height: 64, bitrate: 399, fps: -1, fpsDen: 0, quality: 45)
    #expect(
      profile.violations.map(\.description) == [
        "width: must be at least 128 (got 100)",
        "name: must be at least 1 character long (got 0)",
        "height: must be at least 128 (got 64)",
        "bitrate: must be at least 400 (got 399)",
        "fps: must be at least 0 (got -1)",
        "fpsDen: must be at least 1 (got 0)",
        "quality: must be at most 44 (got 45)",
      ])
    #expect(profile.violations.map(\.kind) == [.minimum, .minLength, .minimum, .minimum, .minimum, .minimum, .maximum])
  }

  @Test func boundsAreInclusive() {
    let edge = FfmpegProfile(width: 128, name: "x", height: 128, bitrate: 400, fps: 0, fpsDen: 1, quality: 44)
    #expect(edge.violations.isEmpty)
    #expect(
      FfmpegProfile(width: 1, name: String(repeating: "n", count: 501), height: 128, bitrate: 400, fps: 0)
        .violations.map(\.path) == ["width", "name"])
  }

  @Test func nestedViolationsCarryTheirFullPath() {
    let payload = StreamPatchPayload(
      multistream: Stream.Multistream(targets: [
        Target(profile: "720p", spec: Target.Spec(url: "http://not-rtmp.example")),
        Target(profile: "source"),
        Target(profile: "", spec: Target.Spec(url: "rtmps://ok.example/live")),
      ]),
      profiles: .value([Self.validProfile, FfmpegProfile(width: 1, name: "low", height: 240, bitrate: 500, fps: 24)]),
      recordingSpec: NewStreamPayload.RecordingSpec(profiles: .value([TranscodeProfile(bitrate: 1, quality: 50)])))
    #expect(
      payload.violations.map(\.description) == [
        "multistream.targets[0].spec.url: must match the pattern ^(srt|rtmps?)://",
        "multistream.targets[2].profile: must be at least 1 character long (got 0)",
        "profiles[1].width: must be at least 128 (got 1)",
        "recordingSpec.profiles[0].bitrate: must be at least 400 (got 1)",
        "recordingSpec.profiles[0].quality: must be at most 44 (got 50)",
      ])
    #expect(throws: ValidationError.self) { try payload.validate() }
  }

  @Test func explicitNullAndAbsentMembersAreNotChecked() {
    #expect(StreamPatchPayload(profiles: .null).violations.isEmpty)
    #expect(StreamPatchPayload().violations.isEmpty)
  }

  @Test func errorModelNeedsAtLeastOneError() {
    #expect(ErrorModel(errors: []).violations.map(\.description) == ["errors: must have at least 1 item (got 0)"])
    #expect(ErrorModel(errors: ["bad"]).violations.isEmpty)
  }

  @Test func theSpecsOwnPatchExampleIsValid() throws {
    // The seed-derived spec has the example; the full spec has none for this schema.
    let examples = try SpecExample.all(inSpec: "Tests/Fixtures/livepeer-seed.yaml")
      .filter { $0.schemaPointer == "#/components/schemas/stream-patch-payload" }
    #expect(!examples.isEmpty)
    for example in examples {
      let payload = try JSONDecoder().decode(StreamPatchPayload.self, from: Data(example.json.utf8))
      #expect(payload.violations.isEmpty, "\(example)")
    }
  }
}
