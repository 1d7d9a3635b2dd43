import Foundation
import SwiftEmitter
import Testing

/// Generated code compiled and run against the real runtime: JSON in, JSON out.
@Suite struct EmittedBehaviourTests {
  static let main = #"""
    import Foundation
    import SpecgenRuntime

    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    func json<T: Encodable>(_ value: T) -> String {
      String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
    func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
      try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
    func roundTrip<T: Codable>(_ type: T.Type, _ text: String) -> String {
      decode(type, text).map(json) ?? "decoding failed"
    }

    print(json(StreamPatchPayload(playbackPolicy: .null, fpsDen: 1, requiredNull: .null)))
    print(json(StreamPatchPayload(fpsDen: 1, requiredNull: .value("x"))))
    let explicit = decode(StreamPatchPayload.self, #"{"fps_den":1,"required-null":null,"playbackPolicy":null}"#)
    print(explicit?.playbackPolicy == .some(.null))
    let absent = decode(StreamPatchPayload.self, #"{"fps_den":1,"required-null":"v"}"#)
    print(absent?.playbackPolicy == nil, absent?.requiredNull == .value("v"))
    print(decode(StreamPatchPayload.self, #"{"fps_den":1}"#) == nil)
    print(roundTrip(StreamPatchPayload.self, #"{"fps_den":2,"required-null":null,"kind":"k","playbackPolicy":"MP4"}"#))
    print(roundTrip([PlaybackPolicy].self, #"["public","MP4","webrtc"]"#))
    print(decode([PlaybackPolicy].self, #"["webrtc","MP4"]"#) == [.init(rawValue: "webrtc"), .mp4])
    print(Set([PlaybackPolicy(rawValue: "MP4"), .mp4]).count, PlaybackPolicy(rawValue: "webrtc").isListed, "\(PlaybackPolicy.mp4)")
    switch decode(PlaybackPolicy.self, #""MP4""#) {
    case .mp4?: print("listed")
    default: print("not listed")
    }
    print(PlaybackPolicy.allCases.count, decode(Level.self, "-2") == ._minus2, decode(Level.self, "5") == nil)
    print(decode(OpenLevel.self, "9") == .init(rawValue: 9))
    print(decode(Pet.self, #"{"petType":"kitty"}"#) == .cat(Cat(petType: "kitty")))
    print(roundTrip(Pet.self, #"{"petType":"parrot","wings":2}"#))
    print(decode(StrictPet.self, #"{"petType":"parrot"}"#) == nil, decode(StrictPet.self, #"{"petType":"dog"}"#) != nil)
    print(decode(CreatorId.self, #""abc""#) == .string("abc"))
    print(decode(CreatorId.self, #"{"petType":"x"}"#) == .cat(Cat(petType: "x")), decode(CreatorId.self, "1") == nil)
    print(roundTrip(Node.self, #"{"parent":{"parent":{},"children":[{}]},"partner":{"node":{}}}"#))
    print(roundTrip(Expression.self, #"{"left":1,"right":{"left":2,"right":3.5}}"#))
    print(roundTrip(Labels.self, #"{"id":"1","x":"y","z":"w"}"#))
    print(decode(Labels.self, #"{"id":"1","x":"y"}"#)?.additionalProperties == ["x": "y"])
    """#

  @Test func generatedCodeKeepsTheJSONContracts() throws {
    let result = try EmitterFixture.compileAndRun(EmitterFixture.emit(EmitterFixture.everyKind), main: Self.main)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(result.status == 0, "\(result.output)")
    #expect(
      lines == [
        #"{"fps_den":1,"playbackPolicy":null,"required-null":null}"#,
        #"{"fps_den":1,"required-null":"x"}"#,
        "true",
        "true true",
        "true",
        #"{"fps_den":2,"kind":"k","playbackPolicy":"MP4","required-null":null}"#,
        #"["public","MP4","webrtc"]"#,
        "true",
        "1 false MP4",
        "listed",
        "3 true true",
        "true",
        "true",
        #"{"petType":"parrot","wings":2}"#,
        "true true",
        "true",
        "true true",
        #"{"parent":{"children":[{}],"parent":{}},"partner":{"node":{}}}"#,
        #"{"left":1,"right":{"left":2,"right":3.5}}"#,
        #"{"id":"1","x":"y","z":"w"}"#,
        "true",
      ])
  }
}
