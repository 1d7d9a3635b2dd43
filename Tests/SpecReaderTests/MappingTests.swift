import SpecgenDiagnostics
import Testing

@testable import SpecReader

@Suite struct MappingTests {
  private func mapping(_ keys: [String]) -> Mapping {
    Mapping(
      keys.enumerated().map { offset, key in
        Mapping.Entry(
          key: key, keyLocation: at(offset + 1, 1),
          value: Node(.scalar(Scalar("\(offset)", style: .plain)), at: at(1, 1)))
      })
  }

  @Test(arguments: [3, Mapping.indexThreshold, Mapping.indexThreshold + 1, 50])
  func lookupFindsEveryKeyAtAnySize(count: Int) {
    let keys = (0..<count).map { "key\($0)" }
    let built = mapping(keys)
    for (offset, key) in keys.enumerated() {
      #expect(built[key]?.scalar?.text == "\(offset)")
      #expect(built.entry(key)?.keyLocation == at(offset + 1, 1))
    }
    #expect(built["absent"] == nil)
    #expect(built.keys == keys)
  }

  @Test(arguments: [2, 40])
  func firstEntryWinsWhenBuiltWithDuplicates(count: Int) {
    let built = mapping((0..<count).map { "k\($0)" } + ["k0"])
    #expect(built["k0"]?.scalar?.text == "0")
  }
}
