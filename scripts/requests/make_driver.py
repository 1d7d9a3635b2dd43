"""Writes a Swift program that calls EVERY operation of an OpenAPI document through the client
specgen generated for it, with sample arguments derived from the schemas.

    python3 make_driver.py <openapi.yaml> <Module>  > main.swift

Arguments are passed as JSON decoded into whatever type the generated method declares
(`sample(#"..."#)`), so the driver needs only the method names and argument labels, which it derives
with the same rules as specgen's namer (checked by the compiler: a wrong label fails the build).
"""

import json
import re
import sys


import answers
from samples import Sampler, load_document

METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]


def words(source):
    result = []
    saw_lower = any(c.islower() for c in source if c.isascii())
    for chunk in re.findall(r"[A-Za-z0-9]+", source):
        start = 0
        for i in range(1, len(chunk)):
            c, prev = chunk[i], chunk[i - 1]
            nxt = chunk[i + 1] if i + 1 < len(chunk) else None
            plural = nxt == "s" and (i + 2 == len(chunk) or chunk[i + 2].isupper())
            if c.isupper() and (prev.islower() or prev.isdigit() or (prev.isupper() and nxt is not None and nxt.islower() and not plural)):
                result.append(chunk[start:i])
                start = i
        result.append(chunk[start:])
    if len(result) > 1 and not saw_lower:
        result = [w.lower() for w in result]
    return result


def member_name(source):
    parts = words(source)
    if not parts:
        return "_"
    first = parts[0]
    letters = [c for c in first if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters[:-1]):
        first = first.lower()
    elif first[0].isupper():
        first = first[0].lower() + first[1:]
    name = first + "".join(w[0].upper() + w[1:] for w in parts[1:])
    if name[0].isdigit():
        name = "_" + name
    return name + "Value" if name in ("self", "Self", "Type", "Protocol") else name


def type_name(source):
    name = "".join(w[0].upper() + w[1:] for w in words(source))
    return "_" + name if name and name[0].isdigit() else name


class Allocator:
    def __init__(self, reserved=()):
        self.taken = set(reserved)

    def allocate(self, base):
        candidate, counter = base, 2
        while candidate in self.taken:
            candidate = base + str(counter)
            counter += 1
        self.taken.add(candidate)
        return candidate


def swift_string(text):
    return '#"' + text + '"#'


def media_kind(media):
    essence = media.split(";")[0].strip().lower()
    if essence == "application/json" or essence.endswith("+json"):
        return "json"
    if essence == "application/x-www-form-urlencoded":
        return "formURLEncoded"
    if essence.startswith("multipart/"):
        return "multipart"
    return "raw"


def file_members(sampler, schema):
    """`$0.name = upload("name")` for each top-level `format: binary` member of a multipart body
    (`[upload(...)]` for an array of files)."""
    edits = []
    for name, prop in (sampler.merged(schema).get("properties") or {}).items():
        prop = sampler.merged(prop)
        if prop.get("format") == "binary":
            edits.append("$0.%s = upload(%s)" % (member_name(name), json.dumps(name)))
        elif Sampler.type_of(prop) == "array" and sampler.merged(prop.get("items", {})).get("format") == "binary":
            edits.append("$0.%s = [upload(%s)]" % (member_name(name), json.dumps(name)))
    return edits


def credentials(document):
    """Arguments of the generated `Credentials` init: a test value for every security scheme."""
    arguments = []
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            value = 'BasicCredentials(username: "test-user", password: "test-secret")'
        elif scheme.get("type") in ("http", "apiKey", "oauth2", "openIdConnect"):
            value = '"test-token"'
        else:
            continue
        arguments.append(member_name(name) + ": " + value)
    return ", ".join(arguments)


def response_headers(sampler, operation):
    """The labels of the headers the success answers document (the generated struct's members, named
    as the generator names them: in status order, first spelling of a name kept), and the names
    the server's answer carries (its first success response's)."""
    responses = {str(k): sampler.resolve(v) for k, v in (operation.get("responses") or {}).items()}
    keys = [k for k in responses if not k.startswith("x-")]

    def order(key):  # the generator's status order: codes, then ranges
        return (0, int(key)) if key.isdigit() else (1, int(key[0]))

    successes = sorted((k for k in keys if k[0] == "2"), key=order)
    if not successes and all(k.upper() == "DEFAULT" for k in keys):
        successes = [k for k in keys if k.upper() == "DEFAULT"]
    labels, seen, names = {}, set(), Allocator(["init"])
    for key in successes:
        for name in (responses[key].get("headers") or {}):
            if name.lower() == "content-type" or name.lower() in seen:
                continue
            seen.add(name.lower())
            labels[name] = names.allocate(member_name(name) if member_name(name) != "_" else "header")
    server_keys = sorted(k for k in keys if k.startswith("2")) or ["default"]
    answered = [n for n in (responses.get(server_keys[0], {}).get("headers") or {}) if n in labels]
    return labels, answered


