"""Writes Tests/Fixtures/atproto-frames.json: AT Protocol event-stream frames encoded by libipld (the
Rust IPLD library's Python binding, an implementation independent of specgen's), with the JSON form
each body should decode to. The Swift tests decode these bytes and re-encode them byte for byte.

    python3 -m venv /tmp/v && /tmp/v/bin/pip install libipld && /tmp/v/bin/python scripts/atproto/make_frames.py
"""

import base64
import json
import os

import libipld

CID = "bafyreiclp443lavogvhj3d2ob2cxbfuscni2k5jk7bebjzg7khl3esabwq"
SEGMENT = bytes(range(0, 256, 7))
# libipld reads and writes a CID link as the CID's binary form (tag 42 in DAG-CBOR).
CID_BINARY = libipld.decode_multibase(CID)[1]


def b64(data):
    return base64.b64encode(data).decode().rstrip("=")


def frame(name, header, body, body_json):
    data = libipld.encode_dag_cbor(header) + libipld.encode_dag_cbor(body)
    assert libipld.decode_dag_cbor_multi(data) == [header, body], name
    return {"name": name, "frame": base64.b64encode(data).decode(), "header": header, "body": body_json}


frames = [
    frame("place.stream segment (a bytes message)", {"op": 1, "t": "#segment"}, SEGMENT, {"$bytes": b64(SEGMENT)}),
    frame(
        "commit-shaped message with a CID link, bytes and nesting",
        {"op": 1, "t": "#commit"},
        {
            "seq": 5,
            "repo": "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
            "blocks": b"\x01\x02\x03",
            "ops": [{"action": "create", "path": "place.stream.livestream/3k2a", "cid": CID_BINARY}],
            "prev": None,
            "tooBig": False,
            "time": "2024-05-01T12:30:00.000Z",
        },
        {
            "seq": 5,
            "repo": "did:plc:ewvi7nxzyoun6zhxrhs64oiz",
            "blocks": {"$bytes": b64(b"\x01\x02\x03")},
            "ops": [{"action": "create", "path": "place.stream.livestream/3k2a", "cid": {"$link": CID}}],
            "prev": None,
            "tooBig": False,
            "time": "2024-05-01T12:30:00.000Z",
        },
    ),
    frame(
        "error frame",
        {"op": -1},
        {"error": "FutureCursor", "message": "Cursor in the future."},
        {"error": "FutureCursor", "message": "Cursor in the future."},
    ),
    frame("full type name", {"op": 1, "t": "place.stream.live.subscribeSegments#segment"}, b"", {"$bytes": ""}),
]

out = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "atproto-frames.json")
with open(out, "w") as handle:
    json.dump({"encoder": "libipld (PyPI)", "frames": frames}, handle, indent=1)
    handle.write("\n")
print("wrote", os.path.normpath(out))
