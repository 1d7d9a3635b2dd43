import Foundation
import SpecgenRuntime
import Testing

/// The shape the emitter writes for public models: explicit memberwise `init`, defaults, and every runtime
/// type together in one struct with synthesized `Codable`.
public struct Account: Codable, Hashable, Sendable {
  public var id: String
  public var createdAt: DateTime
  public var nickname: Nullable<String>?
  public var settings: JSONValue?
  @Indirect public var referrer: Account? = nil

  public init(
    id: String, createdAt: DateTime, nickname: Nullable<String>? = nil, settings: JSONValue? = nil,
    referrer: Account? = nil
  ) {
    self.id = id
    self.createdAt = createdAt
    self.nickname = nickname
    self.settings = settings
    self.referrer = referrer
  }
}

@Suite("Runtime types combined as generated code uses them")
struct GeneratedShapeTests {
  let created = DateTime(rawValue: "2024-05-01T12:30:00+02:00")!

  @Test func minimalDocumentDecodes() throws {
    let account = try decodeFromJSON(Account.self, #"{"id":"a","createdAt":"2024-05-01T12:30:00+02:00"}"#)
    #expect(account == Account(id: "a", createdAt: created))
    #expect(account.nickname == nil && account.settings == nil && account.referrer == nil)
  }

  @Test func fullDocumentRoundTripsByteForByte() throws {
    let json =
      #"{"createdAt":"2024-05-01T12:30:00+02:00","id":"a","nickname":null,"#
      + #""referrer":{"createdAt":"2020-01-01T00:00:00.5Z","id":"r","nickname":"R"},"settings":{"dark":true}}"#
    let account = try decodeFromJSON(Account.self, json)
    #expect(account.nickname == .null)
    #expect(account.referrer?.nickname == .value("R"))
    #expect(account.settings?["dark"]?.boolValue == true)
    #expect(try encodeToJSON(account) == json)
  }

  @Test func explicitInitAssignsThroughTheWrapper() {
    let referrer = Account(id: "r", createdAt: created)
    let account = Account(id: "a", createdAt: created, referrer: referrer)
    #expect(account.referrer == referrer)
    #expect(account.referrer?.referrer == nil)
  }
}
