import FrontEndSupport
import SchemaIR
import SpecReader
import SpecgenDiagnostics

/// What both placement and translation need to know of an operation, derived once.
struct OperationRecord {
  /// The `operationId`, or a stable name from method and path (`OperationNaming`).
  var name: String
  /// The statuses of the responses that describe success (`Operation.successStatuses(among:kind:)`),
  /// in status order.
  var successStatuses: [Response.Status]
}

/// Every operation's `OperationRecord`, by the operation's location.
///
/// Placement names an operation's inline schemas after it (`createStream-response`), and the
/// translator names the `Operation`; both read the record made here, so the name is derived once
/// and the two cannot disagree.
final class OperationRecords {
  private var records: [NodeLocation: OperationRecord] = [:]

  /// Records every operation under the document's `paths` before anything is translated, so the
  /// record does not depend on whether placement or translation asks first. Leniently: what cannot be
  /// read here is read again, and reported, where the translator reads it.
  init(document: LocatedNode, resolver: ReferenceResolver) {
    guard let paths = try? document["paths"]?.entries("a mapping of paths") else { return }
    for (path, rawItem) in paths {
      guard let item = try? resolver.dereference(rawItem), let entries = try? item.entries("a path item") else {
        continue
      }
      for (method, operation) in entries where OperationTranslator.methods.contains(method) {
        _ = try? record(of: operation, method: method, path: path)
      }
    }
  }

  /// The record of `operation`, the `method` member of the path item for `path`.
  func record(of operation: LocatedNode, method: String, path: String) throws(DiagnosticError) -> OperationRecord {
    if let known = records[operation.location] { return known }
    let statuses = operation.node["responses"]?.mapping?.keys.compactMap(Response.Status.init(openAPIKey:)) ?? []
    let record = OperationRecord(
      name: OperationNaming.name(operationID: try operation.optionalText("operationId"), method: method, path: path),
      successStatuses: Operation.successStatuses(among: statuses))
    records[operation.location] = record
    return record
  }
}

/// Names operations: the `operationId`, or a stable one from method and path when there is none.
enum OperationNaming {
  /// `operationID` when it is not empty; else the method and the path's segments, a `{parameter}`
  /// as `by-parameter`: `get-streams-by-id`.
  static func name(operationID: String?, method: String, path: String) -> String {
    if let operationID, !operationID.isEmpty { return operationID }
    var words = [method.lowercased()]
    for segment in path.split(separator: "/") {
      if segment.hasPrefix("{"), segment.hasSuffix("}") {
        words.append("by-" + segment.dropFirst().dropLast())
      } else {
        words.append(String(segment))
      }
    }
    return words.joined(separator: "-")
  }
}

extension Response.Status {
  /// The status a key of an OpenAPI `responses` object names: `default`, a range (`2XX`, `4xx`) or a
  /// code from 100 to 599; nil for anything else (an `x-` extension, a mistake).
  init?(openAPIKey key: String) {
    if key == "default" {
      self = .default
    } else if key.count == 3, key.hasSuffix("XX") || key.hasSuffix("xx"), let digit = Int(key.prefix(1)) {
      self = .range(digit)
    } else if let code = Int(key), (100...599).contains(code) {
      self = .code(code)
    } else {
      return nil
    }
  }
}
