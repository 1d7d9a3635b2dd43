"""Schema-valid sample values for an OpenAPI 3.0/3.1 document (local $refs only).

Used by the request-check server (answers) and the driver generator (arguments). Values are
deterministic: the same schema always gives the same value.
"""

import base64
import copy
import re

import yaml

FORMATS = {
    "date-time": "2024-05-01T12:30:00Z",
    "date": "2024-05-01",
    "time": "12:30:00Z",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "email": "someone@example.com",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "binary": "binary-data",
    "byte": base64.b64encode(b"data").decode(),
    # A string-typed int64 (Mux timestamps, Google APIs) holds a decimal integer.
    "int64": "1609869152",
    "uint64": "1609869152",
}


class Sampler:
    def __init__(self, document, direction):
        """direction: "request" skips readOnly properties, "response" skips writeOnly ones."""
        self.document = document
        self.direction = direction

    def resolve(self, schema):
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 50:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError("only local references are supported: " + ref)
            node = self.document
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            extra = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**node, **extra} if extra else node
            seen += 1
        return schema

    def merged(self, schema):
        """The schema with allOf parts folded in."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or "allOf" not in schema:
            return schema
        result = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.merged(part)
            for key, value in part.items():
                if key == "properties":
                    result.setdefault("properties", {}).update(value)
                elif key == "required":
                    result["required"] = list(dict.fromkeys(result.get("required", []) + value))
                elif key not in result:
                    result[key] = value
        return result

    def value(self, schema, depth=0, count=1):
        schema = self.merged(schema)
        if schema is True or schema is None or schema == {}:
            return "any"
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            options = [e for e in schema["enum"] if e is not None]
            return copy.deepcopy(options[0] if options else None)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.merged(b) for b in schema[key]]
                branches = [b for b in branches if self.type_of(b) != "null"] or branches
                base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
                branch = branches[0]
                if base.get("properties") or base.get("required"):
                    branch = self.merged({"allOf": [base, branch]})
                return self.value(branch, depth + 1)
        kind = self.type_of(schema)
        if kind == "object":
            return self.object_value(schema, depth)
        if kind == "array":
            items = schema.get("items", {})
            n = max(schema.get("minItems", 0), count)
            if "maxItems" in schema:
                n = min(n, schema["maxItems"])
            if depth > 6:
                n = schema.get("minItems", 0)
            resolved = self.merged(items)
            if isinstance(resolved, dict) and "enum" in resolved and n > 1:
                options = [e for e in resolved["enum"] if e is not None]
                return [options[i % len(options)] for i in range(min(n, len(options)))]
            return [self.value(items, depth + 1) for _ in range(n)]
        if kind == "string":
            return self.string_value(schema)
        if kind == "integer":
            return int(self.number_value(schema, integer=True))
        if kind == "number":
            return self.number_value(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return "any"

    @staticmethod
    def type_of(schema):
        if not isinstance(schema, dict):
            return None
        kind = schema.get("type")
        if isinstance(kind, list):
            non_null = [k for k in kind if k != "null"]
            return non_null[0] if non_null else "null"
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                return "object"
            if "items" in schema:
                return "array"
        return kind

    def object_value(self, schema, depth):
        required = set(schema.get("required", []))
        result = {}
        for name, prop in schema.get("properties", {}).items():
            resolved = self.merged(prop)
            if isinstance(resolved, dict) and name not in required:
                if self.direction == "request" and resolved.get("readOnly"):
                    continue
                if self.direction == "response" and resolved.get("writeOnly"):
                    continue
            if name not in required and depth > 3:
                continue
            result[name] = self.value(prop, depth + 1)
        for name in required:
            if name not in result:
                result[name] = "any"
        return result

    def string_value(self, schema):
        text = FORMATS.get(schema.get("format"), "sample")
        pattern = schema.get("pattern")
        if pattern:
            candidates = (text, "abc", "ABC", "a1", "1", "0", "abc-123", "a", "A1b2C3", "sample_1",
                          "rtmp://example.com/live/key", "srt://example.com:9000", "https://example.com/x",
                          "0x0000000000000000000000000000000000000000")
            try:
                compiled = re.compile(python_pattern(pattern))
            except re.error:
                compiled = None  # not a pattern Python can read: leave the sample as it is
            for candidate in candidates if compiled else ():
                if compiled.search(candidate):
                    text = candidate
                    break
            else:
                if compiled and not compiled.search(text):
                    # No readable candidate matches: a string generated from the pattern itself
                    # (rstr, seeded, so every run sends the same value).
                    import random

                    import rstr

                    text = rstr.Rstr(random.Random(0)).xeger(python_pattern(pattern))
        minimum = schema.get("minLength", 0)
        if len(text) < minimum:
            text = text + "x" * (minimum - len(text))
        if "maxLength" in schema:
            text = text[: schema["maxLength"]]
        return text

    @staticmethod
    def number_value(schema, integer):
        low = schema.get("minimum")
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
            schema.get("exclusiveMinimum"), bool
        ):
            low = schema["exclusiveMinimum"] + 1
        elif schema.get("exclusiveMinimum") is True and low is not None:
            low = low + 1
        high = schema.get("maximum")
        value = low if low is not None else 1
        if high is not None and value > high:
            value = high
        if integer:
            return int(value)
        return float(value) if low is not None else 1.5


def python_pattern(pattern):
    """An ECMA-262 pattern (what OpenAPI specifies) in Python's dialect: named groups differ."""
    return re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern)


class _JSONSemanticsLoader(yaml.SafeLoader):
    """YAML 1.1's implicit timestamps off: `2024-05-01T12:30:00Z` stays the string JSON reads."""


_JSONSemanticsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_document(path):
    """An OpenAPI document (YAML or JSON) with scalars as JSON would read them."""
    with open(path) as handle:
        return yaml.load(handle, Loader=_JSONSemanticsLoader)
