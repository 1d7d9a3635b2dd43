"""OpenAPI schemas as plain JSON Schema that hypothesis-jsonschema can generate instances from.

The schemas tested are the ones a request or response body can reach: each body schema and every
schema its `$ref`s lead to, with the inline subschemas under them. Each is turned into a
self-contained JSON Schema (draft 7 as hypothesis-jsonschema reads it) that means the same for the
instances generated, as the generated Swift code reads the spec:

- `$ref`s are inlined; a reference back into its own chain more than twice becomes `false`, so a
  recursive schema yields the instances that bottom out (optional members left out, lists empty).
- OpenAPI 3.0 `nullable: true` is `null` or the schema; 3.0 boolean `exclusiveMinimum`/`Maximum`
  become draft-7 bounds; `discriminator` pins each variant's tag property to its tag values, since
  a server sends exactly those.
- Objects are closed (`additionalProperties: false` where nothing is said), since generated models
  keep only the members they declare or an `additionalProperties` schema they are given; an
  object's `allOf` parts are closed together, over every member any part declares.
- A schema with `properties` and no `type` is an object, one with `items` an array.
- Integers are 64-bit Swift `Int`s (`Int32` with format `int32`); a string with format `int64`/`uint64` is a canonical decimal integer
  (no `-0`, no leading zeros, as `Int64String` writes it back); one with format `byte` is canonical
  padded base64, as the generated `Data` writes it back;
  other formats a validator does not know are annotations.
- A tested type's own `null` is left out: the member using it carries the nullability.
"""

import copy

from make_driver import METHODS  # scripts/requests, which make_wire.py puts on the path

KNOWN_FORMATS = {"date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname"}
ANNOTATIONS = {"example", "examples", "xml", "externalDocs", "readOnly", "writeOnly", "deprecated",
               "contentMediaType", "contentEncoding", "description", "title", "x-nullable",
               # Objects are closed already (see above); hypothesis-jsonschema does not read these.
               "unevaluatedProperties", "unevaluatedItems"}
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
                 "unevaluatedProperties", "unevaluatedItems", "additionalItems")
BASE64 = "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$"
JSON_MEDIA = ("application/json", "application/problem+json", "text/json", "application/vnd.api+json")


def escape(token):
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(document, pointer):
    node = document
    for token in pointer[2:].split("/") if pointer != "#" else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def is_json(media_type):
    base = media_type.split(";")[0].strip().lower()
    return base in JSON_MEDIA or base.endswith("+json")


def body_schema_pointers(document):
    """Pointers of the schemas of every JSON request and response body, `$ref`'d bodies followed."""
    found = []

    def content(container, pointer):
        while isinstance(container, dict) and "$ref" in container:
            pointer = container["$ref"]
            container = resolve_pointer(document, pointer)
        for media, entry in (container or {}).get("content", {}).items():
            if is_json(media) and isinstance(entry, dict) and "schema" in entry:
                found.append(pointer + "/content/" + escape(media) + "/schema")

    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            base = "#/paths/" + escape(path) + "/" + method
            if "requestBody" in operation:
                content(operation["requestBody"], base + "/requestBody")
            for status, response in operation.get("responses", {}).items():
                content(response, base + "/responses/" + escape(str(status)))
    return found


def reachable_pointers(document, roots):
    """Every schema pointer a walk from `roots` visits, following local `$ref`s."""
    seen = set()
    stack = list(roots)
    while stack:
        pointer = stack.pop()
        if pointer in seen:
            continue
        seen.add(pointer)
        try:
            schema = resolve_pointer(document, pointer)
        except (KeyError, IndexError, ValueError):
            continue
        if not isinstance(schema, dict):
            continue
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            stack.append(ref)
        for key in SCHEMA_LISTS:
            for index, _ in enumerate(schema.get(key, []) if isinstance(schema.get(key), list) else []):
                stack.append("%s/%s/%d" % (pointer, key, index))
        for key in SCHEMA_MAPS:
            if isinstance(schema.get(key), dict):
                for name in schema[key]:
                    stack.append("%s/%s/%s" % (pointer, key, escape(name)))
        for key in SCHEMA_VALUES:
            if isinstance(schema.get(key), dict):
                stack.append(pointer + "/" + key)
    return seen


