import Testing

@testable import SpecReader

@Test func parsesSmallYAML() throws {
  let node = try DocumentParser.parse(Array("a: 1\nb: [x, y]\n".utf8), file: "t.yaml")
  #expect(node["b"]?.sequence?.count == 2)
}

@Test func parsesLivepeer() throws {
  let loader = DocumentLoader(root: "/work/shared/specs/livepeer")
  let node = try loader.load("openapi.yaml")
  print(node["paths"]?["/stream/{id}"]?["patch"]?.location as Any)
  #expect(node["paths"] != nil)
}
