import Foundation
import SpecgenRuntime
import Testing

/// Counts what the variants of `Probe` are asked to decode, and how often one throws.
private final class Attempts: @unchecked Sendable {
  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  func record(_ event: String) {
    lock.withLock { counts[event, default: 0] += 1 }
  }

  subscript(_ event: String) -> Int { lock.withLock { counts[event, default: 0] } }

  static let key = CodingUserInfoKey(rawValue: "attempts")!
}

/// A variant that records each attempt and each failure in the decoder's `Attempts`.
private struct Recorded<Value: Decodable & Equatable>: Decodable, Equatable {
  var value: Value

  init(from decoder: any Decoder) throws {
    let attempts = decoder.userInfo[Attempts.key] as? Attempts
    attempts?.record("try \(Value.self)")
    do {
      value = try Value(from: decoder)
    } catch {
      attempts?.record("throw \(Value.self)")
      throw error
    }
  }
}

/// A union written exactly as `UnionEmitter` writes an untagged one (see `StringOrInteger` in
/// Generated/Livepeer): a `DateTime`-like string variant listed before an integer one.
private enum Probe: Decodable, Equatable {
  case string(Recorded<String>)
  case integer(Recorded<Int>)
  case array(Recorded<[Int]>)

  init(from decoder: any Decoder) throws {
    let kind = JSONKind(of: decoder)
    if kind.mayBe(.string), let value = try? Recorded<String>(from: decoder) {
      self = .string(value)
    } else if kind.mayBe(.integer), let value = try? Recorded<Int>(from: decoder) {
      self = .integer(value)
    } else if kind.mayBe(.array), let value = try? Recorded<[Int]>(from: decoder) {
      self = .array(value)
    } else {
      throw UntaggedUnion.noVariantAccepted(decoder, tried: "string, integer, array")
    }
  }
}

@Suite("Untagged unions read the variant of the value's kind")
struct UnionKindDispatchTests {
  let json = Data(#"[1700000000000, "x", [1, 2], 7]"#.utf8)

  @Test func theStrictDecoderTriesOnlyTheVariantOfTheValuesKind() throws {
    let attempts = Attempts()
    let decoded = try StrictJSONDecoder(userInfo: [Attempts.key: attempts]).decode([Probe].self, from: json)
    #expect(decoded.count == 4)
    guard case .integer(let first) = decoded[0], case .array(let third) = decoded[2] else {
      Issue.record("wrong variants: \(decoded)")
      return
    }
    #expect(first.value == 1_700_000_000_000 && third.value == [1, 2])
    // The integers and the array never went near the string variant: nothing was tried and thrown.
    #expect(attempts["try String"] == 1)
    #expect(attempts["try Int"] == 2)
    #expect(attempts["try Array<Int>"] == 1)
    #expect(attempts["throw String"] + attempts["throw Int"] + attempts["throw Array<Int>"] == 0)
  }

  @Test func aForeignDecoderFallsBackToTryingEachVariantInTurn() throws {
    let attempts = Attempts()
    let decoder = JSONDecoder()
    decoder.userInfo = [Attempts.key: attempts]
    let decoded = try decoder.decode([Probe].self, from: json)
    // The same values as the strict decoder reads...
    #expect(decoded == (try StrictJSONDecoder().decode([Probe].self, from: json)))
    // ...found by trying the string variant first for every value, and the integer before the array.
    #expect(attempts["try String"] == 4)
    #expect(attempts["throw String"] == 3)
    #expect(attempts["throw Int"] == 1)
  }

  @Test func aValueOfNoVariantsKindThrowsTheUnionsError() {
    let error = #expect(throws: DecodingError.self) {
      try StrictJSONDecoder().decode([Probe].self, from: Data(#"[1, {"a": 1}]"#.utf8))
    }
    guard case .dataCorrupted(let context)? = error else { return }
    #expect(context.codingPath.map(\.stringValue) == ["Index 1"])
    #expect(context.debugDescription == "no variant accepted the value; tried string, integer, array")
  }

  @Test func rankingReadsMembersWithoutProbing() throws {
    struct Ranked: Decodable {
      var order: [Int]
      init(from decoder: any Decoder) throws {
        order = UntaggedUnion.order(
          decoder,
          [VariantMembers(known: ["a"], required: ["a"]), VariantMembers(known: ["a", "b"], required: ["a"]), nil])
      }
    }
    let json = Data(#"[{"a": 1, "b": 2}, {"a": 1}, "s", [{"b": 1}]]"#.utf8)
    let strict = try StrictJSONDecoder().decode([Ranked].self, from: json).map(\.order)
    #expect(strict == [[1, 0, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]])
    #expect(strict == (try JSONDecoder().decode([Ranked].self, from: json).map(\.order)))
  }
}
