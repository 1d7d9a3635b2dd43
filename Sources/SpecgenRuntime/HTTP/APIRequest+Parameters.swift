import Foundation
import HTTPTypes

/// The steps generated request builders take, one line each.
extension APIRequest {
  /// Appends the query items of parameter `name` (nothing for `nil`).
  public mutating func addQuery<Value: Encodable>(
    _ name: String, _ value: Value?, style: ParameterStyle = .form, explode: Bool? = nil
  ) throws {
    query += try ParameterSerialization.queryItems(name, value, style: style, explode: explode)
  }

  /// Adds header parameter `name` (`simple` style; nothing for `nil`).
  public mutating func addHeader<Value: Encodable>(_ name: String, _ value: Value?, explode: Bool = false) throws {
    guard let text = try ParameterSerialization.headerValue(name, value, explode: explode) else { return }
    headers.append(HTTPField(name: try HTTPField.Name.checked(name), value: text))
  }

  /// Adds cookie parameter `name` to the `Cookie` header (nothing for `nil`).
  public mutating func addCookie<Value: Encodable>(_ name: String, _ value: Value?) throws {
    guard let pair = try ParameterSerialization.cookie(name, value) else { return }
    setHeader(.cookie, headers[.cookie].map { $0 + "; " + pair } ?? pair)
  }

  /// Sets a JSON body and its `Content-Type`.
  public mutating func setJSONBody<Body: Encodable>(_ body: Body, contentType: String = "application/json") throws {
    self.body = try RequestBodyEncoding.json(body)
    setHeader(.contentType, contentType)
  }

  /// Sets an `application/x-www-form-urlencoded` body.
  public mutating func setFormBody<Body: Encodable>(_ body: Body) throws {
    self.body = try RequestBodyEncoding.formURLEncoded(body)
    setHeader(.contentType, "application/x-www-form-urlencoded")
  }

  /// Sets a `multipart/form-data` body and its random boundary; `encoding` is the spec's `encoding`
  /// object (a part's `Content-Type`, by member name).
  public mutating func setMultipartBody<Body: Encodable>(_ body: Body, encoding: [String: MultipartEncoding] = [:])
    throws
  {
    let multipart = try RequestBodyEncoding.multipartParts(body, encoding: encoding)
    if multipart.streamsFiles {
      // A file given by URL: the body goes to a temporary file, uploaded from there.
      self.body = nil
      self.bodyFile = try multipart.writeFile()
    } else {
      self.body = multipart.data()
    }
    setHeader(.contentType, multipart.contentType)
  }

  /// Sets raw bytes of type `contentType`.
  public mutating func setRawBody(_ body: Data, contentType: String) {
    self.body = body
    setHeader(.contentType, contentType)
  }

  /// Sets a raw body of a media type the caller names, which must lie within `range`, the media range
  /// the spec accepts (`video/*`, `*/*`); throws `HTTPRequestError.contentTypeOutsideRange` otherwise,
  /// so a request never claims a type the API does not take.
  public mutating func setRawBody(_ body: Data, contentType: String, within range: String) throws {
    guard MediaRange.contains(range, contentType) else {
      throw HTTPRequestError.contentTypeOutsideRange(contentType: contentType, range: range)
    }
    setRawBody(body, contentType: contentType)
  }
}

/// Media ranges (`type/*`, `*/*`) as the `Accept`-style wildcards of a request body's media types.
enum MediaRange {
  /// Whether `mediaType` (a concrete `type/subtype`, parameters allowed) lies within `range`.
  static func contains(_ range: String, _ mediaType: String) -> Bool {
    guard let (type, subtype) = parts(mediaType), type != "*", subtype != "*",
      let (rangeType, rangeSubtype) = parts(range)
    else { return false }
    if rangeType == "*" { return rangeSubtype == "*" }
    return rangeType == type && (rangeSubtype == "*" || rangeSubtype == subtype)
  }

  /// `Video/MP4; codecs=x` → (`video`, `mp4`); nil unless both halves are HTTP tokens.
  private static func parts(_ text: String) -> (String, String)? {
    let essence = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
    let halves = essence.trimmingCharacters(in: .whitespaces).lowercased().split(
      separator: "/", omittingEmptySubsequences: false)
    guard halves.count == 2, halves.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isTokenCharacter) }) else { return nil }
    return (String(halves[0]), String(halves[1]))
  }

  private static func isTokenCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue, ascii > 32, ascii < 127 else { return false }
    return !"()<>@,;:\\\"/[]?={}".contains(character)
  }
}
