#!/usr/bin/env bash
# Measures specgen and what it costs its users, from this checkout alone:
#   1. generation of the full Livepeer spec (specs/livepeer/openapi.yaml): wall time, median of RUNS
#      (>= 10) runs of a release `specgen generate`; peak RSS of one run; generated lines;
#   2. every SDK in Generated/: files, lines, and the compile time of the module alone, debug and
#      release, with its runtime dependency built first;
#   3. a fresh clone of this checkout: the wall time of `swift build` and of `swift test` (skip with
#      BENCH_FRESH_CLONE=0).
# Prints each number (beside its target where the project has one).
#
#   scripts/bench.sh            RUNS=20 BENCH_FRESH_CLONE=0 scripts/bench.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
spec="$repo/specs/livepeer/openapi.yaml"
runs=${RUNS:-11}
if ((runs < 10)); then runs=10; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds_since() { awk -v ns=$(($(date +%s%N) - $1)) 'BEGIN { printf "%.1f", ns / 1e9 }'; }

echo "building specgen (release)..."
swift build --package-path "$repo" -c release --product specgen >/dev/null
bin="$(swift build --package-path "$repo" -c release --show-bin-path)/specgen"

# One untimed run warms the file cache; each timed run writes into a new empty folder.
"$bin" generate "$spec" --output "$work/warm" --module-name LivepeerBench >/dev/null 2>&1
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$bin" generate "$spec" --output "$work/run$i" --module-name LivepeerBench >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(((end - start) / 1000)))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
median_ms=$(awk -v us="$median_us" 'BEGIN { printf "%.1f", us / 1000 }')

rss_kb=$(/usr/bin/time -v "$bin" generate "$spec" --output "$work/rss" --module-name LivepeerBench 2>&1 >/dev/null \
  | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
rss_mib=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')
lines=$(find "$work/rss" -name '*.swift' -exec cat {} + | wc -l)
rm -rf "$work"/run* "$work/warm" "$work/rss"

# The SDKs, copied into a package of their own beside a target that builds the runtime alone.
echo "compiling every SDK in Generated/ (debug and release, one module at a time)..."
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
package="$work/sdks"
mkdir -p "$package/Sources/RuntimeWarmup"
echo "import SpecgenRuntime" >"$package/Sources/RuntimeWarmup/RuntimeWarmup.swift"
modules=()
targets=""
for folder in "$repo"/Generated/*/; do
  module=$(basename "$folder")
  modules+=("$module")
  cp -R "$folder" "$package/Sources/$module"
  targets+="
    .target(name: \"$module\", dependencies: [.product(name: \"SpecgenRuntime\", package: \"$identity\")]),"
done
cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "SDKCost",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo")],
  targets: [
    .target(name: "RuntimeWarmup", dependencies: [.product(name: "SpecgenRuntime", package: "$identity")]),$targets
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
declare -A compile
for config in debug release; do
  swift build --package-path "$package" -c "$config" --target RuntimeWarmup >/dev/null
  for module in "${modules[@]}"; do
    start=$(date +%s%N)
    swift build --package-path "$package" -c "$config" --target "$module" >/dev/null
    compile[$module-$config]=$(seconds_since "$start")
  done
done

fresh_build="-" fresh_test="-"
if [[ "${BENCH_FRESH_CLONE:-1}" != 0 ]]; then
  echo "a fresh clone: swift build, then swift test..."
  git clone --quiet "$repo" "$work/clone"
  start=$(date +%s%N)
  swift build --package-path "$work/clone" >/dev/null
  fresh_build="$(seconds_since "$start") s"
  start=$(date +%s%N)
  swift test --package-path "$work/clone" >/dev/null 2>&1
  fresh_test="$(seconds_since "$start") s"
fi

printf '\n%-36s %12s   %s\n' "measure (full Livepeer spec)" "measured" "target"
printf '%-36s %12s   %s\n' "generate, median of $runs (wall)" "$median_ms ms" "<= 30 ms"
printf '%-36s %12s   %s\n' "generate, peak RSS" "$rss_mib MiB" "<= 50 MiB"
printf '%-36s %12s\n' "generated code" "$lines lines"

printf '\n%-14s %7s %8s %12s %14s\n' "SDK" "files" "lines" "debug (s)" "release (s)"
for module in "${modules[@]}"; do
  files=$(find "$repo/Generated/$module" -name '*.swift' | wc -l)
  module_lines=$(find "$repo/Generated/$module" -name '*.swift' -exec cat {} + | wc -l)
  printf '%-14s %7s %8s %12s %14s\n' "$module" "$files" "$module_lines" "${compile[$module-debug]}" \
    "${compile[$module-release]}"
done

printf '\n%-36s %12s\n' "fresh clone: swift build (wall)" "$fresh_build"
printf '%-36s %12s\n' "fresh clone: swift test (wall)" "$fresh_test"
