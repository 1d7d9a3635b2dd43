import Foundation

/// Checks on AT Protocol `bytes` and blobs, held as `ATBytes` / `Blob` or, in code generated before
/// those types existed, as `JSONValue`.
extension ValidationReport {
  /// Lengths of `bytes` (counted in decoded bytes).
  public mutating func check(bytes value: ATBytes?, at path: ValidationPath, _ constraints: Constraint...) {
    guard let value else { return }
    for constraint in constraints {
      checkBinary(byteCount: value.data.count, mimeType: nil, size: nil, constraint, at: path)
    }
  }

  /// `accept` and `maxSize` of a blob; a legacy blob (no `size`) passes `maxSize`.
  public mutating func check(blob value: Blob?, at path: ValidationPath, _ constraints: Constraint...) {
    guard let value else { return }
    let size = value.isLegacy ? nil : Int64(value.size)
    for constraint in constraints {
      checkBinary(byteCount: nil, mimeType: value.mimeType, size: size, constraint, at: path)
    }
  }

  mutating func checkBinary(_ members: [String: JSONValue], _ constraint: Constraint, at path: ValidationPath) {
    var size: Int64?
    if case .integer(let value) = members["size"] { size = value }
    checkBinary(
      byteCount: Self.decodedByteCount(members), mimeType: members["mimeType"]?.stringValue, size: size, constraint,
      at: path)
  }

  private mutating func checkBinary(
    byteCount: Int?, mimeType: String?, size: Int64?, _ constraint: Constraint, at path: ValidationPath
  ) {
    switch constraint {
    case .minLength(let limit, _):
      guard let count = byteCount, count < limit else { return }
      add(.minLength, at: path, "must be at least \(limit) \(LengthUnit.bytes.noun(limit)) long (got \(count))")
    case .maxLength(let limit, _):
      guard let count = byteCount, count > limit else { return }
      add(.maxLength, at: path, "must be at most \(limit) \(LengthUnit.bytes.noun(limit)) long (got \(count))")
    case .mediaTypes(let accepted):
      guard !accepted.isEmpty, let mediaType = mimeType,
        !accepted.contains(where: { Self.mediaType(mediaType, matches: $0) })
      else { return }
      add(.mediaType, at: path, "must be one of \(accepted.joined(separator: ", ")) (got \(mediaType))")
    case .maxSize(let limit):
      guard let size, size > limit else { return }
      add(.maxSize, at: path, "must be at most \(limit) bytes (got \(size))")
    default:
      return
    }
  }

  /// The length of `{"$bytes": "<base64>"}`'s data; AT Protocol writes base64 without padding.
  private static func decodedByteCount(_ members: [String: JSONValue]) -> Int? {
    guard case .string(let text) = members["$bytes"] else { return nil }
    let padded = text + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
    return Data(base64Encoded: padded)?.count
  }

  /// `image/png` matches `image/png`, `image/*` and `*/*` (case-insensitively, parameters ignored).
  static func mediaType(_ mediaType: String, matches pattern: String) -> Bool {
    let type = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let lowered = type.lowercased()
    let wanted = pattern.lowercased()
    if wanted == "*/*" || wanted == lowered { return true }
    guard wanted.hasSuffix("/*") else { return false }
    return lowered.hasPrefix(wanted.dropLast())
  }
}
