"""A local HTTP server that validates every request against an OpenAPI document with openapi-core
(a validator this project did not write) and answers with the spec's example, or a schema-valid
sample, for the operation's first success response.

    python3 server.py <openapi.yaml> <port> <stats.json>

Requests go below http://127.0.0.1:<port>/api (the document's servers are replaced by that URL).
Counts are written to <stats.json> after every request: received, valid, rejected, answers that
failed response validation, and the rejection messages.
"""

import copy
import io
import json
import re
import sys
import threading

from openapi_core import Config, OpenAPI
from openapi_core.deserializing.media_types.util import data_form_loads
from werkzeug.datastructures import ImmutableMultiDict
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from samples import Sampler, load_document, python_pattern
import answers
import streams
import uploads

METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]


def main():
    spec_path, port, stats_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    document = load_document(spec_path)
    document["servers"] = [{"url": "http://127.0.0.1:%d/api" % port}]
    openapi = OpenAPI.from_dict(
        python_patterns(multipart_as_form(copy.deepcopy(document))),
        config=Config(
            extra_media_type_deserializers={
                "multipart/form-data": multipart_text_parts,
                "text/plain": as_text,
                "application/octet-stream": as_text,
            }
        ),
    )
    sampler = Sampler(document, "response")
    routes = []
    for path, item in document.get("paths", {}).items():
        pattern = "^/api" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path)) + "$"
        for method in [m for m in item if m in METHODS]:
            parameters = [sampler.resolve(p) for p in item.get("parameters", []) + item[method].get("parameters", [])]
            routes.append((re.compile(pattern), method.upper(), path, item[method], parameters))
    stats = {"received": 0, "valid": 0, "rejected": 0, "invalidAnswers": 0, "rejections": [], "operations": [],
             "files": 0, "filesEqual": 0, "answered": 0}
    lock = threading.Lock()

    def answer_for(operation, asked=None):
        """The first success response, or the response `asked` names (`X-Specgen-Answer: 404`)."""
        responses = {str(k): v for k, v in operation.get("responses", {}).items()}
        if asked is not None:
            status_key = asked
            status = answers.status_for(asked, answers.documented(operation))
        else:
            successes = sorted(k for k in responses if k.startswith("2"))
            status_key = successes[0] if successes else "default"
            status = 200 if status_key.upper() in ("2XX", "DEFAULT") else int(status_key)
        response = sampler.resolve(responses.get(status_key, {}))
        headers = answer_headers(response)
        content = response.get("content") or {}
        if not content:
            return status, None, b"", headers
        media, media_object = next(iter(content.items()))
        schema = media_object.get("schema", {})
        candidates = []
        if "example" in media_object:
            candidates.append(media_object["example"])
        for example in (media_object.get("examples") or {}).values():
            example = sampler.resolve(example)
            if isinstance(example, dict) and "value" in example:
                candidates.append(example["value"])
        candidates.append(sampler.value(schema))
        return status, media, candidates, headers

    def answer_headers(response):
        """The headers `response` documents, each a sample of its schema written in the simple style
        (a list comma-separated, a boolean `true`/`false`); `Content-Type` is the body's own."""
        headers = {}
        for name, header in (response.get("headers") or {}).items():
            header = sampler.resolve(header)
            if name.lower() == "content-type":
                continue
            schema = header.get("schema")
            if schema is None:
                media = next(iter((header.get("content") or {}).values()), {})
                schema = media.get("schema", {"type": "string"})
            value = sampler.value(schema)

            def simple(item):
                return ("true" if item else "false") if isinstance(item, bool) else str(item)

            if isinstance(value, dict):
                continue  # an object header (simple style `k,v,...`) is not sent; none is documented so
            headers[name] = ",".join(simple(v) for v in value) if isinstance(value, list) else simple(value)
        return headers

    def application(environ, start_response):
        request = Request(environ)
        # The driver's second pass asks for each documented status in turn; those calls are counted
        # apart (`answered`), their requests validated all the same.
        asked = request.headers.get("X-Specgen-Answer")
        with lock:
            stats["answered" if asked else "received"] += 1
        route = next(
            (r for r in routes if r[1] == request.method and r[0].match(request.path)), None
        )
        if request.mimetype == "multipart/form-data" and not asked:
            # The uploads, read by Python's `email` parser, compared with the files the driver sent.
            try:
                files, equal, mismatches = uploads.compare(request.headers.get("Content-Type", ""), request.get_data())
            except Exception as error:
                files, equal, mismatches = 0, 0, ["unreadable multipart body: " + describe(error)]
            with lock:
                stats["files"] += files
                stats["filesEqual"] += equal
                stats["rejections"] += ["%s %s: upload %s" % (request.method, request.path, m) for m in mismatches]
        try:
            request = check_nested_deep_objects(request, route[4] if route else [], sampler, document)
            openapi_request = WerkzeugOpenAPIRequest(request)
            openapi.validate_request(openapi_request)
        except Exception as error:  # any validation failure is a rejection
            message = "%s %s: %s" % (request.method, request.full_path, describe(error))
            with lock:
                stats["rejected"] += 1
                stats["rejections"].append(message)
                write(stats_path, stats)
            body = json.dumps({"errors": [message]}).encode()
            return Response(body, status=400, content_type="application/json")(environ, start_response)
        status, media, candidates, headers = answer_for(route[3], asked) if route else (404, None, b"", {})
        with lock:
            if not asked:
                stats["valid"] += 1
                stats["operations"].append(request.method + " " + (route[2] if route else request.path))
        if media is None:
            response = Response(b"", status=status, headers=headers)
        elif media.split(";")[0].strip().lower() in streams.STREAMED:
            # Sent event by event (chunked, a pause between), from a sample of the event schema.
            count = int(request.args.get("count", "3"))
            sample = candidates[-1]

            def paced():
                import time

                chunks = list(streams.chunks(media, sample, count))
                for index, chunk in enumerate(chunks):
                    # A long pause before the last chunk: a client that streams has the first events
                    # well before the answer ends (the driver measures it).
                    time.sleep(streams.LAST_PAUSE if index == len(chunks) - 1 else 0.02)
                    yield chunk

            response = Response(paced(), status=status, content_type=media, headers=headers)
        else:
            response = None
            for candidate in candidates:
                body = json.dumps(candidate).encode()
                attempt = Response(body, status=status, content_type=media, headers=headers)
                try:
                    openapi.validate_response(openapi_request, WerkzeugOpenAPIResponse(attempt))
                    response = attempt
                    break
                except Exception as error:
                    last_error = describe(error)
            if response is None:
                with lock:
                    stats["invalidAnswers"] += 1
                    stats["rejections"].append("answer to %s %s invalid: %s" % (request.method, request.path, last_error))
                response = Response(
                    json.dumps(candidates[-1]).encode(), status=status, content_type=media, headers=headers)
        with lock:
            write(stats_path, stats)
        return response(environ, start_response)

    def guarded(environ, start_response):
        """An exception in this server is its own bug: logged with its traceback, answered 500."""
        try:
            return application(environ, start_response)
        except Exception:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            raise

    write(stats_path, stats)
    server = make_server("127.0.0.1", port, guarded, threaded=True)
    print("request-check server on http://127.0.0.1:%d/api" % port, flush=True)
    server.serve_forever()


