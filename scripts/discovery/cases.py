"""Arguments for every method of a Discovery document, chosen from the document alone.

Shared by make_driver.py (the Swift calls) and compare.py (the same calls through
google-api-python-client), so both sides are given exactly the same arguments.
"""
import json

# Standard (global) parameters every call passes, by Discovery name.
STANDARD = {"alt": "json", "fields": "id,etag", "prettyPrint": False, "quotaUser": "quota user/ü"}
INT64 = "9007199254740993"  # 2^53 + 1: not representable as a double
UINT64 = "18446744073709551615"
DATETIME = "2026-01-02T03:04:05.123Z"
MAX_DEPTH = 4
# Media sent with the simple upload protocol, as application/octet-stream (every YouTube upload accepts it).
MEDIA = bytes([0, 1, 2, 0xFF, 0xFE]) + "media ü".encode()
MEDIA_TYPE = "application/octet-stream"


def methods(document):
    """(resource path, method key, method) for every method, in document order."""
    def walk(container, path):
        for key, method in container.get("methods", {}).items():
            yield path, key, method
        for key, resource in container.get("resources", {}).items():
            yield from walk(resource, path + [key])
    return list(walk(document, []))


def ordered_parameters(method):
    """Parameters in the generated signature's order: `parameterOrder` first, then document order."""
    order = method.get("parameterOrder", [])
    items = list(method.get("parameters", {}).items())
    rank = {name: index for index, name in enumerate(order)}
    return [item for _, item in sorted(enumerate(items), key=lambda pair: (rank.get(pair[1][0], 1 << 30), pair[0]))]


def scalar_value(name, schema, index=0):
    """A value for a parameter or property of a scalar type, valid for the schema."""
    if "enum" in schema:
        values = schema["enum"]
        return values[(len(name) + index) % len(values)]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "boolean":
        return True
    if kind == "integer":
        value = 7 + index
        if "minimum" in schema:
            value = max(value, int(schema["minimum"]))
        if "maximum" in schema:
            value = min(value, int(schema["maximum"]))
        return value
    if kind == "number":
        return 1.5 + index
    if fmt in ("date-time", "google-datetime"):
        return DATETIME
    if fmt == "int64":
        return "-" + INT64
    if fmt == "uint64":
        return UINT64
    if fmt == "byte":
        return "aGVsbG8="
    return "%s %d/ü&=+" % (name, index)


def parameter_value(name, parameter):
    if parameter.get("repeated"):
        return [scalar_value(name, parameter, 0), scalar_value(name, parameter, 1)]
    return scalar_value(name, parameter)


def instance(schema, schemas, depth=0, name="value"):
    """A JSON instance of a Discovery schema with every property set (recursion cut at MAX_DEPTH)."""
    if "$ref" in schema:
        if depth >= MAX_DEPTH:
            return None
        return instance(schemas[schema["$ref"]], schemas, depth + 1, name)
    kind = schema.get("type")
    if kind == "object":
        result = {}
        for key, property_schema in schema.get("properties", {}).items():
            value = instance(property_schema, schemas, depth + 1, key)
            if value is not None:
                result[key] = value
        if "additionalProperties" in schema:
            value = instance(schema["additionalProperties"], schemas, depth + 1, name)
            if value is not None:
                result["extra key"] = value
        return result
    if kind == "array":
        item = instance(schema.get("items", {"type": "any"}), schemas, depth + 1, name)
        return [] if item is None else [item]
    if kind == "any" or kind is None:
        return {"any": [1, "two", None]}
    return scalar_value(name, schema)


def calls(document):
    """One call per method: id, resource path, key, ordered (name, value) parameters, body or None."""
    schemas = document.get("schemas", {})
    result = []
    for path, key, method in methods(document):
        parameters = [(name, parameter, parameter_value(name, parameter)) for name, parameter in ordered_parameters(method)]
        body = instance(method["request"], schemas) if "request" in method else None
        answer = instance(method["response"], schemas) if "response" in method else None
        result.append({"id": method["id"], "path": path, "key": key, "method": method,
                       "parameters": parameters, "body": body, "answer": answer, "media": None})
        if "simple" in method.get("mediaUpload", {}).get("protocols", {}):
            # The generated `<key>Upload` method: the same parameters, the media as the whole body. The
            # Python client refuses a repeated query parameter with several values on an upload URL
            # ("URL-encoded content contains a repeated value"), so repeated ones get one value here.
            single = [(name, parameter, value[:1] if isinstance(value, list) else value)
                      for name, parameter, value in parameters]
            result.append({"id": method["id"] + "Upload", "path": path, "key": key + "Upload", "method": method,
                           "parameters": single, "body": None, "answer": answer, "media": MEDIA})
    return result


def load(path):
    with open(path) as handle:
        return json.load(handle)
