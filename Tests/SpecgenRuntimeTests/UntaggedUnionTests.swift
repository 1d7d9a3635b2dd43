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
}
