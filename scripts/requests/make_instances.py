"""Random schema-valid response bodies (hypothesis-jsonschema) and a Swift program that decodes each
with the generated client's response decoder and checks that re-encoding gives equal JSON.

    python3 make_instances.py <openapi.yaml> <Module> <count> <instances-dir>  > main.swift

For every operation whose success answer is one JSON schema, writes <count> instances to
<instances-dir>/<method>.json. Schemas are closed (`additionalProperties: false` where nothing
is said) because generated models drop members the schema does not list, by design; recursive
schemas, which hypothesis-jsonschema cannot generate from, are reported and skipped. Schemas with
properties but no type are read as objects and integers as 64-bit, as the generator reads them.
"""

import contextlib
import json
import os
import sys
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from samples import load_document
from make_driver import Allocator, member_name, METHODS

KNOWN_FORMATS = {"date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname"}
DROP = {"example", "examples", "discriminator", "xml", "externalDocs", "readOnly", "writeOnly", "deprecated",
        "contentMediaType", "contentEncoding", "nullable"}


def closed(node, in_properties=False):
    """Copy of `node` with OpenAPI-only keywords dropped and objects closed."""
    if isinstance(node, list):
        return [closed(n) for n in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key in DROP and not in_properties:
            continue
        if key == "format" and not in_properties and value not in KNOWN_FORMATS:
            continue
        if key == "properties" and not in_properties:
            result[key] = {name: closed(schema) for name, schema in value.items()}
        elif key == "components" or key == "schemas":
            result[key] = {name: closed(schema) for name, schema in value.items()}
        else:
            result[key] = closed(value)
    if "properties" in result and not in_properties:
        # A required member the schema does not describe (Livepeer `room.events`) is any JSON value.
        for name in result.get("required", []):
            result["properties"].setdefault(name, {})
    if "properties" in result and "additionalProperties" not in result and "allOf" not in result:
        result["additionalProperties"] = False
    # As the generator reads them: a schema with properties and no type is an object, and an integer
    # is a 64-bit Swift Int (JSON Schema integers are unbounded).
    if "properties" in result and "type" not in result and not in_properties:
        if not any(k in result for k in ("oneOf", "anyOf", "allOf", "$ref")):
            result["type"] = "object"
    if result.get("type") == "integer":
        result.setdefault("minimum", -(2**63))
        result.setdefault("maximum", 2**63 - 1)
    if result.get("type") == "number" and "format" in result:
        del result["format"]
    return result


def main():
    spec_path, module, count, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    document = load_document(spec_path)
    components = closed({"schemas": document.get("components", {}).get("schemas", {})})
    methods = Allocator(["serverURL", "transport", "credentials", "send", "authorizations", "authorization", "init"])
    checks, skipped = [], []
    # ROUND_TRIP_OPERATIONS=getClips,getAssets narrows a run to those operations (to chase a failure).
    only = set(filter(None, os.environ.get("ROUND_TRIP_OPERATIONS", "").split(",")))
    for path, item in document.get("paths", {}).items():
        for method in [m for m in item if m in METHODS]:
            operation = item[method]
            base = member_name(operation.get("operationId") or method + path)
            name = methods.allocate(base)
            methods.allocate(base + "Request")
            decoder = methods.allocate(base + "Response")
            if only and name not in only:
                continue
            responses = operation.get("responses", {})
            successes = sorted(k for k in responses if str(k).startswith("2"))
            if len(successes) != 1:
                skipped.append((name, "%d success statuses" % len(successes)))
                continue
            content = (responses[successes[0]].get("content") or {}).get("application/json")
            if not content or "schema" not in content:
                skipped.append((name, "no JSON body"))
                continue
            schema = dict(closed(content["schema"]), components=components)
            instances = []
            try:
                # hypothesis reports to stdout, which carries the Swift program.
                with warnings.catch_warnings(), contextlib.redirect_stdout(sys.stderr):
                    warnings.simplefilter("ignore")

                    @settings(max_examples=count + 25, database=None, deadline=None,
                              suppress_health_check=list(HealthCheck))
                    @given(from_schema(schema))
                    def collect(value):
                        if len(instances) < count and value not in instances:
                            instances.append(value)

                    collect()
            except Exception as error:
                skipped.append((name, type(error).__name__ + ": " + str(error).split("\n")[0][:160]))
                continue
            if len(instances) < count:
                skipped.append((name, "only %d distinct instances" % len(instances)))
                if not instances:
                    continue
            with open(os.path.join(folder, name + ".json"), "w") as handle:
                json.dump(instances, handle)
            status = 200 if successes[0].upper() == "2XX" else int(successes[0])
            checks.append((name, decoder, status))
    for name, reason in skipped:
        print("// skipped %s: %s" % (name, reason))
    print("import Foundation")
    print("import SpecgenRuntime")
    print("import " + module)
    print(TEMPLATE_HEAD.replace("@FOLDER@", folder))
    for name, decoder, status in checks:
        print("    check(%s, %d) { try JSONEncoder().encode(%sClient.%s($0)) }" % (
            json.dumps(name), status, module, decoder))
    print(TEMPLATE_TAIL)


TEMPLATE_HEAD = r'''
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

@main struct RoundTrip {
  static func main() throws {
    let folder = URL(fileURLWithPath: "@FOLDER@")
    var total = 0
    var decoded = 0
    var equal = 0
    var failures: [String] = []
    func check(_ name: String, _ status: Int, _ roundTrip: (HTTPResponse) throws -> Data) {
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name + ".json")),
        case .array(let instances)? = try? JSONDecoder().decode(JSONValue.self, from: data)
      else { return failures.append(name + ": no instances") }
      var passed = 0
      for instance in instances {
        total += 1
        guard let body = try? JSONEncoder().encode(instance) else { continue }
        do {
          let encoded = try roundTrip(HTTPResponse(status: status, body: body))
          decoded += 1
          let again = try JSONDecoder().decode(JSONValue.self, from: encoded)
          if same(again, instance) {
            equal += 1
            passed += 1
          } else if failures.count < 40 {
            failures.append(name + ": " + (difference(instance, again) ?? "?").prefix(600))
          }
        } catch {
          if failures.count < 40 {
            failures.append(name + ": " + String(describing: error).prefix(400) + " for "
              + String(decoding: body, as: UTF8.self).prefix(300))
          }
        }
      }
      print("\(name): \(passed)/\(instances.count)")
    }
'''

TEMPLATE_TAIL = r'''
    for failure in failures { print("FAILED " + failure) }
    print("round trip: \(total) instances, \(decoded) decoded, \(equal) equal after re-encoding")
    if equal != total { exit(1) }
  }
}'''

if __name__ == "__main__":
    main()
