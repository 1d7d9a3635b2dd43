import Foundation

/// A credential applied to a request, as a security scheme of the spec describes it.
public enum Authorization: Sendable, Hashable {
  /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2, OpenID Connect).
  case bearer(String)
  /// `Authorization: Basic base64(username:password)`.
  case basic(username: String, password: String)
  /// An API key in a header.
  case apiKeyHeader(name: String, value: String)
  /// An API key in a query item.
  case apiKeyQuery(name: String, value: String)
  /// An API key in a cookie.
  case apiKeyCookie(name: String, value: String)

  /// Adds this credential to `request`.
  public func apply(to request: inout HTTPRequest) {
    switch self {
    case .bearer(let token):
      request.setHeader("Authorization", "Bearer " + token)
    case .basic(let username, let password):
      request.setHeader("Authorization", "Basic " + Data((username + ":" + password).utf8).base64EncodedString())
    case .apiKeyHeader(let name, let value):
      request.setHeader(name, value)
    case .apiKeyQuery(let name, let value):
      request.query.append(
        HTTPRequest.QueryItem(name: PercentEncoding.encode(name), value: PercentEncoding.encode(value)))
    case .apiKeyCookie(let name, let value):
      let pair = name + "=" + PercentEncoding.encode(value)
      if let cookie = request.header("Cookie") {
        request.setHeader("Cookie", cookie + "; " + pair)
      } else {
        request.setHeader("Cookie", pair)
      }
    }
  }
}

extension HTTPRequest {
  /// Authorizes this request with the first of `alternatives` (each a list of security scheme
  /// names) all of whose credentials `credential` finds; leaves it as it is when none can be satisfied.
  public mutating func authorize(_ alternatives: [[String]], credential: (String) -> Authorization?) {
    for alternative in alternatives {
      let authorizations = alternative.compactMap(credential)
      guard authorizations.count == alternative.count else { continue }
      for authorization in authorizations {
        authorization.apply(to: &self)
      }
      return
    }
  }
}

/// A user name and password for HTTP basic authentication.
public struct BasicCredentials: Sendable, Hashable {
  public var username: String
  public var password: String

  public init(username: String, password: String) {
    self.username = username
    self.password = password
  }
}
