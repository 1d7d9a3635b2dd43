#!/usr/bin/env bash
# Independent proof of the Discovery front end: generates the client for a Google API Discovery
# document (default specs/youtube/youtube__v3.json) into a temporary package with a driver that
# calls EVERY method through a recording transport, then builds the same calls with Google's own
# google-api-python-client (installed from PyPI into a venv; build_from_document and a recording
# http object) and compares method, URL path, query items (as a multiset) and JSON body.
# Each method with media upload is also called through its generated `<method>Upload` and
# `<method>MultipartUpload` and compared with the Python client's `media_body` upload (with and
# without `body`): URL, query, media bytes and type, multipart/related parts.
# Each call is answered with instances of its response schema (one with every property set, then
# 10 random ones: members left out, enum values not listed, int64/uint64 over their whole range as
# strings, RFC 3339 variants) that the generated decoder must read and re-encode equal.
# Prints `N methods, N equal, 0 differ`, the uploads and the round trip; fails on any difference.
#
#   scripts/check-discovery.sh [discovery.json]
#   DISCOVERY_BUNDLED="drive.v3 pubsub.v1 storage.v1" scripts/check-discovery.sh   # also these documents,
#     as bundled with google-api-python-client (read from the venv, not downloaded)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$repo/scripts/discovery"
spec=$(cd "$(dirname "${1:-$repo/specs/youtube/youtube__v3.json}")" && pwd)/$(basename "${1:-youtube__v3.json}")
module=DiscoveryClient

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-discovery.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== python venv with google-api-python-client"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check google-api-python-client
python="$work/venv/bin/python"
"$python" -c 'import importlib.metadata as m; print("google-api-python-client", m.version("google-api-python-client"))'

swift build --package-path "$repo" --product specgen
specgen="$(swift build --package-path "$repo" --show-bin-path)/specgen"
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')

check() {
  local spec=$1 name=$2
  # Not the bare name: a driver package whose folder shares the checkout's name (a clone in `main/`)
  # would share its package identity.
  local package="$work/driver-$name"
  mkdir -p "$package/Sources/$module" "$package/Sources/DiscoveryDriver"
  sed -e "s|@MODULE@|$module|g" -e "s|@REPO@|$repo|g" -e "s|@IDENTITY@|$identity|g" \
    "$tools/Package.swift.template" >"$package/Package.swift"
  echo
  echo "== $spec"
  "$specgen" generate "$spec" --output "$package/Sources/$module" --module-name "$module" --access public
  (cd "$tools" && "$python" make_driver.py "$spec" "$module" "${module}Client") \
    >"$package/Sources/DiscoveryDriver/main.swift"
  swift build --package-path "$package" --product DiscoveryDriver
  local status=0
  "$(swift build --package-path "$package" --show-bin-path)/DiscoveryDriver" >"$package/driver.log" || status=$?
  if [[ $status -ne 0 ]]; then
    grep -v '^{' "$package/driver.log" || true
  fi
  (cd "$tools" && "$python" compare.py "$spec" "$package/driver.log")
  return $status
}

check "$spec" main
# DISCOVERY_BUNDLED="drive.v3 pubsub.v1 storage.v1": also documents the Python client ships.
bundled=$("$python" -c 'import googleapiclient, os; print(os.path.join(os.path.dirname(googleapiclient.__file__), "discovery_cache", "documents"))')
for name in ${DISCOVERY_BUNDLED:-}; do
  check "$bundled/$name.json" "$name"
done
echo
echo "discovery check passed"