def python_patterns(document):
    """Works around openapi-core compiling `pattern`s with Python's `re`: ECMA-262 named groups
    (`(?<name>...)`, in api.video's Content-Range pattern) are rewritten to Python's `(?P<name>...)`,
    which means the same; nothing else changes."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "pattern" and isinstance(value, str):
                document[key] = python_pattern(value)
            else:
                python_patterns(value)
    elif isinstance(document, list):
        for value in document:
            python_patterns(value)
    return document


def check_nested_deep_objects(request, parameters, sampler, document):
    """Works around openapi-core reading `deepObject` members one level deep only: nested members
    (`filterBy[browser][]=firefox`, the form api.video documents for its `filterBy`) are parsed here
    into the object they stand for and validated with jsonschema against the parameter's schema; the
    request openapi-core then validates has those items removed. Raises on an invalid object."""
    from urllib.parse import parse_qsl, urlencode

    import jsonschema

    items = parse_qsl(request.query_string.decode(), keep_blank_values=True)
    nested = {}
    for parameter in parameters:
        if parameter.get("in") != "query" or parameter.get("style") != "deepObject":
            continue
        name = parameter["name"]
        mine = [(k, v) for k, v in items if k.startswith(name + "[")]
        if not any(k.count("[") > 1 for k, _ in mine):
            continue
        value = {}
        for key, text in mine:
            path = re.findall(r"\[([^\]]*)\]", key[len(name):])
            target = value
            for index, step in enumerate(path):
                last = index == len(path) - 1
                following = None if last else path[index + 1]
                if last:
                    target[step] = text
                elif following == "":
                    target.setdefault(step, []).append(text)
                    break
                else:
                    target = target.setdefault(step, {})
        instance = cast_strings(value, sampler.merged(parameter.get("schema", {})), sampler)
        jsonschema.validate(instance, inline(parameter.get("schema", {}), sampler))
        nested[name] = True
    if not nested:
        return request
    kept = [(k, v) for k, v in items if k.split("[")[0] not in nested]
    body = request.get_data()
    environ = dict(request.environ, QUERY_STRING=urlencode(kept), **{"wsgi.input": io.BytesIO(body)})
    return Request(environ)


def cast_strings(value, schema, sampler):
    """Query text cast to the schema's scalar types, as a server reading the object would."""
    kind = Sampler.type_of(schema)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {k: cast_strings(v, sampler.merged(properties.get(k, {})), sampler) for k, v in value.items()}
    if isinstance(value, list):
        return [cast_strings(v, sampler.merged(schema.get("items", {})), sampler) for v in value]
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return value == "true"
    return value


