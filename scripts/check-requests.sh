#!/usr/bin/env bash
# Independent proof of the generated OpenAPI clients: for every OpenAPI target in specgen.yaml
# (the committed SDKs in Generated/), builds a driver that calls EVERY operation through
# URLSessionTransport and sends those calls to a local server that validates each request with
# openapi-core (installed from PyPI into a venv) and answers from the spec.
# Prints `N sent, N valid, 0 rejected, N decoded` per target, and `N files uploaded, N equal`: every
# `format: binary` member of a multipart body is sent as a real file, which the server reads with
# Python's own `email` parser and compares (bytes, filename, content type; scripts/requests/uploads.py).
# A second pass asks the server (`X-Specgen-Answer`) for every documented response of every operation
# in turn, `N statuses answered, N typed`: a success must be returned, an error status thrown as a
# documented case of the operation's error enum (`HTTPErrorResponse.isDocumented`, right status).
# Fails on any rejection, invalid answer, decode error, file that differs or untyped answer. Reads
# nothing outside this checkout.
#
# Random instances of every body schema, decoded and re-encoded, are scripts/check-wire.sh's job.
# An event-stream fixture (scripts/requests/events/events.yaml, generated here by this checkout's
# specgen) is answered event by event (chunked, a 0.6 s pause before the last chunk), read through
# URLSessionTransport's streaming path: `N events streamed, N decoded in order`, and the first event
# must be read before the answer ends.
# REQUEST_TARGETS="Livepeer Mux" narrows a run to those modules (the fixture always runs).
#
#   scripts/check-requests.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$repo/scripts/requests"

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-requests.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== python venv with openapi-core"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check openapi-core werkzeug rstr
python="$work/venv/bin/python"
"$python" -c 'import importlib.metadata as m; print("openapi-core", m.version("openapi-core"))'

# The OpenAPI targets of specgen.yaml, as "spec module" lines (a Lexicon folder or file is skipped).
targets=$("$python" "$tools/openapi_targets.py" "$repo/specgen.yaml" "${REQUEST_TARGETS:-}")
if [[ -z "$targets" ]]; then
  echo "error: no OpenAPI target in specgen.yaml${REQUEST_TARGETS:+ named $REQUEST_TARGETS}" >&2
  exit 1
fi