def main():
    spec_path, module = sys.argv[1], sys.argv[2]
    document = load_document(spec_path)
    sampler = Sampler(document, "request")
    client = module + "Client"
    methods = Allocator(
        ["serverURL", "transport", "credentials", "send", "sendStreaming", "authorizations", "authorization", "init"]
    )
    calls = []
    for path, item in document.get("paths", {}).items():
        item = sampler.resolve(item)
        shared = [sampler.resolve(p) for p in item.get("parameters", [])]
        for method in [m for m in item if m in METHODS]:
            operation = item[method]
            op_id = operation.get("operationId") or method + path
            base = member_name(op_id)
            name = methods.allocate(base)
            methods.allocate(base + "Request")
            methods.allocate(base + "Response")
            # `<op>WithHeaders` when the success answers document headers (the generator's order).
            documented_headers, answered_headers = response_headers(sampler, operation)
            with_headers = methods.allocate(base + "WithHeaders") if documented_headers else None
            parameters = list(shared)
            for parameter in [sampler.resolve(p) for p in operation.get("parameters", [])]:
                parameters = [p for p in parameters if not (p["name"] == parameter["name"] and p["in"] == parameter["in"])]
                parameters.append(parameter)
            ignored = {"accept", "content-type", "authorization"}
            parameters = [p for p in parameters if not (p["in"] == "header" and p["name"].lower() in ignored)]
            for p in parameters:
                if p["in"] == "path":
                    p = dict(p, required=True)
            ordered = (
                [p for p in parameters if p["in"] == "path"]
                + [p for p in parameters if p["in"] != "path" and p.get("required")]
                + [p for p in parameters if p["in"] != "path" and not p.get("required")]
            )
            labels = Allocator(["body"])
            arguments = []
            required_count = len([p for p in ordered if p["in"] == "path" or p.get("required")])
            for index, parameter in enumerate(ordered):
                label = labels.allocate(member_name(parameter["name"]))
                schema = parameter.get("schema") or {"type": "string"}
                value = sampler.value(schema, count=2)
                arguments.append((index < required_count, label, "sample(" + swift_string(json.dumps(value)) + ")"))
            body_argument = None
            body = operation.get("requestBody")
            if body:
                body = sampler.resolve(body)
                contents = list(body.get("content", {}).items())
                chosen = next((c for c in contents if media_kind(c[0]) == "json"), contents[0])
                kind = media_kind(chosen[0])
                if kind == "raw":
                    expression = 'Data("sample".utf8)'
                else:
                    expression = "sample(" + swift_string(json.dumps(sampler.value(chosen[1].get("schema", {})))) + ")"
                if kind == "multipart":
                    # Each file member gets a real file (bytes, filename, type: uploads.expected),
                    # which the server reads back with its own multipart parser.
                    edits = file_members(sampler, chosen[1].get("schema", {}))
                    if edits:
                        expression = "withFiles(try " + expression + ") { " + "; ".join(edits) + " }"
                if len(contents) > 1:
                    case = kind if kind != "raw" else member_name(chosen[0].split("/")[-1])
                    expression = "." + case + "(" + expression + ")"
                body_argument = "body: " + expression
            parts = [label + ": " + value for required, label, value in arguments if required]
            if body_argument:
                parts.append(body_argument)
            parts += [label + ": " + value for required, label, value in arguments if not required]
            calls.append((name, method.upper() + " " + path, ", ".join(parts), answers.documented(operation),
                          with_headers, [documented_headers[h] for h in answered_headers]))

    print("// Generated by scripts/requests/make_driver.py: one call per operation. Do not edit.")
    print("import Foundation")
    print("import SpecgenRuntime")
    print("import " + module)
    print()
    print("func sample<T: Decodable>(_ json: String) throws -> T {")
    print("  try JSONDecoder().decode(T.self, from: Data(json.utf8))")
    print("}")
    print()
    print("func withFiles<T>(_ value: T, _ edit: (inout T) -> Void) -> T {")
    print("  var value = value")
    print("  edit(&value)")
    print("  return value")
    print("}")
    print()
    print("/// The file the server expects for member `name` (scripts/requests/uploads.py), given by URL.")
    print("func upload(_ name: String) -> FileUpload {")
    print("  let lowered = name.lowercased()")
    print('  let type = lowered.contains("audio") ? "audio/mpeg"')
    print('    : ["image", "logo", "thumbnail"].contains(where: lowered.contains) ? "image/png" : "video/mp4"')
    print('  let data = Data(0...255) + Data("\\r\\n--specgen-\\r\\n\\(name)".utf8) + Data([0, 255])')
    print("  // From a file on disk, so the body is written to a temporary file and uploaded from it (the")
    print("  // streamed path a video upload takes), then read back by the server's own multipart parser.")
    print('  let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-upload-\\(UUID().uuidString)")')
    print("  try! data.write(to: url)")
    print('  return try! FileUpload(contentsOf: url, filename: "sample \\(name).bin", contentType: type)')
    print("}")
    print()
    print("/// The documented response the server is asked for (`X-Specgen-Answer`), during the second pass.")
    print("enum Answer {")
    print("  @TaskLocal static var key: String?")
    print("}")
    print()
    print("/// URLSessionTransport, with the header asking the server for `Answer.key`.")
    print("struct AnsweringTransport: Transport {")
    print("  let base = URLSessionTransport()")
    print("  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {")
    print("    var request = request")
    print('    if let key = Answer.key { try request.setHeader(named: "X-Specgen-Answer", key) }')
    print("    return try await base.send(request, to: baseURL)")
    print("  }")
    print("}")
    print()
    print("/// nil when the call answered as `key` documents it: a success returned, an error status thrown as")
    print("/// a documented case of the operation's error enum; else what happened.")
    print("func typed(_ key: String, success: Bool, _ call: @Sendable () async throws -> Void) async -> String? {")
    print("  do {")
    print("    try await Answer.$key.withValue(key) { try await call() }")
    print('    return success ? nil : "returned for error status \\(key)"')
    print("  } catch let error as any HTTPErrorResponse {")
    print("    let inRange = key.count == 3 && key.hasSuffix(\"XX\") ? error.status / 100 == Int(key.prefix(1)) : true")
    print("    let matches = Int(key).map { $0 == error.status } ?? inRange")
    print('    return !success && error.isDocumented && matches ? nil : "\\(key): \\(error)"')
    print("  } catch {")
    print('    return "\\(key): \\(error)"')
    print("  }")
    print("}")
    print()
    print("/// The members of a `…Headers` struct (alone, or the `headers` of a `(body:, headers:)` answer)")
    print("/// among `labels` that are nil.")
    print("func untypedHeaders(_ answer: Any, _ labels: [String]) -> [String] {")
    print("  var value = answer")
    print('  if let headers = Mirror(reflecting: answer).children.first(where: { $0.label == "headers" }) {')
    print("    value = headers.value")
    print("  }")
    print("  let present = Mirror(reflecting: value).children.compactMap { child -> String? in")
    print("    let inner = Mirror(reflecting: child.value)")
    print("    return inner.displayStyle == .optional && inner.children.isEmpty ? nil : child.label")
    print("  }")
    print("  return labels.filter { !present.contains($0) }")
    print("}")
    print()
    print("@main struct Driver {")
    print("  static func main() async throws {")
    print("    let serverURL = URL(string: CommandLine.arguments[1])!")
    print(
        "    let client = " + client + "(serverURL: serverURL, transport: AnsweringTransport(), credentials: .init("
        + credentials(document) + "))"
    )
    print("    var sent = 0")
    print("    var decoded = 0")
    print("    var failures: [String] = []")
    counted = "var" if any(call[4] for call in calls) else "let"  # no warning for a spec without headers
    print("    %s headersExpected = 0" % counted)
    print("    %s headersTyped = 0" % counted)
    for name, label, arguments, _, with_headers, expected in calls:
        print("    sent += 1")
        print("    do {")
        if with_headers:
            # The headers variant stands for the plain call (the second pass calls that one): every
            # header the answer carries must come back typed.
            print("      let answer = try await client." + with_headers + "(" + arguments + ")")
            print("      headersExpected += %d" % len(expected))
            print("      let missing = untypedHeaders(answer, %s)" % json.dumps(expected))
            print("      headersTyped += %d - missing.count" % len(expected))
            print("      if !missing.isEmpty { failures.append(" + json.dumps(label + " headers untyped: ")
                  + " + missing.joined(separator: \", \")) }")
        else:
            print("      _ = try await client." + name + "(" + arguments + ")")
        print("      decoded += 1")
        print("    } catch {")
        print("      failures.append(" + json.dumps(label + " (" + name + "): ") + " + String(describing: error))")
        print("    }")
    print("    // Second pass: every documented status of every operation, asked of the server in turn.")
    print("    var answered = 0")
    print("    var typedAnswers = 0")
    for name, label, arguments, keys, _, _ in calls:
        for key in keys:
            success = "true" if answers.is_success(key, keys) else "false"
            print("    answered += 1")
            print("    if let problem = await typed(%s, success: %s, { _ = try await client.%s(%s) }) {"
                  % (json.dumps(key), success, name, arguments))
            print("      failures.append(" + json.dumps(label + " (" + name + ") ") + " + problem)")
            print("    } else {")
            print("      typedAnswers += 1")
            print("    }")
    print('    for failure in failures { print("FAILED " + failure) }')
    print('    print("driver: \\(sent) sent, \\(decoded) decoded, \\(failures.count) failed")')
    print('    print("driver: \\(answered) statuses answered, \\(typedAnswers) typed")')
    print('    print("driver: \\(headersExpected) headers answered, \\(headersTyped) typed")')
    print("    if !failures.isEmpty { exit(1) }")
    print("  }")
    print("}")


if __name__ == "__main__":
    main()
