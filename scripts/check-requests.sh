#!/usr/bin/env bash
# Independent proof of the generated OpenAPI clients: for the full Livepeer spec (../shared) and
# specs/livepeer, generates the client into a temporary package with a driver that calls EVERY
# operation through URLSessionTransport, and sends those calls to a local server that validates
# each request with openapi-core (installed from PyPI into a venv) and answers from the spec.
# Prints `N sent, N valid, 0 rejected, N decoded` per spec; fails on any rejection, invalid answer
# or decode error.
#
# RANDOM_INSTANCES=<n> (default 0: off; ~20 min for n=100 on 2 cores) also generates <n> random
# schema-valid instances (hypothesis-jsonschema) of every single-JSON success response of the full
# spec and checks that the generated decoders read each one and re-encode JSON equal to it.
#
#   scripts/check-requests.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
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
"$work/venv/bin/pip" install --quiet --disable-pip-version-check openapi-core werkzeug
python="$work/venv/bin/python"
"$python" -c 'import importlib.metadata as m; print("openapi-core", m.version("openapi-core"))'

swift build --package-path "$repo" --product specgen
specgen="$(swift build --package-path "$repo" --show-bin-path)/specgen"
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')

check() {
  local spec=$1 module=$2
  local package="$work/$module"
  echo
  echo "== $module: $spec"
  mkdir -p "$package/Sources/$module" "$package/Sources/RequestDriver"
  local extra=""
  if [[ "$module" == LivepeerFull && "${RANDOM_INSTANCES:-0}" -gt 0 ]]; then
    extra='\n    .executableTarget(name: "RoundTrip", dependencies: ["@MODULE@", .product(name: "SpecgenRuntime", package: "@IDENTITY@")], path: "Sources/RoundTrip"),'
    # The manifest names the target before round_trip writes its program; SwiftPM needs a source now.
    mkdir -p "$package/Sources/RoundTrip"
    echo "// Replaced by round_trip." >"$package/Sources/RoundTrip/main.swift"
  fi
  sed -e "s|@EXTRA_TARGETS@|$extra|" "$tools/Package.swift.template" \
    | sed -e "s|@MODULE@|$module|g" -e "s|@REPO@|$repo|g" -e "s|@IDENTITY@|$identity|g" >"$package/Package.swift"
  "$specgen" generate "$spec" --output "$package/Sources/$module" --module-name "$module" --access public
  (cd "$tools" && "$python" make_driver.py "$spec" "$module") >"$package/Sources/RequestDriver/main.swift"
  swift build --package-path "$package" --product RequestDriver
  local driver
  driver="$(swift build --package-path "$package" --show-bin-path)/RequestDriver"

  local port stats="$work/$module-stats.json"
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$tools" && exec "$python" server.py "$spec" "$port" "$stats") >"$work/$module-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q "request-check server" "$work/$module-server.log" 2>/dev/null && break
    sleep 0.2
  done
  local status=0
  "$driver" "http://127.0.0.1:$port/api" | tee "$work/$module-driver.log" || status=$?
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""

  local operations
  operations=$(grep -c '^    sent += 1$' "$package/Sources/RequestDriver/main.swift")
  "$python" - "$stats" "$work/$module-driver.log" "$operations" "$status" <<'PY'
import json, re, sys
stats = json.load(open(sys.argv[1]))
driver = open(sys.argv[2]).read()
operations, status = int(sys.argv[3]), int(sys.argv[4])
match = re.search(r"driver: (\d+) sent, (\d+) decoded", driver)
sent, decoded = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
print("%d sent, %d valid, %d rejected, %d decoded" % (sent, stats["valid"], stats["rejected"], decoded))
if stats["invalidAnswers"]:
    # The server found no schema-valid answer (e.g. a schema requiring a member it forbids); the
    # answer is still sent, and the client must decode it.
    print("note: %d answers not valid for the spec (no valid instance exists or none was found):"
          % stats["invalidAnswers"])
for message in stats["rejections"]:
    print("  " + message[:400])
ok = (status == 0 and sent == operations and stats["received"] == sent and stats["valid"] == sent
      and stats["rejected"] == 0 and decoded == sent)
if not ok:
    print("FAILED: expected %d operations sent, all valid and all decoded" % operations)
    sys.exit(1)
PY
}

round_trip() {
  local spec=$1 module=$2 count=$3
  local package="$work/$module"
  echo
  echo "== $module: $count random instances per response schema (hypothesis-jsonschema)"
  # hypothesis-jsonschema 0.23 uses hypothesis internals removed after 6.98.
  "$work/venv/bin/pip" install --quiet --disable-pip-version-check hypothesis-jsonschema "hypothesis==6.98.0"
  mkdir -p "$package/Sources/RoundTrip" "$package/instances"
  (cd "$tools" && "$python" make_instances.py "$spec" "$module" "$count" "$package/instances") \
    >"$package/Sources/RoundTrip/main.swift"
  grep '^// skipped' "$package/Sources/RoundTrip/main.swift" || true
  swift build --package-path "$package" --product RoundTrip
  "$(swift build --package-path "$package" --show-bin-path)/RoundTrip"
}

check "$shared/specs/livepeer/openapi.yaml" LivepeerFull
if [[ "${RANDOM_INSTANCES:-0}" -gt 0 ]]; then
  round_trip "$shared/specs/livepeer/openapi.yaml" LivepeerFull "$RANDOM_INSTANCES"
fi
check "$repo/specs/livepeer/openapi.yaml" LivepeerSeed
echo
echo "request check passed"
