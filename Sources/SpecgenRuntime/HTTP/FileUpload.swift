import Foundation
import HTTPTypes

/// A file to send: its bytes, with the file name and media type a `multipart/form-data` part carries.
///
/// OpenAPI `format: binary` (a file part of a multipart body) is generated as this type:
///
/// ```swift
/// let file = try FileUpload(contentsOf: URL(fileURLWithPath: "talk.mp4"), contentType: "video/mp4")
/// ```
///
/// Inside a JSON document (where no file can be) it is written as the bytes read as UTF-8 text, and a
/// JSON string is read back as its UTF-8 bytes, so such a member still round-trips.
public struct FileUpload: Sendable, Hashable, Codable {
  /// The file's bytes.
  public var data: Data
  /// The name sent as the part's `filename` (`Content-Disposition`); `nil` sends none.
  public var filename: String?
  /// The part's `Content-Type`, e.g. `video/mp4`; `nil` takes the one the spec's `encoding` names,
  /// else `application/octet-stream`.
  public var contentType: String?
  /// The file the bytes come from, for a file given by URL: a multipart body holding it is then
  /// written to a temporary file chunk by chunk and uploaded from there, never whole in memory.
  public var fileURL: URL?

  public init(data: Data, filename: String? = nil, contentType: String? = nil) {
    self.data = data
    self.filename = filename
    self.contentType = contentType
  }

  /// The file at `url`, streamed when sent (`fileURL`); `data` maps it (when the system allows) for
  /// whoever reads the bytes directly. `filename` defaults to the URL's last path component.
  public init(contentsOf url: URL, filename: String? = nil, contentType: String? = nil) throws {
    self.data = try Data(contentsOf: url, options: .mappedIfSafe)
    self.filename = filename ?? url.lastPathComponent
    self.contentType = contentType
    self.fileURL = url
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    self.init(data: Data(text.utf8))
  }

  public func encode(to encoder: any Encoder) throws {
    if let collector = encoder.userInfo[FileCollector.key] as? FileCollector, FileCollector.isPart(encoder.codingPath) {
      // A multipart body is being written: the file stands in as a token its part replaces.
      var container = encoder.singleValueContainer()
      try container.encode(collector.token(for: self))
      return
    }
    var container = encoder.singleValueContainer()
    try container.encode(String(decoding: data, as: UTF8.self))
  }
}

/// How one member of a `multipart/form-data` body is sent (the OpenAPI `encoding` object).
public struct MultipartEncoding: Sendable, Hashable {
  /// The part's `Content-Type` (for a list such as `image/png, image/jpeg`, a file's own
  /// `contentType` picks one; the first is the default).
  public var contentType: String?

  public init(contentType: String? = nil) {
    self.contentType = contentType
  }
}
