#!/usr/bin/env bash
# specgen side by side with the peer, apple/swift-openapi-generator 1.14.3 (types + client, public),
# on the same inputs in the same run, each figure with its ratio (peer / specgen):
#   - generation: wall time, median of RUNS (>= 5) runs alternating the two generators; peak RSS;
#     generated lines (and per schema for the synthetic spec);
#   - compile time of each generated module alone (its runtime prebuilt), debug and release,
#     ROUNDS (>= 2) alternating rounds; only for the inputs in COMPILE (default: livepeer).
# Inputs: the full Livepeer, Mux and api.video specs from specs/, and a synthetic spec written by
# scripts/synth-spec.py (SYNTH schemas in rings of 50, default 1000; SYNTH="1000 4000" for both).
#
# The peer is built once, release, from its package (https://github.com/apple/swift-openapi-generator
# at 1.14.3) into .build-peer/ (git-ignored); its generated code compiles against swift-openapi-runtime.
#
#   scripts/bench-peer.sh    RUNS=7 ROUNDS=3 COMPILE="livepeer mux synth1000" scripts/bench-peer.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-5}
rounds=${ROUNDS:-2}
if ((runs < 5)); then runs=5; fi
if ((rounds < 2)); then rounds=2; fi
compile_inputs=" ${COMPILE:-livepeer} "
peer_dir="$repo/.build-peer"
work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-peer.XXXXXX")
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
now_ns() { date +%s%N; }

echo "building specgen (release)..."
swift build --package-path "$repo" -c release --product specgen --static-swift-stdlib >/dev/null
specgen="$(swift build --package-path "$repo" -c release --static-swift-stdlib --show-bin-path)/specgen"
peer="$peer_dir/generator/.build/release/swift-openapi-generator"
if [[ ! -x $peer ]]; then
  echo "building the peer once into .build-peer (release; several minutes)..."
  mkdir -p "$peer_dir"
  [[ -d $peer_dir/generator ]] ||
    git -c advice.detachedHead=false clone --quiet --branch 1.14.3 \
      https://github.com/apple/swift-openapi-generator "$peer_dir/generator"
  swift build --package-path "$peer_dir/generator" -c release --product swift-openapi-generator --static-swift-stdlib >/dev/null
fi

# Inputs: name, spec path.
names=(livepeer mux apivideo)
declare -A spec=(
  [livepeer]="$repo/specs/livepeer/openapi.yaml"
  [mux]="$repo/specs/mux/mux.yaml"
  [apivideo]="$repo/specs/apivideo/oas_apivideo.yaml"
)
for count in ${SYNTH:-1000}; do
  names+=("synth$count")
  spec[synth$count]="$work/synth$count.yaml"
  python3 "$repo/scripts/synth-spec.py" "$count" "${spec[synth$count]}" 50
done

run_specgen() { "$specgen" generate "$1" --output "$2" --module-name Bench >/dev/null 2>&1; }
run_peer() {
  "$peer" generate "$1" --mode types --mode client --access-modifier public --output-directory "$2" >/dev/null 2>&1
}
lines_in() { find "$1" -name '*.swift' -exec cat {} + | wc -l; }
peak_kib() { /usr/bin/time -o "$work/time" -f '%M' "$@" >/dev/null 2>&1 || true; tail -n 1 "$work/time"; }

declare -A result
for name in "${names[@]}"; do
  echo "generating $name ($runs alternating runs each)..."
  input=${spec[$name]}
  run_specgen "$input" "$work/warm-s-$name"
  run_peer "$input" "$work/warm-p-$name"
  ours=() theirs=()
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns)
    run_specgen "$input" "$work/s-$name-$i"
    ours+=($((($(now_ns) - start) / 1000)))
    start=$(now_ns)
    run_peer "$input" "$work/p-$name-$i"
    theirs+=($((($(now_ns) - start) / 1000)))
    rm -rf "$work/s-$name-$i" "$work/p-$name-$i"
  done
  result[$name-s-ms]=$(printf '%s\n' "${ours[@]}" | median | awk '{ printf "%.1f", $1 / 1000 }')
  result[$name-p-ms]=$(printf '%s\n' "${theirs[@]}" | median | awk '{ printf "%.1f", $1 / 1000 }')
  rm -rf "$work/warm-s-$name" "$work/warm-p-$name"
  result[$name-s-rss]=$(($(peak_kib "$specgen" generate "$input" --output "$work/out-s-$name" --module-name Bench) / 1024))
  result[$name-p-rss]=$(($(peak_kib "$peer" generate "$input" --mode types --mode client --access-modifier public \
    --output-directory "$work/out-p-$name") / 1024))
  result[$name-s-lines]=$(lines_in "$work/out-s-$name")
  result[$name-p-lines]=$(lines_in "$work/out-p-$name")
