import Foundation
import HTTPTypes

/// A media upload that carries its metadata in the same request: a `multipart/related` body whose
/// first part is the metadata as JSON and whose second part is the media (Google's
/// `uploadType=multipart`).
public struct MediaWithMetadata<Metadata: Encodable & Sendable>: Sendable {
  public var metadata: Metadata
  public var media: Data
  /// The media's type, e.g. `video/mp4`; sent as the second part's `Content-Type`.
  public var mediaType: String

  public init(metadata: Metadata, media: Data, mediaType: String) {
    self.metadata = metadata
    self.media = media
    self.mediaType = mediaType
  }
}

extension APIRequest {
  /// Sets a `multipart/related` body: the metadata as JSON, then the media. The boundary is random,
  /// so it cannot occur in the media by accident.
  public mutating func setMultipartRelatedBody<Metadata>(
    _ value: MediaWithMetadata<Metadata>, boundary: String = "specgen-" + UUID().uuidString
  ) throws {
    var data = Data("--\(boundary)\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n".utf8)
    data += try RequestBodyEncoding.json(value.metadata)
    data += Data("\r\n--\(boundary)\r\nContent-Type: \(value.mediaType)\r\n\r\n".utf8)
    data += value.media
    data += Data("\r\n--\(boundary)--\r\n".utf8)
    body = data
    setHeader(.contentType, "multipart/related; boundary=\(boundary)")
  }
}