def inline(schema, sampler, depth=0):
    """`schema` with its `$ref`s replaced by what they point to, for a stand-alone validator."""
    if isinstance(schema, dict):
        if "$ref" in schema and depth < 20:
            return inline(sampler.resolve(schema), sampler, depth + 1)
        return {k: inline(v, sampler, depth + 1) for k, v in schema.items() if k != "nullable"}
    if isinstance(schema, list):
        return [inline(v, sampler, depth + 1) for v in schema]
    return schema


def multipart_text_parts(value, **parameters):
    """openapi-core's own multipart parser, with each part's bytes read as UTF-8 text (its form-style
    caster, used for the primitive parts below, accepts text only)."""
    parts = data_form_loads(value, **parameters)
    return ImmutableMultiDict([(k, v.decode("utf-8", "surrogateescape")) for k, v in parts.items(multi=True)])


def as_text(value, **_):
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


def multipart_as_form(document):
    """Works around openapi-core reading multipart text parts as strings without casting them to the
    property's type (so `"true"` fails `type: boolean`; cf. openapi-core #700 for the form case, fixed
    there, and kin-openapi #1090 for multipart): each primitive, non-binary property of a multipart
    body gets an `encoding` entry with `style: form`, which makes openapi-core decode it with its own
    parameter caster. Binary parts are read as text (`as_text`), since the 3.1 schema validator does
    not accept bytes for `type: string`. Everything else is openapi-core's own validation.
    """
    sampler = Sampler(document, "request")
    for item in document.get("paths", {}).values():
        for method in [m for m in item if m in METHODS]:
            body = sampler.resolve(item[method].get("requestBody") or {})
            for media, media_object in (body.get("content") or {}).items():
                if not media.startswith("multipart/"):
                    continue
                schema = sampler.merged(media_object.get("schema", {}))
                encoding = media_object.setdefault("encoding", {})
                for name, prop in (schema.get("properties") or {}).items():
                    prop = sampler.merged(prop)
                    kind = Sampler.type_of(prop)
                    if kind in ("integer", "number", "boolean") and name not in encoding:
                        encoding[name] = {"style": "form", "explode": True}
    return document


def describe(error):
    parts = [type(error).__name__ + ": " + str(error)]
    cause = getattr(error, "__cause__", None)
    while cause is not None and len(parts) < 4:
        details = getattr(cause, "schema_errors", None)
        parts.append(type(cause).__name__ + ": " + str(cause))
        if details:
            parts += [str(d.message) for d in list(details)[:3]]
        cause = getattr(cause, "__cause__", None)
    return " <- ".join(parts)


def write(path, stats):
    with open(path + ".tmp", "w") as handle:
        json.dump(stats, handle, indent=1)
    import os

    os.replace(path + ".tmp", path)


main()
