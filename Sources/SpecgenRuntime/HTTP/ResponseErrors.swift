import Foundation

/// A success status whose body could not be read as the spec says.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
  public var status: Int
  public var mediaType: String?
  public var body: Data
  /// Why: a `DecodingError`, or the text of a body that is not UTF-8.
  public var underlying: any Error

  public init(status: Int, mediaType: String?, body: Data, underlying: any Error) {
    self.status = status
    self.mediaType = mediaType
    self.body = body
    self.underlying = underlying
  }

  public var description: String {
    "status \(status) (\(mediaType ?? "no media type")): \(underlying)"
  }
}

/// The body of an XRPC error answer: `{"error": "RecordNotFound", "message": "..."}`.
public struct XRPCError: Error, Codable, Sendable, Hashable {
  /// The error name; may be absent for transport-level failures.
  public var error: String?
  public var message: String?
  /// The HTTP status of the answer (not part of the body).
  public var status: Int

  public init(status: Int, error: String?, message: String?) {
    self.status = status
    self.error = error
    self.message = message
  }

  private enum CodingKeys: String, CodingKey {
    case error
    case message
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    status = 0
    error = try container.decodeIfPresent(String.self, forKey: .error)
    message = try container.decodeIfPresent(String.self, forKey: .message)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(error, forKey: .error)
    try container.encodeIfPresent(message, forKey: .message)
  }

  /// Reads an error answer; a body that is not an XRPC error keeps only the status.
  public init(response: APIResponse) {
    let decoded = try? StrictJSONDecoder().decode(XRPCError.self, from: response.body)
    self.init(status: response.status, error: decoded?.error, message: decoded?.message)
  }
}

/// Decoding helpers generated response decoders call.
public enum ResponseDecoding {
  /// Whether `mediaType` is JSON (`application/json` or any `+json` type).
  public static func isJSON(_ mediaType: String?) -> Bool {
    guard let mediaType else { return false }
    return mediaType == "application/json" || mediaType.hasSuffix("+json")
  }

  /// Decodes a JSON body as `Body` with ``StrictJSONDecoder``, wrapping failures with the status and raw bytes.
  public static func json<Body: Decodable>(_ type: Body.Type, from response: APIResponse) throws -> Body {
    do {
      return try StrictJSONDecoder().decode(Body.self, from: response.body)
    } catch {
      throw ResponseDecodingError(
        status: response.status, mediaType: response.mediaType, body: response.body, underlying: error)
    }
  }

  /// A text body (`text/plain`, `text/html`, ...) as a `String`; it must be UTF-8.
  public static func text(_ response: APIResponse) throws -> String {
    guard let text = String(data: response.body, encoding: .utf8) else {
      throw ResponseDecodingError(
        status: response.status, mediaType: response.mediaType, body: response.body,
        underlying: CocoaError(.fileReadInapplicableStringEncoding))
    }
    return text
  }
}

/// Builds base URLs from `servers` entries with `{variables}`.
public enum ServerURL {
  /// `https://{region}.example.com/v1` with `["region": "eu"]` → `https://eu.example.com/v1`.
  public static func resolve(_ template: String, variables: [String: String] = [:]) throws -> URL {
    var text = template
    for (name, value) in variables {
      text = text.replacingOccurrences(of: "{" + name + "}", with: value)
    }
    guard let url = URL(string: text) else { throw HTTPRequestError.invalidURL(text) }
    return url
  }
}

/// WebSocket URLs for XRPC subscriptions.
public enum WebSocketURL {
  /// The request's URL below `serverURL`, with `https` → `wss` and `http` → `ws`.
  public static func make(_ request: APIRequest, serverURL: URL) throws -> URL {
    let text = try request.url(relativeTo: serverURL).absoluteString
    let converted: String
    if text.hasPrefix("https://") {
      converted = "wss://" + text.dropFirst("https://".count)
    } else if text.hasPrefix("http://") {
      converted = "ws://" + text.dropFirst("http://".count)
    } else {
      converted = text
    }
    guard let url = URL(string: converted) else { throw HTTPRequestError.invalidURL(converted) }
    return url
  }
}
