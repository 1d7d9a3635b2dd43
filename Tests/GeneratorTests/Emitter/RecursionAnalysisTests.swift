import SchemaIR
import Testing

@testable import SwiftEmitter

@Suite struct RecursionAnalysisTests {
  typealias F = EmitterFixture

  @Test func componentsGroupExactlyTheCycles() {
    // 0 → 1 → 2 → 0, 2 → 3, 3 → 3, 4 alone.
    let components = RecursionAnalysis.stronglyConnectedComponents([[1], [2], [0, 3], [3], []])
    #expect(components[0] == components[1] && components[1] == components[2])
    #expect(components[3] != components[0] && components[4] != components[0] && components[3] != components[4])
  }

  @Test func longChainsDoNotRecurse() {
    let count = 50_000
    let edges = (0..<count).map { $0 + 1 < count ? [$0 + 1] : [0] }
    let components = RecursionAnalysis.stronglyConnectedComponents(edges)
    #expect(Set(components).count == 1)
  }

  @Test func onlyCycleFieldsAreBoxedAndCyclicUnionsIndirect() {
    let analysis = RecursionAnalysis(module: SchemaModule(declarations: F.everyKind))
    let boxed = Set(analysis.indirectFields.map { "\($0.owner.rawValue.split(separator: "/").last ?? "")#\($0.index)" })
    #expect(boxed == ["node#0", "node#2", "partner#0"])
    #expect(analysis.indirectUnions == [TypeID("#/components/schemas/expression")])
  }
}
