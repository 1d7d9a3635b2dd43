import Foundation
import HTTPTypes

/// Collects the `FileUpload`s a body holds while it is encoded, each replaced by a token string.
final class FileCollector: @unchecked Sendable {
  static let key = CodingUserInfoKey(rawValue: "specgen.fileCollector")!
  /// A prefix no JSON text a caller writes starts with (a NUL character).
  private static let prefix = "\u{0}specgen-file-"
  private(set) var files: [FileUpload] = []

  /// Whether a value at `path` is a part of its own: a top-level member of the body or an element of
  /// one; a file deeper inside an object is written as JSON text.
  static func isPart(_ path: [any CodingKey]) -> Bool {
    path.count == 1 || path.count == 2 && path[1].intValue != nil
  }

  func token(for file: FileUpload) -> String {
    files.append(file)
    return Self.prefix + String(files.count - 1)
  }

  func file(for value: JSONValue) -> FileUpload? {
    guard case .string(let text) = value, text.hasPrefix(Self.prefix),
      let index = Int(text.dropFirst(Self.prefix.count)), files.indices.contains(index)
    else { return nil }
    return files[index]
  }
}

extension RequestBodyEncoding {
  /// `multipart/form-data` (RFC 7578): one part per top-level member, an array one part per element.
  /// A `FileUpload` is sent as its bytes with `filename` and its `Content-Type` (its own, else the
  /// member's `encoding`, else `application/octet-stream`); an object as JSON (`application/json`);
  /// anything else as text. `encoding` (by member name) overrides a part's default type. The boundary
  /// is random, so it cannot occur in a file by accident. Returns the body and the `Content-Type`.
  public static func multipart<Body: Encodable>(
    _ body: Body, encoding: [String: MultipartEncoding] = [:], boundary: String = "specgen-" + UUID().uuidString
  ) throws -> (body: Data, contentType: String) {
    let multipart = try multipartParts(body, encoding: encoding, boundary: boundary)
    return (multipart.data(), multipart.contentType)
  }

  /// The pieces of a `multipart/form-data` body, as `multipart` writes them, before they are joined:
  /// in memory, or into a file when a part is a file given by URL.
  static func multipartParts<Body: Encodable>(
    _ body: Body, encoding: [String: MultipartEncoding] = [:], boundary: String = "specgen-" + UUID().uuidString
  ) throws -> MultipartBody {
    let collector = FileCollector()
    var encoder = JSONValueEncoder()
    encoder.userInfo[FileCollector.key] = collector
    guard case .object(let members) = try encoder.encode(body) else {
      throw HTTPRequestError.unsupportedParameter(name: "body", reason: "a multipart body must be an object")
    }
    var result = MultipartBody(contentType: "multipart/form-data; boundary=\(boundary)")
    for (name, value) in members.sorted(by: { $0.key < $1.key }) {
      let values: [JSONValue]
      if case .array(let elements) = value { values = elements } else { values = [value] }
      let declared = encoding[name]?.contentType.flatMap(Self.firstMediaType)
      for element in values {
        if case .null = element { continue }
        var disposition = "form-data; name=\"\(Self.quoted(name))\""
        let contentType: String?
        let content: MultipartBody.Piece
        if let file = collector.file(for: element) {
          if let filename = file.filename { disposition += "; filename=\"\(Self.quoted(filename))\"" }
          contentType = file.contentType ?? declared ?? "application/octet-stream"
          content = .file(file)
        } else {
          switch element {
          case .object, .array: contentType = declared ?? "application/json"
          default: contentType = declared
          }
          content = .bytes(Data(try partText(element, name: name).utf8))
        }
        var head = "--\(boundary)\r\nContent-Disposition: \(disposition)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        result.pieces += [.bytes(Data((head + "\r\n").utf8)), content, .bytes(Data("\r\n".utf8))]
      }
    }
    result.pieces.append(.bytes(Data("--\(boundary)--\r\n".utf8)))
    return result
  }

  /// `image/png` of `image/png, image/jpeg`; nil for a wildcard (`image/*`), which names no type.
  private static func firstMediaType(_ list: String) -> String? {
    let first = list.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    return first.isEmpty || first.contains("*") ? nil : first
  }

  /// A name or file name inside quotes, as browsers write it: `"`, CR and LF percent-encoded.
  private static func quoted(_ text: String) -> String {
    text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }
}

/// A `multipart/form-data` body in pieces: text written here, and the files' bytes.
struct MultipartBody {
  enum Piece {
    case bytes(Data)
    case file(FileUpload)
  }

  var contentType: String
  var pieces: [Piece] = []

  /// Whether a part is a file given by URL, so the body is better written to a file than to memory.
  var streamsFiles: Bool {
    pieces.contains { if case .file(let file) = $0 { file.fileURL != nil } else { false } }
  }

  /// The whole body in memory.
  func data() -> Data {
    var data = Data()
    for piece in pieces {
      switch piece {
      case .bytes(let bytes): data += bytes
      case .file(let file): data += file.data
      }
    }
    return data
  }

  /// The whole body in a temporary file, each file given by URL copied chunk by chunk.
  func writeFile() throws -> BodyFile {
    let writer = try BodyFileWriter()
    do {
      for piece in pieces {
        switch piece {
        case .bytes(let bytes): try writer.write(bytes)
        case .file(let file):
          if let url = file.fileURL { try writer.copy(from: url) } else { try writer.write(file.data) }
        }
      }
      return try writer.finish()
    } catch {
      writer.discard()
      throw error
    }
  }
}
