import Foundation
import HTTPTypes

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

  /// Adds this credential to `request`; throws `HTTPRequestError.invalidHeaderName` for an API key
  /// header whose name HTTP does not allow.
  public func apply(to request: inout APIRequest) throws {
    switch self {
    case .bearer(let token):
      request.setHeader(.authorization, "Bearer " + token)
    case .basic(let username, let password):
      request.setHeader(.authorization, "Basic " + Data((username + ":" + password).utf8).base64EncodedString())
    case .apiKeyHeader(let name, let value):
      try request.setHeader(named: name, value)
    case .apiKeyQuery(let name, let value):
      request.query.append(
        APIRequest.QueryItem(name: PercentEncoding.encode(name), value: PercentEncoding.encode(value)))
    case .apiKeyCookie(let name, let value):
      let pair = name + "=" + PercentEncoding.encode(value)
      request.setHeader(.cookie, request.headers[.cookie].map { $0 + "; " + pair } ?? pair)
    }
  }
}

extension APIRequest {
  /// Authorizes this request with the first of `alternatives` (each a list of security scheme
  /// names) all of whose credentials `credential` finds; leaves it as it is when none can be satisfied.
  public mutating func authorize(_ alternatives: [[String]], credential: (String) -> Authorization?) throws {
    for alternative in alternatives {
      let authorizations = alternative.compactMap(credential)
      guard authorizations.count == alternative.count else { continue }
      for authorization in authorizations {
        try authorization.apply(to: &self)
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
