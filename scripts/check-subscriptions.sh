#!/usr/bin/env bash
# XRPC subscriptions end to end, over a real WebSocket on 127.0.0.1: a Python server (the `websockets`
# package) sends event-stream frames that libipld encodes, independently of specgen, and a Swift driver
# reads them through the generated PlaceStream method (`client.place.stream.live.subscribeSegments`)
# over NIOWebSocketTransport. Prints `subscriptions: N frames sent, N decoded, 0 differ` and fails on
# any difference, on an upgrade without the session's token, or when cancelling does not close the
# WebSocket normally. See scripts/atproto/subscription_check.py.
#
# The driver package enables the `WebSockets` trait, so SwiftNIO is built here (in its own .build,
# kept between runs under .build-subscriptions/) and never by `swift build` of the package itself.
#
#   scripts/check-subscriptions.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-subscriptions.XXXXXX")
trap 'rm -rf "$work"' EXIT
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')

echo "== python venv with websockets and libipld"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check websockets libipld

echo "== driver package (PlaceStream, SpecgenWebSocketTransport with the WebSockets trait)"
package="$repo/.build-subscriptions"
mkdir -p "$package/Sources/SubscriptionDriver"
cp "$repo/scripts/atproto/SubscriptionDriver.swift" "$package/Sources/SubscriptionDriver/main.swift"
cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "SubscriptionCheck",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo", traits: ["WebSockets"])],
  targets: [
    .executableTarget(
      name: "SubscriptionDriver",
      dependencies: [
        .product(name: "PlaceStream", package: "$identity"),
        .product(name: "SpecgenWebSocketTransport", package: "$identity"),
      ])
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
build() {
  local start=$SECONDS
  if ! swift build --package-path "$package" "$@" >"$work/build.log" 2>&1; then
    cat "$work/build.log"
    exit 1
  fi
  echo "built $* in $((SECONDS - start)) s"
}
# The transport first, alone: its time is what the WebSockets trait adds to a build.
build --target SpecgenWebSocketTransport
build --product SubscriptionDriver
driver="$(swift build --package-path "$package" --show-bin-path)/SubscriptionDriver"

echo "== frames over a WebSocket on 127.0.0.1"
"$work/venv/bin/python" "$repo/scripts/atproto/subscription_check.py" "$driver"