# One package, one driver (and round trip) per target, so the runtime is built once.
package="$work/drivers"
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
manifest_targets=""
while read -r spec module; do
  mkdir -p "$package/Sources/${module}Driver"
  (cd "$tools" && "$python" make_driver.py "$spec" "$module") >"$package/Sources/${module}Driver/main.swift"
  manifest_targets+="
    .executableTarget(
      name: \"${module}Driver\",
      dependencies: [.product(name: \"$module\", package: \"$identity\"), .product(name: \"SpecgenRuntime\", package: \"$identity\")],
      path: \"Sources/${module}Driver\"),"
done <<<"$targets"
# The event-stream fixture (no SDK has a streamed answer): scripts/requests/events/events.yaml generated
# by this checkout's specgen into a module of the driver package, read by events/main.swift.
echo "== event-stream fixture: generating Events"
swift build --package-path "$repo" --product specgen >/dev/null
"$(swift build --package-path "$repo" --show-bin-path)/specgen" generate "$tools/events/events.yaml" \
  --output "$package/Sources/Events" --module-name Events
mkdir -p "$package/Sources/EventsDriver"
cp "$tools/events/main.swift" "$package/Sources/EventsDriver/main.swift"
manifest_targets+="
    .target(
      name: \"Events\", dependencies: [.product(name: \"SpecgenRuntime\", package: \"$identity\")], path: \"Sources/Events\"),
    .executableTarget(
      name: \"EventsDriver\",
      dependencies: [\"Events\", .product(name: \"SpecgenRuntime\", package: \"$identity\")],
      path: \"Sources/EventsDriver\"),"
cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
// Written by scripts/check-requests.sh: drivers calling every operation of the committed SDKs.
import PackageDescription

let package = Package(
  name: "RequestDrivers",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo")],
  targets: [$manifest_targets
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
echo "== building the drivers"
swift build --package-path "$package"
bin="$(swift build --package-path "$package" --show-bin-path)"

check() {
  local spec=$1 module=$2
  echo
  echo "== $module: $spec"
  local port stats="$work/$module-stats.json"
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$tools" && exec "$python" server.py "$spec" "$port" "$stats") >"$work/$module-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q "request-check server" "$work/$module-server.log" 2>/dev/null && break
    sleep 0.2
  done
  local status=0
  "$bin/${module}Driver" "http://127.0.0.1:$port/api" | tee "$work/$module-driver.log" || status=$?
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""

  local operations files statuses
  operations=$(grep -c '^    sent += 1$' "$package/Sources/${module}Driver/main.swift")
  statuses=$(grep -c '^    answered += 1$' "$package/Sources/${module}Driver/main.swift")
  # Files sent in the first pass (the second pass sends them again, uncounted).
  files=$(sed '/Second pass/q' "$package/Sources/${module}Driver/main.swift" | grep -o 'upload("' | wc -l)
  "$python" - "$stats" "$work/$module-driver.log" "$operations" "$status" "$files" "$statuses" <<'PY'
import json, re, sys
stats = json.load(open(sys.argv[1]))
driver = open(sys.argv[2]).read()
operations, status, files, statuses = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
match = re.search(r"driver: (\d+) sent, (\d+) decoded", driver)
sent, decoded = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
print("%d sent, %d valid, %d rejected, %d decoded" % (sent, stats["valid"], stats["rejected"], decoded))
match = re.search(r"driver: (\d+) statuses answered, (\d+) typed", driver)
answered, typed = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
print("%d statuses answered, %d typed (every documented status of every operation)" % (stats["answered"], typed))
match = re.search(r"driver: (\d+) headers answered, (\d+) typed", driver)
headers, typed_headers = (int(match.group(1)), int(match.group(2))) if match else (-1, 0)
if headers:
    print("%d documented headers answered, %d typed (<op>WithHeaders)" % (headers, typed_headers))
if files or stats["files"]:
    print("%d files uploaded, %d equal (bytes, filename, content type)" % (stats["files"], stats["filesEqual"]))
if stats["invalidAnswers"]:
    # The server found no schema-valid answer (e.g. a schema requiring a member it forbids); the
    # answer is still sent, and the client must decode it.
    print("note: %d answers not valid for the spec (no valid instance exists or none was found):"
          % stats["invalidAnswers"])
for message in stats["rejections"]:
    print("  " + message[:400])
ok = (status == 0 and sent == operations and stats["received"] == sent and stats["valid"] == sent
      and stats["rejected"] == 0 and decoded == sent and stats["files"] == files and stats["filesEqual"] == files
      and answered == statuses and stats["answered"] == statuses and typed == statuses
      and headers >= 0 and typed_headers == headers)
if not ok:
    print("FAILED: expected %d operations sent, all valid and all decoded, %d files equal, %d statuses typed"
          % (operations, files, statuses))
    sys.exit(1)
PY
}

failed=()
while read -r spec module; do
  check "$spec" "$module" || failed+=("$module")
done <<<"$targets"

events() {
  echo
  echo "== Events: $tools/events/events.yaml (streamed answers)"
  local port stats="$work/events-stats.json"
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$tools" && exec "$python" server.py "$tools/events/events.yaml" "$port" "$stats") >"$work/events-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q "request-check server" "$work/events-server.log" 2>/dev/null && break
    sleep 0.2
  done
  local status=0
  "$bin/EventsDriver" "http://127.0.0.1:$port/api" | tee "$work/events-driver.log" || status=$?
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  "$python" - "$stats" "$work/events-driver.log" "$status" <<'PY'
import json, re, sys
stats = json.load(open(sys.argv[1]))
match = re.search(r"events: (\d+) streamed, (\d+) decoded in order", open(sys.argv[2]).read())
streamed, in_order = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
incremental = "(streamed: true)" in open(sys.argv[2]).read()
print("%d sent, %d valid, %d rejected; %d events streamed, %d decoded in order"
      % (stats["received"], stats["valid"], stats["rejected"], streamed, in_order))
for message in stats["rejections"]:
    print("  " + message[:400])
if (int(sys.argv[3]) != 0 or stats["rejected"] or stats["valid"] != 3 or streamed != 11 or in_order != 11
        or not incremental):
    print("FAILED: expected 3 valid requests, 11 events (5 ticks, 3 events, 3 lines) decoded in order, the first"
          " tick read before the answer ended")
    sys.exit(1)
PY
}
events || failed+=("Events")

echo
if ((${#failed[@]})); then
  echo "request check FAILED: ${failed[*]}"
  exit 1
fi
echo "request check passed"
