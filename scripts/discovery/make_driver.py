"""Writes a Swift program that calls every method of the generated client with the arguments of
cases.py, through a transport that prints each request as one JSON line and answers `{}`.

    python make_driver.py <discovery.json> <Module> <ClientName>
"""
import json
import re
import sys

import cases


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def member_name(name):
    """SwiftNamer.memberName for the names Discovery documents use: lowerCamelCase words, joined at
    every character that is not a letter or digit (`options.requestedPolicyVersion`)."""
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", name) if part]
    if not parts or not re.fullmatch(r"[a-z][A-Za-z0-9]*", parts[0]):
        raise SystemExit("make_driver: no Swift name rule for '%s'" % name)
    return parts[0] + "".join(part[0].upper() + part[1:] for part in parts[1:])


def swift_scalar(value, parameter):
    if "enum" in parameter:
        return ".init(rawValue: %s)" % swift_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if parameter.get("format") in ("int64", "uint64"):
        return value  # Int64String / UInt64String are integer literals
    if parameter.get("format") == "google-datetime":
        return "DateTime(rawValue: %s)!" % swift_string(value)
    return swift_string(value)


def swift_value(value, parameter):
    if isinstance(value, list):
        return "[" + ", ".join(swift_scalar(item, parameter) for item in value) + "]"
    return swift_scalar(value, parameter)


def arguments(call):
    parameters = call["parameters"]
    # Required parameters (path parameters are always required) in `parameterOrder`, then the optional ones.
    required = [p for p in parameters if p[1].get("location") == "path" or p[1].get("required")]
    optional = [p for p in parameters if not (p[1].get("location") == "path" or p[1].get("required"))]
    parts = ["%s: %s" % (member_name(name), swift_value(value, parameter)) for name, parameter, value in required]
    media = None if call["media"] is None else "Data([%s])" % ", ".join(str(byte) for byte in call["media"])
    metadata = None if call["body"] is None else "try body(%s)" % swift_string(json.dumps(call["body"], ensure_ascii=False))
    if metadata is not None and media is not None:
        parts.append("body: MediaWithMetadata(metadata: %s, media: %s, mediaType: %s)"
                     % (metadata, media, swift_string(cases.MEDIA_TYPE)))
    elif metadata is not None:
        parts.append("body: " + metadata)
    elif media is not None:
        # The body enum has a case per accepted type; a single accepted type is plain `Data`.
        accept = call["method"]["mediaUpload"].get("accept") or ["*/*"]
        if len(accept) == 1:
            parts.append("body: " + media)
        elif cases.MEDIA_TYPE in accept:
            parts.append("body: .octetStream(%s)" % media)
        else:
            parts.append("body: .binary(%s)" % media)
    parts += ["%s: %s" % (member_name(name), swift_value(value, parameter)) for name, parameter, value in optional]
    standard = []
    for name, value in cases.STANDARD.items():
        if name == "alt":
            standard.append("alt: .json")
        else:
            standard.append("%s: %s" % (member_name(name), swift_scalar(value, {})))
    parts.append("standardParameters: StandardParameters(%s)" % ", ".join(standard))
    return parts


def main():
    document = cases.load(sys.argv[1])
    module, client = sys.argv[2], sys.argv[3]
    out = [
        "// Written by scripts/discovery/make_driver.py: every method of %s, requests printed as JSON lines." % module,
        "import Foundation",
        "import SpecgenRuntime",
        "import %s" % module,
        "",
        "/// Prints each request as one JSON line and answers `answer` (a response schema instance) or `{}`.",
        "struct Recorder: Transport {",
        "  let id: String",
        "  let answer: String",
        "  func send(_ request: APIRequest, to baseURL: URL) async throws -> APIResponse {",
        "    let url = try request.url(relativeTo: baseURL).absoluteString",
        "    var line: [String: String] = [\"id\": id, \"method\": request.method, \"url\": url]",
        "    if let body = request.body {",
        "      line[\"body\"] = String(decoding: body, as: UTF8.self)",
        "      line[\"bodyBase64\"] = body.base64EncodedString()",
        "      line[\"contentType\"] = request.header(\"Content-Type\")",
        "    }",
        "    let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])",
        "    print(String(decoding: data, as: UTF8.self))",
        "    return APIResponse(status: 200, headers: [.contentType: \"application/json\"], body: Data(answer.utf8))",
        "  }",
        "}",
        "",
        "func body<Body: Decodable>(_ json: String) throws -> Body {",
        "  try JSONDecoder().decode(Body.self, from: Data(json.utf8))",
        "}",
        "",
        "func client(_ id: String, answer: String = \"{}\") throws -> %s {" % client,
        "  try %s(transport: Recorder(id: id, answer: answer))" % client,
        "}",
        "",
        "/// Prints the decoded answer, re-encoded, as one JSON line.",
        "func decoded<Value: Encodable>(_ id: String, _ value: Value) throws {",
        "  let text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)",
        "  let data = try JSONSerialization.data(withJSONObject: [\"id\": id, \"decoded\": text], options: [.sortedKeys])",
        "  print(String(decoding: data, as: UTF8.self))",
        "}",
        "",
        "var failures = 0",
    ]
    for call in cases.calls(document):
        chain = ".".join(member_name(part) for part in call["path"] + [call["key"]])
        out.append("do {")
        indent = "  "
        if call["answers"]:
            out.append("  let answers = [")
            for answer in call["answers"]:
                out.append("    %s," % swift_string(json.dumps(answer, ensure_ascii=False)))
            out.append("  ]")
            out.append("  for (index, answer) in answers.enumerated() {")
            indent = "    "
            out.append("    let value = try await client(%s, answer: answer).%s(" % (swift_string(call["id"]), chain))
        else:
            out.append("  try await client(%s).%s(" % (swift_string(call["id"]), chain))
        args = arguments(call)
        for index, argument in enumerate(args):
            out.append(indent + "  " + argument + ("," if index < len(args) - 1 else ")"))
        if call["answers"]:
            out.append("    try decoded(%s + \"#\\(index)\", value)" % swift_string(call["id"]))
            out.append("  }")
        out.append("} catch {")
        out.append("  failures += 1")
        out.append("  print(\"error \\(%s): \\(error)\")" % swift_string(call["id"]))
        out.append("}")
    out.append("exit(failures == 0 ? 0 : 1)")
    print("\n".join(out))


main()
