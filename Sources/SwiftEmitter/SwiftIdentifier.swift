/// Swift's reserved words and the names generated declarations must not take.
package enum SwiftIdentifier {
  /// Words that need backticks to be used as a member or case name.
  package static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
    "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
    "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
    "await", "false", "is", "nil", "super", "throws", "true", "try", "package", "_",
  ]

  /// Member names that even backticks do not make usable: `x.self` and `X.Type` mean something else.
  package static let unusableMemberNames: Set<String> = ["self", "Self", "Type", "Protocol"]

  /// Top-level type names that would shadow what generated or user code refers to; they get a `Model`
  /// suffix (`error` → `ErrorModel`). Nested names avoid them too, since a nested `String` would shadow
  /// `Swift.String` inside its parent.
  package static let reservedTypeNames: Set<String> = [
    "Error", "Task", "Result", "Type", "Protocol", "Any", "Self", "String", "Int", "Int32", "Int64", "Double", "Bool",
    "Data", "Date", "URL", "UUID", "Array", "Dictionary", "Set", "Optional", "Never", "Void", "Codable", "Encoder",
    "Decoder", "Encodable", "Decodable", "Hashable", "Sendable", "JSONValue", "Nullable", "DateTime", "Indirect",
    "AnyCodingKey", "CodingKey", "CodingKeys", "DecodingError", "RawValue", "AllCases", "CaseIterable",
    "RawRepresentable", "SpecgenRuntime", "Swift", "Foundation", "Validatable", "ValidationPath", "ValidationReport",
    // The runtime types request builders and clients name unqualified in code (see
    // `RuntimeNameReservationTests` for the ones that are only documented, and stay free), and the
    // errors users name in `catch` clauses: a schema called `HTTPErrorResponse` must not hide the runtime's.
    // `APIError` (a runtime type once) stays reserved so schemas named so keep their `Model` suffix.
    "Authorization", "BasicCredentials", "APIRequest", "APIResponse", "ParameterSerialization", "ResponseDecoding",
    "ServerURL", "Transport", "URLSessionTransport", "WebSocketURL", "XRPCError", "APIError", "ValidationError",
    "ResponseDecodingError", "HTTPRequestError", "Int64String", "UInt64String", "MediaWithMetadata", "UntaggedUnion",
    "VariantMembers", "FileUpload", "MultipartEncoding", "HTTPErrorResponse", "UnexpectedResponse", "ServerSentEvent",
    "ServerSentEventParser", "StreamingResponse", "StreamedResponse", "StreamingTransport", "OpenEnumeration",
    "ResponseHeaders", "XRPCSubscription", "WebSocketTransport", "PlatformWebSocketTransport", "JSONKind",
  ]

  /// `name` as it must be written in a declaration or after a dot: keywords get backticks.
  package static func escaped(_ name: String) -> String {
    keywords.contains(name) ? "`" + name + "`" : name
  }
}
