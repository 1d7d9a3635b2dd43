import SpecgenRuntime
import Testing

/// The shape generated code declares for an open enumeration (see `EnumerationEmitter`).
private struct TokenKind: OpenEnumeration {
  let rawValue: String
  init(rawValue: String) { self.rawValue = rawValue }

  static let jwt = Self(rawValue: "jwt")
  static let unknown = Self(rawValue: "unknown")

  static let allCases: [TokenKind] = [.jwt, .unknown]
}

private struct Level: OpenEnumeration {
  let rawValue: Int
  init(rawValue: Int) { self.rawValue = rawValue }

  static let low = Self(rawValue: 1)

  static let allCases: [Level] = [.low]
}

@Suite struct OpenEnumerationTests {
  @Test func valuesCompareAndHashByRawValue() {
    #expect(TokenKind(rawValue: "jwt") == .jwt)
    #expect(TokenKind(rawValue: "opaque") != .jwt)
    #expect(Set([TokenKind(rawValue: "jwt"), .jwt, .unknown, TokenKind(rawValue: "opaque")]).count == 3)
    #expect(Level(rawValue: 1) == .low)
  }

  @Test func codingReadsAndWritesTheBareRawValue() throws {
    let decoded = try decodeFromJSON([TokenKind].self, #"["jwt","opaque","unknown"]"#)
    #expect(decoded == [.jwt, TokenKind(rawValue: "opaque"), .unknown])
    #expect(try encodeToJSON(decoded) == #"["jwt","opaque","unknown"]"#)
    #expect(try decodeFromJSON([Level].self, "[1,7]") == [.low, Level(rawValue: 7)])
    #expect(try encodeToJSON([Level(rawValue: 7)]) == "[7]")
    #expect(throws: DecodingError.self) { try decodeFromJSON(TokenKind.self, "1") }
  }

  @Test func listedValuesAndDescription() {
    #expect(TokenKind.jwt.isListed)
    #expect(!TokenKind(rawValue: "opaque").isListed)
    #expect("\(TokenKind(rawValue: "opaque"))" == "opaque")
    #expect(Level.low.description == "1")
  }

  @Test func switchMatchesListedValues() {
    func name(_ kind: TokenKind) -> String {
      switch kind {
      case .jwt: "jwt"
      case .unknown: "the value spelled unknown"
      default: "unlisted \(kind.rawValue)"
      }
    }
    #expect(
      [TokenKind(rawValue: "jwt"), .unknown, TokenKind(rawValue: "x")].map(name) == [
        "jwt", "the value spelled unknown", "unlisted x",
      ])
  }
}
