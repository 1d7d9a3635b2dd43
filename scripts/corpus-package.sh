#!/usr/bin/env bash
# Generates <spec> with `specgen generate` into a fresh SwiftPM package at <dir> whose only
# real target, <module>, depends on this repo's SpecgenRuntime product by path.
#
#   scripts/corpus-package.sh <spec> <module> <dir>
#
# SPECGEN_BIN: the specgen binary to use (default: a debug build of this repo, built if needed).
# SPECGEN_ACCESS: access level of the generated code (default public).
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 <spec> <module> <dir>" >&2
  exit 2
fi
spec=$(realpath "$1")
module=$2
dir=$3
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ -z "${SPECGEN_BIN:-}" ]]; then
  swift build --package-path "$repo" --product specgen >&2
  SPECGEN_BIN="$(swift build --package-path "$repo" --show-bin-path)/specgen"
fi

mkdir -p "$dir/Sources/$module" "$dir/Sources/RuntimeWarmup"
dir=$(cd "$dir" && pwd)
# SwiftPM names a path dependency after its folder, so the product reference uses that name.
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
cat >"$dir/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "${module}Corpus",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo")],
  targets: [
    // Builds the runtime on its own, so the generated module's compile can be timed alone.
    .target(
      name: "RuntimeWarmup",
      dependencies: [.product(name: "SpecgenRuntime", package: "$identity")],
      path: "Sources/RuntimeWarmup"
    ),
    .target(
      name: "$module",
      dependencies: [.product(name: "SpecgenRuntime", package: "$identity")],
      path: "Sources/$module"
    )
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST

echo "import SpecgenRuntime" >"$dir/Sources/RuntimeWarmup/RuntimeWarmup.swift"

"$SPECGEN_BIN" generate "$spec" --output "$dir/Sources/$module" --module-name "$module" \
  --access "${SPECGEN_ACCESS:-public}" >&2
