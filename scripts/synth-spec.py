#!/usr/bin/env python3
"""A synthetic OpenAPI 3.1 document for scaling and side-by-side measurements (scripts/bench-peer.sh).

    scripts/synth-spec.py SCHEMAS OUT.yaml [RING]

SCHEMAS object schemas, each with the usual mix of members (a uuid, a bounded string and integer, a
nullable number, an inline string enum, an array, a map, a link to the next schema and a date-time),
and one GET and one PATCH operation for every fourth schema. The `next` links form rings of RING
schemas (default: one ring of them all), so the documents stay connected like real ones.
"""

import sys


def schema_lines(index, linked):
    return [
        f"    Thing{index}:",
        "      type: object",
        "      description: A synthetic thing.",
        "      required: [id, name]",
        "      properties:",
        "        id: {type: string, format: uuid}",
        "        name: {type: string, maxLength: 140}",
        "        count: {type: integer, minimum: 0, maximum: 1000}",
        "        ratio: {type: [number, 'null']}",
        "        kind: {type: string, enum: [alpha, beta, gamma]}",
        "        tags: {type: array, items: {type: string}}",
        "        meta: {type: object, additionalProperties: {type: string}}",
        f"        next: {{$ref: '#/components/schemas/Thing{linked}'}}",
        "        createdAt: {type: string, format: date-time}",
    ]


def path_lines(index):
    ref = f"{{$ref: '#/components/schemas/Thing{index}'}}"
    identifier = "{name: id, in: path, required: true, schema: {type: string}}"
    return [
        f"  /things{index}/{{id}}:",
        "    get:",
        f"      operationId: getThing{index}",
        f"      parameters: [{identifier}, {{name: tags, in: query, schema: {{type: array, items: {{type: string}}}}}}]",
        f"      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {ref}}}}}}}}}",
        "    patch:",
        f"      operationId: patchThing{index}",
        f"      parameters: [{identifier}]",
        f"      requestBody: {{content: {{application/json: {{schema: {ref}}}}}}}",
        "      responses: {'204': {description: done}}",
    ]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    ring = int(sys.argv[3]) if len(sys.argv) == 4 else count
    lines = ["openapi: 3.1.0", "info: {title: Synthetic, version: '1'}", "paths:"]
    for index in range(0, count, 4):
        lines += path_lines(index)
    lines += ["components:", "  schemas:"]
    for index in range(count):
        start = index - index % ring
        # A last, partial ring closes on the first schema of the document.
        linked = start + (index + 1 - start) % ring if start + ring <= count else (index + 1) % count
        lines += schema_lines(index, linked)
    with open(out, "w") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
