import Foundation
import SpecgenRuntime
import Testing

@Suite struct UntaggedUnionTests {
  let plain = VariantMembers(known: ["text"], required: ["text"])
  let segmented = VariantMembers(known: ["text", "segments"], required: ["text"])
  let labelled = VariantMembers(known: ["text", "label"], required: ["text", "label"])
  let open = VariantMembers(known: ["id"], required: [], keepsOthers: true)

  @Test func theVariantThatKnowsEveryMemberComesFirst() {
    #expect(UntaggedUnion.order(present: ["text", "segments"], [plain, segmented]) == [1, 0])
    #expect(UntaggedUnion.order(present: ["text"], [plain, segmented]) == [0, 1])
  }

  @Test func missingRequiredMembersRankLast() {
    // `labelled` would know both members, but `label` is required and absent.
    #expect(UntaggedUnion.order(present: ["text", "segments"], [labelled, plain, segmented]) == [2, 1, 0])
  }

  @Test func nonObjectVariantsFollowAndAVariantKeepingOthersKnowsEverything() {
    #expect(UntaggedUnion.order(present: ["text", "x"], [nil, plain, open]) == [2, 1, 0])
  }

  /// What generated decoders throw when no variant accepts the value: the error they used to build
  /// themselves, `dataCorrupted` at the value's path, from either decoder.
  @Test func noVariantAcceptedIsDataCorruptedAtTheValuesPath() throws {
    struct Refusing: Decodable {
      init(from decoder: any Decoder) throws {
        throw UntaggedUnion.noVariantAccepted(decoder, tried: "string, number")
      }
    }
    struct Holder: Decodable { var values: [Refusing] }
    let json = Data(#"{"values": [true]}"#.utf8)
    for decode in [
      { _ = try StrictJSONDecoder().decode(Holder.self, from: json) },
      { _ = try JSONDecoder().decode(Holder.self, from: json) },
    ] {
      let error = #expect(throws: DecodingError.self) { try decode() }
      guard case .dataCorrupted(let context)? = error else {
        Issue.record("not dataCorrupted: \(String(describing: error))")
        continue
      }
      #expect(context.codingPath.map(\.stringValue) == ["values", "Index 0"])
      #expect(context.debugDescription == "no variant accepted the value; tried string, number")
      #expect(context.underlyingError == nil)
    }
  }
}
