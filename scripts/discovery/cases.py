"""Arguments for every method of a Discovery document, chosen from the document alone.

Shared by make_driver.py (the Swift calls) and compare.py (the same calls through
google-api-python-client), so both sides are given exactly the same arguments.
"""
import base64
import json
import random
import re

# Standard (global) parameters every call passes, by Discovery name.
STANDARD = {"alt": "json", "fields": "id,etag", "prettyPrint": False, "quotaUser": "quota user/ü"}
INT64 = "9007199254740993"  # 2^53 + 1: not representable as a double
UINT64 = "18446744073709551615"
DATETIME = "2026-01-02T03:04:05.123Z"
MAX_DEPTH = 4
# Random instances of each response schema, besides the one with every property set.
RANDOM_INSTANCES = 10
DATETIMES = ["2026-01-02T03:04:05Z", "1999-12-31T23:59:59.123456789+05:30", "2026-06-01T00:00:00.5-08:00",
             "2000-02-29T12:00:00.000Z"]
CHARACTERS = "aZ09 -_/\\\"\n\té中😀&=+%"
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


def pattern_value(name, pattern):
    """A value matching a Discovery `pattern` such as `^projects/[^/]+/topics/[^/]+$`."""
    text = pattern.lstrip("^").rstrip("$")
    text = text.replace("[^/]+", name + " ü").replace("[^/]*", name).replace(".*", "a/b").replace(".+", "a/b")
    text = re.sub(r"\\(.)", r"\1", text)
    if not re.search(pattern, text):
        raise SystemExit("cases: no value for pattern %r of %s" % (pattern, name))
    return text


def parameter_value(name, parameter):
    if "pattern" in parameter:
        value = pattern_value(name, parameter["pattern"])
        return [value] if parameter.get("repeated") else value
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


def random_instance(schema, schemas, rng, depth=0):
    """A random JSON instance of a Discovery schema: optional members left out at random, enum values
    outside the listed ones (the enums are open), integers over their format's whole range."""
    if "$ref" in schema:
        if depth >= MAX_DEPTH:
            return None
        return random_instance(schemas[schema["$ref"]], schemas, rng, depth + 1)
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object":
        result = {}
        for key, property_schema in schema.get("properties", {}).items():
            if rng.random() < 0.5:
                value = random_instance(property_schema, schemas, rng, depth + 1)
                if value is not None:
                    result[key] = value
        if "additionalProperties" in schema:
            for index in range(rng.randint(0, 2)):
                value = random_instance(schema["additionalProperties"], schemas, rng, depth + 1)
                if value is not None:
                    result["key %d %s" % (index, rng.choice(CHARACTERS))] = value
        return result
    if kind == "array":
        items = [random_instance(schema.get("items", {"type": "any"}), schemas, rng, depth + 1)
                 for _ in range(rng.randint(0, 3))]
        return [item for item in items if item is not None]
    if kind == "any" or kind is None:
        return rng.choice([None, True, -3, 2.5, "text", [1, None, "x"], {"nested": {"a": [False]}}])
    if "enum" in schema:
        return rng.choice(schema["enum"] + ["notListedByThisDocument"])
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "integer":
        low, high = {"int32": (-2**31, 2**31 - 1), "uint32": (0, 2**32 - 1)}.get(fmt, (-10**6, 10**6))
        return rng.randint(low, high)
    if kind == "number":
        return rng.choice([rng.uniform(-1e6, 1e6), 0.1, -0.0 + 0, 1e300, rng.randint(-50, 50) * 0.25])
    if fmt in ("date-time", "google-datetime"):
        return rng.choice(DATETIMES)
    if fmt == "int64":
        return str(rng.randint(-2**63, 2**63 - 1))
    if fmt == "uint64":
        return str(rng.randint(0, 2**64 - 1))
    if fmt == "byte":
        # base64, as Discovery's `byte` says (and the generated `Data` reads it).
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(0, 9)))).decode()
    return "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(0, 12)))


def answers(method, schemas):
    """Answers for one method: the instance with every property set, then RANDOM_INSTANCES random ones."""
    if "response" not in method:
        return []
    rng = random.Random(method["id"])
    return [instance(method["response"], schemas)] + [
        random_instance(method["response"], schemas, rng) for _ in range(RANDOM_INSTANCES)]


def calls(document):
    """One call per method: id, resource path, key, ordered (name, value) parameters, body or None."""
    schemas = document.get("schemas", {})
    result = []
    for path, key, method in methods(document):
        parameters = [(name, parameter, parameter_value(name, parameter)) for name, parameter in ordered_parameters(method)]
        body = instance(method["request"], schemas) if "request" in method else None
        answer = answers(method, schemas)
        result.append({"id": method["id"], "path": path, "key": key, "method": method,
                       "parameters": parameters, "body": body, "answers": answer, "media": None})
        if "simple" in method.get("mediaUpload", {}).get("protocols", {}):
            # The generated `<key>Upload` method: the same parameters, the media as the whole body. The
            # Python client refuses a repeated query parameter with several values on an upload URL
            # ("URL-encoded content contains a repeated value"), so repeated ones get one value here.
            single = [(name, parameter, value[:1] if isinstance(value, list) else value)
                      for name, parameter, value in parameters]
            result.append({"id": method["id"] + "Upload", "path": path, "key": key + "Upload", "method": method,
                           "parameters": single, "body": None, "answers": answer, "media": MEDIA})
            if body is not None and method["mediaUpload"]["protocols"]["simple"].get("multipart"):
                # `<key>MultipartUpload`: the metadata and the media in one multipart/related body.
                result.append({"id": method["id"] + "MultipartUpload", "path": path,
                               "key": key + "MultipartUpload", "method": method, "parameters": single,
                               "body": body, "answers": answer, "media": MEDIA})
    return result


def load(path):
    with open(path) as handle:
        return json.load(handle)
