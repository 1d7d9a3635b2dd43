"""Builds every method's request with google-api-python-client (build_from_document and a
recording http object) and compares each with the line the Swift driver printed for it: method,
URL path, query items as a multiset, JSON body.

    python compare.py <discovery.json> <driver-output>
"""
import base64
import collections
import json
import keyword
import sys
import urllib.parse

import httplib2
from googleapiclient.discovery import build_from_document
from googleapiclient.http import MediaInMemoryUpload

import cases


class RecordingHttp:
    """An http object for googleapiclient: records each request, answers 200 `{}`."""

    def __init__(self):
        self.requests = []

    def request(self, uri, method="GET", body=None, headers=None, **_):
        self.requests.append({"uri": uri, "method": method, "body": body, "headers": headers or {}})
        return httplib2.Response({"status": "200", "content-type": "application/json"}), b"{}"


def python_keyword(name):
    """googleapiclient's renaming of parameter names (`$.xgafv` -> `x__xgafv`, `max-results` -> `max_results`)."""
    prefix = "" if name[0].isalpha() else "x"
    return prefix + "".join(c if c.isalnum() else "_" for c in name)


def split(uri):
    parts = urllib.parse.urlsplit(uri)
    query = collections.Counter(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    return parts.scheme + "://" + parts.netloc + parts.path, query


def body_json(text):
    if text is None or text == "":
        return None
    if isinstance(text, bytes):
        text = text.decode()
    return json.loads(text)


def related_parts(body, content_type):
    """The parts of a multipart/related body as (media type without parameters, JSON value or bytes)."""
    if not content_type.startswith("multipart/related"):
        return ("not multipart/related", content_type)
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    parts = []
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk[1:]
        separator = b"\r\n\r\n" if b"\r\n\r\n" in chunk else b"\n\n"
        head, payload = chunk.split(separator, 1)
        payload = payload[:-2] if payload.endswith(b"\r\n") else payload[:-1] if payload.endswith(b"\n") else payload
        headers = {}
        for line in head.decode().splitlines():
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        media_type = headers.get("content-type", "").split(";")[0].strip()
        parts.append((media_type, json.loads(payload) if media_type == "application/json" else payload))
    return parts


def python_name(name):
    """googleapiclient's renaming of methods and resources that are Python keywords (`import` -> `import_`)."""
    return name + "_" if keyword.iskeyword(name) or name == "body" else name


def resource(service, path):
    for name in path:
        service = getattr(service, python_name(name))()
    return service


def main():
    document = cases.load(sys.argv[1])
    swift = {}
    decoded = {}
    errors = []
    for line in open(sys.argv[2]):
        line = line.strip()
        if line.startswith("{"):
            record = json.loads(line)
            if "decoded" in record:
                decoded[record["id"]] = json.loads(record["decoded"])
            else:
                swift[record["id"]] = record
        elif line:
            errors.append(line)
    http = RecordingHttp()
    service = build_from_document(document, http=http)
    total = equal = 0
    uploads = uploads_equal = 0
    answers = round_trips = 0
    differences = []
    round_trip_failures = []
    for call in cases.calls(document):
        if call["media"] is not None:
            uploads += 1
        else:
            total += 1
        kwargs = {python_keyword(name): value for name, _, value in call["parameters"]}
        kwargs.update({python_keyword(name): value for name, value in cases.STANDARD.items()})
        if call["body"] is not None:
            kwargs["body"] = call["body"]
        key = call["key"]
        if call["media"] is not None:
            # The Python client's simple upload: the same method with `media_body` (and `body` for a
            # multipart upload).
            kwargs["media_body"] = MediaInMemoryUpload(call["media"], mimetype=cases.MEDIA_TYPE, resumable=False)
            key = key[: -len("MultipartUpload")] if key.endswith("MultipartUpload") else key[: -len("Upload")]
        http.requests.clear()
        try:
            getattr(resource(service, call["path"]), python_name(key))(**kwargs).execute()
        except Exception as error:  # noqa: BLE001 - reported as a difference
            differences.append("%s: python client failed: %r" % (call["id"], error))
            continue
        for index, answer in enumerate(call["answers"]):
            answers += 1
            key = "%s#%d" % (call["id"], index)
            if decoded.get(key) == answer:
                round_trips += 1
            else:
                round_trip_failures.append("%s: %s decoded and re-encoded as %s" % (
                    key, json.dumps(answer, ensure_ascii=False)[:300], json.dumps(decoded.get(key), ensure_ascii=False)[:300]))
        python = http.requests[-1]
        mine = swift.get(call["id"])
        if mine is None:
            differences.append("%s: no Swift request" % call["id"])
            continue
        problems = []
        if python["method"] != mine["method"]:
            problems.append("method %s != %s" % (mine["method"], python["method"]))
        swift_url, swift_query = split(mine["url"])
        python_url, python_query = split(python["uri"])
        if swift_url != python_url:
            problems.append("url %s != %s" % (swift_url, python_url))
        if swift_query != python_query:
            problems.append("query only in Swift %s, only in Python %s"
                            % (dict(swift_query - python_query), dict(python_query - swift_query)))
        if call["media"] is not None and call["body"] is not None:
            swift_parts = related_parts(base64.b64decode(mine.get("bodyBase64", "")), mine.get("contentType", ""))
            python_body = python["body"] if isinstance(python["body"], bytes) else python["body"].encode("latin-1")
            python_parts = related_parts(python_body, python["headers"].get("content-type", ""))
            if swift_parts != python_parts:
                problems.append("multipart/related parts %r != %r" % (swift_parts, python_parts))
        elif call["media"] is not None:
            sent = base64.b64decode(mine.get("bodyBase64", ""))
            if sent != python["body"]:
                problems.append("media body %r != %r" % (sent, python["body"]))
            if mine.get("contentType") != python["headers"].get("content-type"):
                problems.append("content type %s != %s" % (mine.get("contentType"), python["headers"].get("content-type")))
        elif body_json(mine.get("body")) != body_json(python["body"]):
            problems.append("body differs: %s != %s" % (mine.get("body"), python["body"]))
        if problems:
            differences.append("%s: %s" % (call["id"], "; ".join(problems)))
        elif call["media"] is not None:
            uploads_equal += 1
        else:
            equal += 1
    for message in errors + differences + round_trip_failures:
        print("  " + message[:600])
    print("%d methods, %d equal, %d differ" % (total, equal, total - equal))
    print("media upload (simple and multipart): %d methods, %d equal, %d differ"
          % (uploads, uploads_equal, uploads - uploads_equal))
    print("response round trip: %d instances (%d random), %d equal, %d failures"
          % (answers, answers - sum(1 for call in cases.calls(document) if call["answers"]), round_trips,
             answers - round_trips))
    ok = equal == total and uploads_equal == uploads and round_trips == answers and not errors
    sys.exit(0 if ok else 1)


main()
