"""Streamed answers of the request-check server: a `text/event-stream` or JSON Lines response is
written as several events (chunks sent one by one), numbered so the driver can check their order.

Event streams use everything the WHATWG parser must handle: a `retry` field, comments, `event` and `id`
fields, `data` split over two lines, and both LF and CR LF line ends."""

import copy
import json

# Seconds the server waits before an answer's last chunk.
LAST_PAUSE = 0.6

STREAMED = ("text/event-stream", "application/x-ndjson", "application/jsonl", "application/x-jsonlines")


def numbered(value, index):
    """`value` with its integer members set to `index` and its string members to `tick <index>`."""
    if isinstance(value, dict):
        result = copy.deepcopy(value)
        for key, member in value.items():
            if isinstance(member, bool):
                continue
            if isinstance(member, int):
                result[key] = index
            elif isinstance(member, str):
                result[key] = "tick %d" % index
        return result
    return value


def chunks(media, sample, count):
    """The answer's chunks, one per event or line."""
    media = media.split(";")[0].strip().lower()
    if media != "text/event-stream":
        for index in range(1, count + 1):
            yield (json.dumps(numbered(sample, index)) + "\n").encode()
        yield b"\n"
        return
    yield b"retry: 1500\r\n: keep-alive\r\n\r\n"
    for index in range(1, count + 1):
        end = "\r\n" if index % 2 else "\n"
        if isinstance(sample, str):
            lines = ["event: note", "id: %d" % index, "data: note %d" % index, "data: second line"]
        else:
            text = json.dumps(numbered(sample, index))
            head, _, tail = text.partition(", ")
            lines = ["event: tick", "id: %d" % index, "data: " + head + ("," if tail else ""), "data: " + tail]
        yield (end.join(lines) + end + end).encode()
