"""Which status the request-check server answers for each documented response of an operation, when
the driver asks for it (`X-Specgen-Answer: <key>`): the status itself, a code of a range (`4XX`) the
operation does not document on its own, and for `default` a code documented nowhere in the operation."""

METHOD_KEYS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def documented(operation):
    """The operation's response keys as written (`200`, `4XX`, `default`), extensions and 101 left out."""
    return [str(k) for k in (operation.get("responses") or {}) if not str(k).startswith("x-") and str(k) != "101"]


def is_success(key, keys):
    """A 2xx code or range; `default` only when it is the one response (the generated client's rule)."""
    if key.upper() == "DEFAULT":
        return all(k.upper() == "DEFAULT" for k in keys)
    return key.startswith("2")


def status_for(key, keys):
    """The HTTP status that answers response `key` of an operation documenting `keys`."""
    codes = {int(k) for k in keys if k.isdigit()}
    if key.isdigit():
        return int(key)
    if key.upper() == "DEFAULT":
        if is_success(key, keys):
            return 200
        ranges = {int(k[0]) for k in keys if k.upper().endswith("XX")}
        for code in (418, 599, 520, 499, 450):
            if code not in codes and code // 100 not in ranges:
                return code
    hundreds = int(key[0]) * 100
    return next(code for code in range(hundreds, hundreds + 100) if code not in codes)
