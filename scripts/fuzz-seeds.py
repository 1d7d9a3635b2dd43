#!/usr/bin/env python3
"""Slices specs too large for a fuzzing input into small, self-contained seed documents.

    scripts/fuzz-seeds.py OUT_FOLDER MAX_BYTES SPEC...

libFuzzer inputs are capped (scripts/fuzz.sh: 64 KiB), so whole specs such as Livepeer, Mux, api.video
or YouTube's Discovery document cannot seed the corpus. This writes, for each SPEC larger than MAX_BYTES:

- OpenAPI: one document per path (its operations, with every component they reach, transitively) and
  one per component schema (with the schemas it reaches), keeping `openapi`, `info`, `servers` and
  `security`;
- Google Discovery: one document per top-level resource, with its methods, the global parameters and
  every schema its methods reach.

Each slice is compact JSON no larger than MAX_BYTES (larger slices are skipped), named after the spec
and the slice. Refs are kept as written, so slices are valid documents of the same kind.
"""

import json
import os
import sys

try:
    import yaml
except ImportError:  # a fresh machine may lack PyYAML: JSON specs are still sliced
    yaml = None


def load(path):
    with open(path, "rb") as file:
        text = file.read()
    if path.endswith(".json"):
        return json.loads(text)
    if yaml is None:
        raise ValueError("PyYAML is not installed")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def refs(node, found):
    """Every `$ref` string below `node`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                refs(value, found)
    elif isinstance(node, list):
        for item in node:
            refs(item, found)
    return found


def resolve(document, pointer):
    node = document
    for token in pointer.lstrip("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def openapi_slices(document):
    """(name, document) per path and per component schema."""
    base = {key: document[key] for key in ("openapi", "info", "servers", "security") if key in document}

    def closed(roots):
        """The components `roots` reach, as a `components` mapping."""
        components, pending, seen = {}, list(refs(roots, set())), set()
        while pending:
            ref = pending.pop()
            if ref in seen or not ref.startswith("#/components/"):
                continue
            seen.add(ref)
            parts = ref[len("#/components/"):].split("/")
            if len(parts) < 2:
                continue
            target = resolve(document, "#/components/" + parts[0] + "/" + parts[1])
            if target is None:
                continue
            components.setdefault(parts[0], {})[parts[1].replace("~1", "/").replace("~0", "~")] = target
            pending.extend(refs(target, set()))
        security = document.get("components", {}).get("securitySchemes")
        if security:
            components["securitySchemes"] = security
        return components

    for path, item in (document.get("paths") or {}).items():
        yield "path" + path, dict(base, paths={path: item}, components=closed(item))
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        components = closed(schema)
        components.setdefault("schemas", {})[name] = schema
        yield "schema-" + name, dict(base, paths={}, components=components)


def discovery_slices(document):
    """(name, document) per top-level resource."""
    base = {key: value for key, value in document.items() if key not in ("resources", "schemas", "methods")}
    schemas = document.get("schemas") or {}
    for name, resource in (document.get("resources") or {}).items():
        reached, pending = {}, list(refs(resource, set()))
        while pending:
            ref = pending.pop()
            if ref in reached or ref not in schemas:
                continue
            reached[ref] = schemas[ref]
            pending.extend(refs(schemas[ref], set()))
        yield "resource-" + name, dict(base, resources={name: resource}, schemas=reached)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, limit, specs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    written = 0
    for spec in specs:
        if os.path.getsize(spec) <= limit:
            continue
        try:
            document = load(spec)
        except Exception as error:  # a spec the seeder cannot read is the fuzzer's business, not ours
            print(f"fuzz-seeds: skipping {spec}: {error}", file=sys.stderr)
            continue
        if not isinstance(document, dict):
            continue
        slices = discovery_slices(document) if "discoveryVersion" in document else openapi_slices(document)
        stem = spec.replace("/", "_").lstrip("._")
        for name, piece in slices:
            text = json.dumps(piece, separators=(",", ":"), default=str)
            if len(text.encode()) > limit:
                continue
            safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:80]
            with open(os.path.join(out, f"{stem}.{safe}.json"), "w") as file:
                file.write(text)
            written += 1
    print(f"fuzz-seeds: {written} slices of the specs over {limit} bytes")


if __name__ == "__main__":
    main()
