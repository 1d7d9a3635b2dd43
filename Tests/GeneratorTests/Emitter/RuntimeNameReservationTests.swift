import Foundation
import Testing

@testable import SwiftEmitter

/// A schema named after a runtime type (`Transport`, `APIRequest`, `ResponseDecoding`) would shadow
/// it in generated code, which names runtime types unqualified. Every public runtime type must be
/// reserved, or be an AT Protocol type (those are qualified as `SpecgenRuntime.X` where shadowed).
@Suite struct RuntimeNameReservationTests {
  @Test func everyPublicRuntimeTypeIsReserved() throws {
    // Top-level declarations only (at the start of a line); nested types cannot be shadowed this way.
    let declaration = try Regex(
      #"(?m)^public (?:final )?(?:struct|enum|class|protocol|typealias|actor) ([A-Za-z_][A-Za-z0-9_]*)"#)
    var names: Set<String> = []
    for path in try EmitterFixture.runtimeSources() {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      for match in text.matches(of: declaration) {
        if let name = match.output[1].substring { names.insert(String(name)) }
      }
    }
    #expect(names.count > 30)
    let atTypes = Set(ATProtoTypes.stringFormats.values).union(["ATBytes", "CIDLink", "Blob", "ATStringFormat"])
    // Runtime types neither generated code nor `catch` clauses name (reached through implicit members such
    // as `.minLength(…)`, or used by hand around a client, like the XRPC session and frame types and the
    // transport middleware): a schema may take these names without renaming its public type. Errors users
    // catch (`APIError`, `ValidationError`) are reserved: Livepeer's `APIError` schema is `APIErrorModel`.
    let unnamedInGeneratedCode: Set<String> = [
      "Constraint", "ConstraintNumber", "LengthUnit", "ParameterStyle", "PercentEncoding", "RequestBodyEncoding",
      "Violation", "XRPCSessionTransport", "XRPCTokenProvider", "XRPCTokens", "XRPCLabeler", "XRPCFrame", "DAGCBOR",
      "DAGCBORError", "AccessTokenProvider", "AccessTokens", "BearerTokenTransport", "RetryPolicy",
      "RetryingTransport", "LoggingTransport", "TransportLogEntry", "BodyFile", "JSONValueEncoder", "WebSocketMessage",
      "WebSocketConnection", "WebSocketError", "StrictJSONDecoder",
    ]
    let missing = names.subtracting(SwiftIdentifier.reservedTypeNames).subtracting(atTypes)
      .subtracting(unnamedInGeneratedCode)
    #expect(missing.isEmpty, "reserve these in SwiftIdentifier.reservedTypeNames: \(missing.sorted())")
  }
}
