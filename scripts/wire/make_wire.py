"""Random valid instances of every body-reachable schema of an OpenAPI document, and the Swift
program that decodes each through its generated type and re-encodes it.

    python3 make_wire.py <spec> <Module> <types.tsv> <count> <instances-dir> > WireCheck.swift

<types.tsv> is `specgen types <spec> --module-name <Module>`: a schema's JSON pointer, a tab, its
Swift type. A schema is tested when a request or response body reaches it and the generator
declared a type for it (arrays and scalars are tested through the types holding them). Instances
come from hypothesis-jsonschema on the schema as `wire_schemas` converts it; a schema it cannot
generate from (unsatisfiable as the generated code reads it) is listed with the reason.
Progress and skipped schemas go to standard error.
"""

import contextlib
import json
import os
import re
import sys
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "requests"))
from samples import load_document  # noqa: E402
from wire_schemas import Converter, body_schema_pointers, reachable_pointers  # noqa: E402


def instances_of(schema, count):
    found = []
    with warnings.catch_warnings(), contextlib.redirect_stdout(sys.stderr):
        warnings.simplefilter("ignore")

        @settings(max_examples=count * 3 + 10, database=None, deadline=None,
                  suppress_health_check=list(HealthCheck))
        @given(from_schema(schema))
        def collect(value):
            if len(found) < count and value not in found:
                found.append(value)

        collect()
    return found


def main():
    spec, module, index_path, count, folder = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    document = load_document(spec)
    types = {}
    with open(index_path) as handle:
        for line in handle:
            pointer, _, name = line.rstrip("\n").partition("\t")
            types[pointer] = name
    reachable = reachable_pointers(document, body_schema_pointers(document))
    converter = Converter(document)
    only = os.environ.get("WIRE_ONLY")
    checks = []
    for number, pointer in enumerate(sorted(p for p in reachable if p in types)):
        if only and not re.search(only, types[pointer]):
            continue
        try:
            found = instances_of(converter.convert(pointer), count)
        except Exception as error:  # hypothesis-jsonschema says why it cannot generate
            reason = type(error).__name__ + ": " + str(error).split("\n")[0][:200]
            print("unsatisfiable %s (%s): %s" % (types[pointer], pointer, reason), file=sys.stderr)
            continue
        if not found:
            print("unsatisfiable %s (%s): no instance" % (types[pointer], pointer), file=sys.stderr)
            continue
        name = "t%d" % number
        with open(os.path.join(folder, name + ".json"), "w") as handle:
            json.dump(found, handle)
        checks.append((name, pointer, types[pointer]))
    print("import Foundation")
    print("import SpecgenRuntime")
    print("import " + module)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "WireCheck.swift")) as handle:
        print(handle.read().replace("@FOLDER@", folder))
    print("func runChecks(_ run: inout WireRun) {")
    for name, pointer, swift in checks:
        print("  run.check(%s, %s, %s.self)" % (json.dumps(name), json.dumps(swift + " " + pointer), swift))
    print("}")


if __name__ == "__main__":
    main()
