import Foundation

/// A request body held in a file rather than in memory: a `multipart/form-data` upload of a file
/// given by URL is written here in chunks, so a multi-gigabyte video never sits in memory whole.
///
/// `URLSessionTransport` uploads it from the file (FoundationNetworking reads it in chunks) and
/// `OpenAPIClientTransport` streams it; any other transport reads `APIRequest.bodyData()`, which maps
/// the file rather than reading it into memory. A temporary file is removed when the last request
/// holding it is gone.
public final class BodyFile: Sendable, Hashable {
  /// Where the body is.
  public let url: URL
  /// Its length in bytes.
  public let length: Int64
  private let isTemporary: Bool

  /// The body in the file at `url`; `temporary` removes the file when this object goes away.
  public init(url: URL, temporary: Bool) throws {
    self.url = url
    self.isTemporary = temporary
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    self.length = (attributes[.size] as? NSNumber)?.int64Value ?? 0
  }

  deinit {
    if isTemporary { try? FileManager.default.removeItem(at: url) }
  }

  /// The file's bytes, memory-mapped (pages are read as they are touched, not all at once).
  public func mappedData() throws -> Data {
    try Data(contentsOf: url, options: .alwaysMapped)
  }

  public static func == (lhs: BodyFile, rhs: BodyFile) -> Bool { lhs.url == rhs.url }
  public func hash(into hasher: inout Hasher) { hasher.combine(url) }
}

/// Writes a body to a new temporary file piece by piece: small pieces from memory, files copied in
/// 1 MiB chunks.
struct BodyFileWriter {
  private let url: URL
  private let handle: FileHandle

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-body-" + UUID().uuidString)
    guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
    else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    handle = try FileHandle(forWritingTo: url)
  }

  func write(_ data: Data) throws {
    try handle.write(contentsOf: data)
  }

  /// Appends the file at `source` without holding more than one chunk of it in memory.
  func copy(from source: URL) throws {
    let reader = try FileHandle(forReadingFrom: source)
    defer { try? reader.close() }
    while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
      try handle.write(contentsOf: chunk)
    }
  }

  /// Closes the file and hands it over as a temporary body.
  func finish() throws -> BodyFile {
    try handle.close()
    return try BodyFile(url: url, temporary: true)
  }

  /// Closes and removes the file after a failure.
  func discard() {
    try? handle.close()
    try? FileManager.default.removeItem(at: url)
  }
}
