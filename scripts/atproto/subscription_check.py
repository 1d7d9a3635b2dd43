"""The subscription check of scripts/check-subscriptions.sh: a WebSocket server on 127.0.0.1 (the
`websockets` package) sends AT Protocol event-stream frames that libipld encodes (an implementation
independent of specgen's), and the Swift driver, through the generated PlaceStream client method over
the NIO WebSocket transport, prints what it decoded, one JSON line per message. Two connections:

- `full`: every frame (segments of many sizes, relative and full type names, unknown message types
  with CID links and bytes), then an error frame; each decoded message must equal what was sent.
- `cancel`: frames until the driver cancels its loop after 3 messages; the server must then see a
  normal WebSocket close (1000), not a dropped connection.

    python subscription_check.py DRIVER   (prints `subscriptions: N frames sent, N decoded, 0 differ`)
"""

import asyncio
import base64
import hashlib
import json
import random
import sys
from urllib.parse import parse_qs, urlsplit

import libipld
from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

NSID = "place.stream.live.subscribeSegments"
STREAMER = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
CANCEL_STREAMER = "did:plc:cancelcancelcancelcancel"
TOKEN = "access-jwt-for-the-check"


def b64(data):
    return base64.b64encode(data).decode()


def unpadded(data):
    return b64(data).rstrip("=")


def cid(seed):
    # A CIDv1, dag-cbor, sha-256: libipld writes these bytes as a tag-42 link.
    return b"\x01\x71\x12\x20" + hashlib.sha256(seed).digest()


def segment_bytes(rng, size):
    data = bytearray(rng.randbytes(size))
    if data:
        data[0] = 0xAA  # never a valid CID's first byte, so libipld keeps it plain bytes
    return bytes(data)


def frames(rng):
    """(frame bytes, the JSON line the driver must print) for each frame of the `full` connection."""
    out = []

    def message(header, body, expected):
        out.append((libipld.encode_dag_cbor(header) + libipld.encode_dag_cbor(body), expected))

    sizes = [0, 1, 7, 100, 1000, 16383, 16384, 16385, 70000, 300000] + [rng.randrange(0, 5000) for _ in range(20)]
    for index, size in enumerate(sizes):
        data = segment_bytes(rng, size)
        tag = "#segment" if index % 3 else NSID + "#segment"
        message({"op": 1, "t": tag}, data, {"segment": b64(data)})
    for index in range(10):
        link = cid(b"commit %d" % index)
        blocks = rng.randbytes(rng.randrange(1, 64))
        body = {
            "seq": index + 1,
            "repo": STREAMER,
            "blocks": blocks,
            "ops": [{"action": "create", "path": "place.stream.livestream/3k%d" % index, "cid": link}],
            "prev": None,
            "tooBig": index % 2 == 0,
            "time": "2024-05-01T12:30:0%d.000Z" % index,
        }
        expected = dict(body)
        expected["blocks"] = {"$bytes": unpadded(blocks)}
        expected["ops"] = [dict(body["ops"][0], cid={"$link": libipld.encode_cid(link)})]
        tag = "#commit" if index % 2 else "com.example.other#event"
        expected["$type"] = NSID + tag if tag.startswith("#") else tag
        message({"op": 1, "t": tag}, body, {"unknown": expected})
    error = {"error": "FutureCursor", "message": "Cursor in the future."}
    message({"op": -1}, error, error)
    return out


async def main(driver):
    rng = random.Random(13)
    sent = frames(rng)
    upgrades, closes = [], []

    async def handler(connection):
        request = connection.request
        query = parse_qs(urlsplit(request.path).query)
        upgrades.append(
            {"path": urlsplit(request.path).path, "streamer": query.get("streamer", [None])[0],
             "authorization": request.headers.get("Authorization")})
        if query.get("streamer") == [CANCEL_STREAMER]:
            try:
                for index in range(2000):  # bounded: about 40 s at most
                    await connection.send(sent[index % 10][0])
                    await asyncio.sleep(0.02)
            except ConnectionClosed as closed:
                closes.append(closed.rcvd.code if closed.rcvd else None)
            return
        for data, _ in sent:
            await connection.send(data)
        await connection.close()

    async with serve(handler, "127.0.0.1", 0, max_size=None) as server:
        port = server.sockets[0].getsockname()[1]
        url = "http://127.0.0.1:%d" % port
        results = {}
        for mode, streamer in (("full", STREAMER), ("cancel", CANCEL_STREAMER)):
            process = await asyncio.create_subprocess_exec(
                driver, url, streamer, TOKEN, mode, stdout=asyncio.subprocess.PIPE)
            output, _ = await asyncio.wait_for(process.communicate(), timeout=120)
            if process.returncode != 0:
                print("driver failed (%s): exit %d" % (mode, process.returncode))
                return 1
            results[mode] = [json.loads(line) for line in output.decode().splitlines() if line.strip()]
            await asyncio.sleep(0.2)

    received = results["full"]
    differ = sum(1 for (_, want), got in zip(sent, received) if want != got) + abs(len(sent) - len(received))
    for index, ((_, want), got) in enumerate(zip(sent, received)):
        if want != got:
            print("frame %d differs: sent %s, decoded %s" % (index, json.dumps(want)[:200], json.dumps(got)[:200]))
    problems = []
    expected_upgrade = {"path": "/xrpc/" + NSID, "authorization": "Bearer " + TOKEN}
    for upgrade, streamer in zip(upgrades, (STREAMER, CANCEL_STREAMER)):
        if upgrade != dict(expected_upgrade, streamer=streamer):
            problems.append("upgrade request %s" % upgrade)
    if len(upgrades) != 2:
        problems.append("%d upgrade requests, not 2" % len(upgrades))
    if results["cancel"] != [{"cancelled": True}]:
        problems.append("cancel run printed %s" % results["cancel"])
    if closes != [1000]:
        problems.append("cancelled connection closed with %s, not a normal close (1000)" % closes)
    print("subscriptions: %d frames sent, %d decoded, %d differ" % (len(sent), len(received), differ))
    print("cancellation: closed with %s after 3 messages" % (closes[0] if closes else "nothing"))
    for problem in problems:
        print("FAILED: " + problem)
    return 1 if differ or problems else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
