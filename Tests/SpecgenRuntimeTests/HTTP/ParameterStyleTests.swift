import Foundation
import SpecgenRuntime
import Testing

/// The OpenAPI 3.0.4 style examples table (`color` = `["blue","black","brown"]` or
/// `{"R":100,"G":200,"B":150}`), row by row. Object members are written in sorted key order
/// (B, G, R), since generated models reach the serializer through `JSONValue`.
@Suite struct ParameterStyleTests {
  let array = ["blue", "black", "brown"]
  let object: [String: Int] = ["R": 100, "G": 200, "B": 150]

  private func query(_ items: [APIRequest.QueryItem]) -> String {
    APIRequest(method: "GET", path: "/", query: items).queryString
  }

  @Test func formExplodedArrayRepeatsTheKey() throws {
    #expect(
      query(try ParameterSerialization.queryItems("color", array, style: .form, explode: true))
        == "color=blue&color=black&color=brown")
    // explode defaults to true for form
    #expect(query(try ParameterSerialization.queryItems("color", array)) == "color=blue&color=black&color=brown")
  }

  @Test func formUnexplodedArrayJoinsWithCommas() throws {
    #expect(
      query(try ParameterSerialization.queryItems("color", array, style: .form, explode: false))
        == "color=blue,black,brown")
  }

  @Test func formObjects() throws {
    #expect(
      query(try ParameterSerialization.queryItems("color", object, style: .form, explode: true))
        == "B=150&G=200&R=100")
    #expect(
      query(try ParameterSerialization.queryItems("color", object, style: .form, explode: false))
        == "color=B,150,G,200,R,100")
  }

  @Test func formPrimitivesAndEmpty() throws {
    #expect(query(try ParameterSerialization.queryItems("color", "blue")) == "color=blue")
    #expect(query(try ParameterSerialization.queryItems("color", "")) == "color=")
    #expect(try ParameterSerialization.queryItems("color", String?.none).isEmpty)
    #expect(query(try ParameterSerialization.queryItems("n", 42)) == "n=42")
    #expect(query(try ParameterSerialization.queryItems("b", true)) == "b=true")
  }

  @Test func delimitedStyles() throws {
    #expect(
      query(try ParameterSerialization.queryItems("color", array, style: .spaceDelimited, explode: false))
        == "color=blue%20black%20brown")
    #expect(
      query(try ParameterSerialization.queryItems("color", array, style: .pipeDelimited, explode: false))
        == "color=blue%7Cblack%7Cbrown")
    #expect(
      query(try ParameterSerialization.queryItems("color", object, style: .spaceDelimited, explode: false))
        == "color=B%20150%20G%20200%20R%20100")
  }

  @Test func deepObject() throws {
    #expect(
      query(try ParameterSerialization.queryItems("color", object, style: .deepObject, explode: true))
        == "color%5BB%5D=150&color%5BG%5D=200&color%5BR%5D=100")
  }

  /// Nested members, as api.video documents its `filterBy`
  /// (`filterBy[country]=FR&filterBy[browser][]=firefox&filterBy[browser][]=chrome`).
  @Test func deepObjectNestsArraysAndObjectsWithBrackets() throws {
    let filter: JSONValue = ["country": "FR", "browser": ["firefox", "chrome"], "size": ["min": 1], "none": nil]
    #expect(
      query(try ParameterSerialization.queryItems("filterBy", filter, style: .deepObject, explode: true))
        == "filterBy%5Bbrowser%5D%5B%5D=firefox&filterBy%5Bbrowser%5D%5B%5D=chrome&filterBy%5Bcountry%5D=FR"
        + "&filterBy%5Bsize%5D%5Bmin%5D=1")
  }

  @Test func valuesAreEncodedButDelimitersAreNot() throws {
    #expect(
      query(try ParameterSerialization.queryItems("q", ["a,b", "c d"], style: .form, explode: false))
        == "q=a%2Cb,c%20d")
    #expect(query(try ParameterSerialization.queryItems("q", "ü&=?/#")) == "q=%C3%BC%26%3D%3F%2F%23")
  }

  @Test func pathStyles() throws {
    #expect(try ParameterSerialization.pathSegment("color", "blue") == "blue")
    #expect(try ParameterSerialization.pathSegment("color", array) == "blue,black,brown")
    #expect(try ParameterSerialization.pathSegment("color", object) == "B,150,G,200,R,100")
    #expect(try ParameterSerialization.pathSegment("color", object, explode: true) == "B=150,G=200,R=100")
    #expect(try ParameterSerialization.pathSegment("color", array, style: .label) == ".blue,black,brown")
    #expect(try ParameterSerialization.pathSegment("color", array, style: .label, explode: true) == ".blue.black.brown")
    #expect(try ParameterSerialization.pathSegment("color", "blue", style: .matrix) == ";color=blue")
    #expect(
      try ParameterSerialization.pathSegment("color", array, style: .matrix, explode: true)
        == ";color=blue;color=black;color=brown")
    #expect(try ParameterSerialization.pathSegment("id", "a/b c") == "a%2Fb%20c")
  }

  @Test func headersAndCookies() throws {
    #expect(try ParameterSerialization.headerValue("X-Color", array) == "blue,black,brown")
    #expect(try ParameterSerialization.headerValue("X-Color", object, explode: true) == "B=150,G=200,R=100")
    #expect(try ParameterSerialization.headerValue("X-Color", Int?.none) == nil)
    #expect(try ParameterSerialization.cookie("session", "a b") == "session=a%20b")
  }

  @Test func nestedArraysAreRejected() {
    #expect(throws: HTTPRequestError.self) {
      try ParameterSerialization.queryItems("m", [["a"]])
    }
  }
}