done

# Compile packages: the module alone, its runtime a prebuilt dependency.
make_packages() { # name
  local name=$1 ours="$work/compile-s-$1" theirs="$work/compile-p-$1"
  mkdir -p "$ours/Sources" "$theirs/Sources"
  cp -R "$repo/Sources/SpecgenRuntime" "$ours/Sources/SpecgenRuntime"
  cp -R "$repo/Sources/JSONText" "$ours/Sources/JSONText"
  cp -R "$work/out-s-$name" "$ours/Sources/Bench"
  cat >"$ours/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Ours",
  platforms: [.macOS(.v13)],
  dependencies: [.package(url: "https://github.com/apple/swift-http-types", from: "1.0.0")],
  targets: [
    .target(name: "JSONText"),
    .target(name: "SpecgenRuntime", dependencies: ["JSONText", .product(name: "HTTPTypes", package: "swift-http-types")]),
    .target(name: "Bench", dependencies: ["SpecgenRuntime"]),
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
  cp -R "$work/out-p-$name" "$theirs/Sources/Bench"
  cat >"$theirs/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Theirs",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.7.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    .target(
      name: "Bench",
      dependencies: [
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ])
  ]
)
MANIFEST
}
compile_once() { # package, config: seconds of `swift build --target Bench` with every source touched
  find "$1/Sources/Bench" -name '*.swift' -exec touch {} +
  local start
  start=$(now_ns)
  swift build --package-path "$1" -c "$2" --target Bench >/dev/null
  awk -v ns=$(($(now_ns) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }'
}
for name in "${names[@]}"; do
  [[ $compile_inputs == *" $name "* ]] || continue
  echo "compiling $name ($rounds alternating rounds, debug and release)..."
  make_packages "$name"
  for config in debug release; do
    swift build --package-path "$work/compile-s-$name" -c "$config" --target SpecgenRuntime >/dev/null
    swift build --package-path "$work/compile-p-$name" -c "$config" --target Bench >/dev/null
    ours=() theirs=()
    for ((round = 0; round < rounds; round++)); do
      ours+=("$(compile_once "$work/compile-s-$name" "$config")")
      theirs+=("$(compile_once "$work/compile-p-$name" "$config")")
    done
    result[$name-s-$config]=$(printf '%s\n' "${ours[@]}" | median)
    result[$name-p-$config]=$(printf '%s\n' "${theirs[@]}" | median)
    result[$name-s-$config-all]="${ours[*]}"
    result[$name-p-$config-all]="${theirs[*]}"
  done
done

printf '\n%-12s %-18s %12s %12s %8s\n' "input" "measure" "specgen" "peer" "ratio"
for name in "${names[@]}"; do
  row() { printf '%-12s %-18s %12s %12s %8s\n' "$name" "$1" "$2" "$3" "$4"; }
  row "generate (ms)" "${result[$name-s-ms]}" "${result[$name-p-ms]}" \
    "$(ratio "${result[$name-p-ms]}" "${result[$name-s-ms]}")"
  row "peak RSS (MiB)" "${result[$name-s-rss]}" "${result[$name-p-rss]}" \
    "$(ratio "${result[$name-p-rss]}" "${result[$name-s-rss]}")"
  row "lines" "${result[$name-s-lines]}" "${result[$name-p-lines]}" \
    "$(ratio "${result[$name-p-lines]}" "${result[$name-s-lines]}")"
  if [[ $name == synth* ]]; then
    count=${name#synth}
    row "lines per schema" "$((result[$name-s-lines] / count))" "$((result[$name-p-lines] / count))" ""
  fi
  for config in debug release; do
    [[ -n ${result[$name-s-$config]:-} ]] || continue
    row "compile $config (s)" "${result[$name-s-$config]}" "${result[$name-p-$config]}" \
      "$(ratio "${result[$name-p-$config]}" "${result[$name-s-$config]}")"
    row "  each round" "${result[$name-s-$config-all]}" "${result[$name-p-$config-all]}" ""
  done
done
echo "(ratio: peer / specgen; above 1 means specgen is faster or smaller)"