class Converter:
    """OpenAPI schema → self-contained JSON Schema, as the module docstring says."""

    def __init__(self, document):
        self.document = document
        self.is_30 = str(document.get("openapi", "")).startswith("3.0")

    def convert(self, pointer):
        """The schema at `pointer`, without a top-level `null`: a declared type holds the values; whether
        `null` may stand in for one is the using member's business (`Nullable`), tested through it."""
        schema = self.schema(resolve_pointer(self.document, pointer), [pointer])
        if isinstance(schema, dict) and schema.get("anyOf", [None])[0] == {"type": "null"} and len(schema) == 1:
            schema = schema["anyOf"][1]
        for key in ("oneOf", "anyOf"):
            if isinstance(schema, dict) and {"type": "null"} in schema.get(key, []):
                schema = dict(schema, **{key: [b for b in schema[key] if b != {"type": "null"}]})
        if isinstance(schema, dict) and isinstance(schema.get("type"), list) and "null" in schema["type"]:
            schema = dict(schema, type=[t for t in schema["type"] if t != "null"])
            if len(schema["type"]) == 1:
                schema["type"] = schema["type"][0]
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and None in schema["enum"]:
            schema = dict(schema, enum=[v for v in schema["enum"] if v is not None])
        return schema

    def schema(self, node, chain):
        if node is True or node is False:
            return node
        if not isinstance(node, dict):
            return True
        ref = node.get("$ref")
        if isinstance(ref, str):
            if chain.count(ref) >= 2:
                return False
            target = self.schema(resolve_pointer(self.document, ref), chain + [ref])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if self.is_30 or not siblings:
                return target
            merged = {"allOf": [target, self.schema(siblings, chain)]}
            self.close(merged)
            return merged
        result = {}
        for key, value in node.items():
            if key in ANNOTATIONS or key.startswith("x-") or key in ("discriminator", "nullable", "default"):
                continue
            if key == "format":
                if value in KNOWN_FORMATS and "pattern" not in node:  # a pattern says more, and generates
                    result[key] = value
                elif value in ("int64", "uint64") and node.get("type") == "string":
                    # A decimal integer in a string, as the generated `Int64String`/`UInt64String` read it.
                    result["pattern"] = "^(0|-?[1-9][0-9]{0,17})$" if value == "int64" else "^(0|[1-9][0-9]{0,18})$"
                elif value == "byte" and node.get("type") == "string" and "pattern" not in node:
                    # Canonical padded base64, as the generated `Data` reads it and writes it back (the
                    # unused low bits of the last character are zero, or re-encoding would change it).
                    result["pattern"] = BASE64
            elif key in SCHEMA_LISTS and isinstance(value, list):
                result[key] = [self.schema(part, chain) for part in value]
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {name: self.schema(part, chain) for name, part in value.items()}
            elif key in SCHEMA_VALUES:
                result[key] = self.schema(value, chain) if isinstance(value, (dict, bool)) else value
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
                bound = "minimum" if key == "exclusiveMinimum" else "maximum"
                if value and bound in node:
                    result[key] = node[bound]
            elif key in ("minimum", "maximum") and node.get("exclusive" + key.capitalize()) is True:
                continue
            else:
                result[key] = copy.deepcopy(value)
        self.pin_discriminator(node, result, chain)
        self.close(result)
        if result.get("type") == "integer" or result.get("type") == ["integer", "null"]:
            bits = 32 if node.get("format") == "int32" else 64  # as the generated `Int32` / `Int` read it
            result.setdefault("minimum", -(2**(bits - 1)))
            result.setdefault("maximum", 2**(bits - 1) - 1)
        if node.get("nullable") is True and self.is_30:
            return {"anyOf": [{"type": "null"}, result]}
        return result

    def pin_discriminator(self, node, result, chain):
        """Each `oneOf`/`anyOf` variant's tag property holds that variant's tag values."""
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or "propertyName" not in discriminator:
            return
        name = discriminator["propertyName"]
        mapping = discriminator.get("mapping", {})
        for key in ("oneOf", "anyOf"):
            for index, part in enumerate(node.get(key, [])):
                ref = part.get("$ref") if isinstance(part, dict) else None
                if not ref:
                    continue
                tags = [tag for tag, target in mapping.items() if target in (ref, ref.split("/")[-1])]
                if not tags:
                    tags = self.declared_tags(ref, name) or [ref.split("/")[-1]]
                result[key][index] = {"allOf": [result[key][index],
                                                {"required": [name], "properties": {name: {"enum": tags}}}]}

    def declared_tags(self, ref, name):
        """The values the variant's own schema allows for the tag (`const` or `enum`), through `allOf`."""
        schema = resolve_pointer(self.document, ref)
        parts = [schema]
        while parts:
            part = parts.pop()
            while isinstance(part, dict) and "$ref" in part:
                part = resolve_pointer(self.document, part["$ref"])
            if not isinstance(part, dict):
                continue
            tag = part.get("properties", {}).get(name)
            while isinstance(tag, dict) and "$ref" in tag:
                tag = resolve_pointer(self.document, tag["$ref"])
            if isinstance(tag, dict):
                if "const" in tag:
                    return [tag["const"]]
                if isinstance(tag.get("enum"), list):
                    return list(tag["enum"])
            parts.extend(part.get("allOf", []))
        return None

    @staticmethod
    def close(result):
        if "properties" in result and not any(k in result for k in ("type", "oneOf", "anyOf", "allOf")):
            result["type"] = "object"
        if "items" in result and not any(k in result for k in ("type", "oneOf", "anyOf", "allOf")):
            result["type"] = "array"
        if "properties" in result:
            # A required member the schema does not describe is kept as any JSON value.
            for name in result.get("required", []):
                result["properties"].setdefault(name, True)
        if "additionalProperties" in result and "allOf" not in result:
            return
        if "allOf" in result and any(isinstance(p, dict) and Converter.declares_members(p) for p in result["allOf"]):
            names = set(result.get("properties", {}))
            for part in result["allOf"]:
                names |= Converter.member_names(part)
                Converter.open_part(part)
            result.setdefault("properties", {})
            for name in names:
                result["properties"].setdefault(name, True)
            result["additionalProperties"] = False
        elif "properties" in result and not any(k in result for k in ("oneOf", "anyOf")):
            for name in result.get("required", []):
                result["properties"].setdefault(name, True)
            result["additionalProperties"] = False

    @staticmethod
    def declares_members(part):
        return "properties" in part or any(
            isinstance(p, dict) and Converter.declares_members(p) for p in part.get("allOf", []))

    @staticmethod
    def member_names(part):
        if not isinstance(part, dict):
            return set()
        names = set(part.get("properties", {})) | set(part.get("required", []))
        for inner in part.get("allOf", []):
            names |= Converter.member_names(inner)
        return names

    @staticmethod
    def open_part(part):
        """An `allOf` part's own closing is lifted: the whole object is closed over all parts."""
        if isinstance(part, dict):
            if part.get("additionalProperties") is False:
                del part["additionalProperties"]
            for inner in part.get("allOf", []):
                Converter.open_part(inner)
