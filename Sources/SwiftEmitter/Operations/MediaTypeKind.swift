/// How a body in one media type is written and read.
enum MediaTypeKind: Hashable {
  case json
  case formURLEncoded
  case multipart
  /// `multipart/related`: JSON metadata and media in one body (`MediaWithMetadata<Metadata>`).
  case multipartRelated
  /// Raw bytes (`application/octet-stream`, `image/png`, `*/*`, ...).
  case raw

  init(_ mediaType: String) {
    let essence = Self.essence(mediaType)
    if essence == "application/json" || essence.hasSuffix("+json") {
      self = .json
    } else if essence == "application/x-www-form-urlencoded" {
      self = .formURLEncoded
    } else if essence == "multipart/related" {
      self = .multipartRelated
    } else if essence.hasPrefix("multipart/") {
      self = .multipart
    } else {
      self = .raw
    }
  }

  /// Whether a response in `mediaType` is read as a `String`: `text/*` (an event stream is not text).
  static func isText(_ mediaType: String) -> Bool {
    let essence = Self.essence(mediaType)
    return essence.hasPrefix("text/") && essence != "text/event-stream"
  }

  /// `text/event-stream; charset=utf-8` → `text/event-stream`: the type without parameters, lowercased.
  static func essence(_ mediaType: String) -> String {
    String(mediaType.lowercased().split(separator: ";", maxSplits: 1).first ?? "")
  }

  /// The enum case a caller picks this media type with, when a body has several.
  var caseBaseName: String {
    switch self {
    case .json: return "json"
    case .formURLEncoded: return "formURLEncoded"
    case .multipart: return "multipart"
    case .multipartRelated: return "multipartRelated"
    case .raw: return "raw"
    }
  }
}
