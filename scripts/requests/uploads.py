"""The files the request-check driver uploads and the server expects, by multipart member name, and
the server's independent reading of a multipart/form-data body (Python's own `email` parser, not the
one openapi-core validates with, nor the generated client's writer)."""

import email.parser
import email.policy


def expected(name):
    """(bytes, filename, content type) of the sample file sent as member `name`: every byte value,
    CR LF and a boundary-like line, so any text-mode or boundary mistake changes the bytes."""
    data = bytes(range(256)) + b"\r\n--specgen-\r\n" + name.encode() + b"\x00\xff"
    lowered = name.lower()
    if "audio" in lowered:
        content_type = "audio/mpeg"
    elif "image" in lowered or "logo" in lowered or "thumbnail" in lowered:
        content_type = "image/png"
    else:
        content_type = "video/mp4"
    return data, "sample %s.bin" % name, content_type


def file_parts(content_type, body):
    """[(member name, filename, content type, bytes)] for every part of a multipart/form-data body
    that carries a filename."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ValueError("not a multipart body: " + content_type)
    parts = []
    for part in message.iter_parts():
        filename = part.get_filename()
        if filename is None:
            continue
        name = part.get_param("name", header="content-disposition")
        parts.append((name, filename, part.get_content_type(), part.get_payload(decode=True)))
    return parts


def compare(content_type, body):
    """(files, files equal, list of mismatch messages) for one request body."""
    mismatches = []
    parts = file_parts(content_type, body)
    equal = 0
    for name, filename, part_type, data in parts:
        before = len(mismatches)
        want_data, want_name, want_type = expected(name)
        if data != want_data:
            mismatches.append("%s: %d bytes differ from the %d sent" % (name, len(data or b""), len(want_data)))
        if filename != want_name:
            mismatches.append("%s: filename %r, expected %r" % (name, filename, want_name))
        if part_type != want_type:
            mismatches.append("%s: content type %r, expected %r" % (name, part_type, want_type))
        equal += len(mismatches) == before
    return len(parts), equal, mismatches
