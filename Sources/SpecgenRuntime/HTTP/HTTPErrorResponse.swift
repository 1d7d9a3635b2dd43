import Foundation
import HTTPTypes

/// An error answer from any generated OpenAPI client: one `catch` reads the status and body of every
/// operation's error, whichever enum the operation throws.
///
/// ```swift
/// do { _ = try await client.getStream(id: id) }
/// catch let error as any HTTPErrorResponse { print(error.status, error.isDocumented) }
/// ```
public protocol HTTPErrorResponse: Error {
  /// The answer as received: status, headers and body.
  var response: APIResponse { get }
  /// Whether the status is documented and its body was read as the documented type.
  var isDocumented: Bool { get }
}

extension HTTPErrorResponse {
  /// The answer's HTTP status.
  public var status: Int { response.status }
  /// The answer's header fields.
  public var headers: HTTPFields { response.headers }
  /// The answer's raw body.
  public var body: Data { response.body }
}

/// An answer the operation does not document (or whose body is not of its documented type): the
/// answer as received, and why it could not be read.
public struct UnexpectedResponse: HTTPErrorResponse, CustomStringConvertible {
  public var response: APIResponse
  /// Why the body could not be read as documented (a `ResponseDecodingError`); nil for a status the
  /// operation documents nothing for.
  public var underlying: (any Error)?

  public init(_ response: APIResponse, underlying: (any Error)? = nil) {
    self.response = response
    self.underlying = underlying
  }

  public var isDocumented: Bool { false }

  public var description: String {
    "unexpected answer, status \(response.status)" + (underlying.map { ": \($0)" } ?? "")
  }
}
