// The round trip of scripts/check-wire.sh: every instance decodes through its generated type and
// re-encodes to equal JSON, decoded both by the runtime's `StrictJSONDecoder` (the generated clients'
// response path, where unions read the variant of the value's kind) and by `JSONDecoder` (a decoder
// that cannot tell kinds, where unions try each variant). make_wire.py appends `runChecks`, one
// `check` per tested schema.

/// Numbers compare by value (`1` and `1.0` are the same JSON number), objects ignore key order.
func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
  switch (a, b) {
  case (.object(let x), .object(let y)):
    return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
  case (.array(let x), .array(let y)):
    return x.count == y.count && zip(x, y).allSatisfy(same)
  default:
    if let x = a.doubleValue, let y = b.doubleValue { return x == y }
    return a == b
  }
}

/// Where two JSON values first differ (`/0/status/progress: 1.5 vs 2`), for failure reports.
func difference(_ a: JSONValue, _ b: JSONValue, at path: String = "") -> String? {
  switch (a, b) {
  case (.object(let x), .object(let y)):
    for key in Set(x.keys).union(y.keys).sorted() {
      guard let u = x[key], let v = y[key] else {
        return "\(path)/\(key): " + (y[key] == nil ? "missing after re-encoding" : "added by re-encoding")
      }
      if let found = difference(u, v, at: path + "/" + key) { return found }
    }
    return nil
  case (.array(let x), .array(let y)):
    guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) items" }
    for (index, pair) in zip(x, y).enumerated() {
      if let found = difference(pair.0, pair.1, at: path + "/" + String(index)) { return found }
    }
    return nil
  default:
    return same(a, b) ? nil : "\(path): \(a) re-encoded as \(b)"
  }
}

/// Counts and failures of one run.
struct WireRun {
  let folder = URL(fileURLWithPath: "@FOLDER@")
  var schemas = 0
  var total = 0
  var decoded = 0
  var equal = 0
  var failures: [String] = []

  mutating func check<T: Codable>(_ file: String, _ label: String, _ type: T.Type) {
    schemas += 1
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(file + ".json")),
      case .array(let instances)? = try? JSONDecoder().decode(JSONValue.self, from: data)
    else { return failures.append(label + ": no instances") }
    for instance in instances {
      total += 1
      guard let body = try? JSONEncoder().encode(instance) else { continue }
      do {
        let strict = try StrictJSONDecoder().decode(T.self, from: body)
        let foundation = try JSONDecoder().decode(T.self, from: body)
        decoded += 1
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(strict))
        let againFromFoundation = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(foundation))
        if !same(again, instance) {
          failures.append(label + " (StrictJSONDecoder): " + (difference(instance, again) ?? "?").prefix(600))
        } else if !same(againFromFoundation, instance) {
          failures.append(label + " (JSONDecoder): " + (difference(instance, againFromFoundation) ?? "?").prefix(600))
        } else {
          equal += 1
        }
      } catch {
        failures.append(
          label + ": " + String(describing: error).prefix(400) + " for "
            + String(decoding: body, as: UTF8.self).prefix(300))
      }
    }
  }
}

@main struct WireCheck {
  static func main() {
    var run = WireRun()
    runChecks(&run)
    for failure in run.failures { print("FAILED " + failure) }
    print("\(run.schemas) schemas, \(run.total) instances, \(run.decoded) decoded, \(run.equal) equal")
    // A spec whose bodies reach no declared type (only scalars and arrays of them) has nothing to check.
    if run.equal != run.total { exit(1) }
  }
}
