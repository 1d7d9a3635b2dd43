#!/usr/bin/env bash
# Measures specgen and what it costs its users, from this checkout alone:
#   1. generation of every spec in specgen.yaml: wall time, medians of RUNS (>= 10) runs of a release
#      `specgen generate`, again into the folder it wrote (the generator alone) and into new folders
#      (creating every file); for the full Livepeer spec, peak RSS of one run and generated lines;
#   2. every SDK in Generated/: files, lines, and the compile time of the module alone, debug and
#      release, with its runtime dependency built first;
#   3. a fresh clone of this checkout: the wall time of `swift build` and of `swift test` (skip with
#      BENCH_FRESH_CLONE=0);
#   4. the scale cases (generated on the fly: thousands of operations, schemas, enum values and oneOf
#      branches, the deepest allOf chain allowed, a long $ref alias chain), each generated once with
#      its time and peak RSS checked against 2 s and 500 MB; the script exits 1 when one misses;
#   5. the compile scale cases: one object with 2,000 optional members, one enumeration of 10,000
#      values, each generated and compiled alone in debug (the runtime prebuilt): time and peak RSS;
#   6. decoding about 1 MB of a list answer (Livepeer `[Webhook]`) with the generated types through the
#      runtime's StrictJSONDecoder against hand-written structs for the same JSON through JSONDecoder, and
#      1 MB of rows of `StringOrInteger` integers through both decoders (scripts/bench/DecodeBench.swift):
#      medians and ratios;
#   7. side by side with the peer, apple/swift-openapi-generator (scripts/bench-peer.sh; skip with
#      BENCH_PEER=0).
# Prints each number (beside its target where the project has one).
#
#   scripts/bench.sh     RUNS=20 BENCH_FRESH_CLONE=0 scripts/bench.sh     SCALE_ONLY=1 scripts/bench.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
spec="$repo/specs/livepeer/openapi.yaml"
runs=${RUNS:-11}
if ((runs < 10)); then runs=10; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds_since() { awk -v ns=$(($(date +%s%N) - $1)) 'BEGIN { printf "%.1f", ns / 1e9 }'; }

# Makes $1 a package of a copy of the runtime (with its one dependency, swift-http-types) and the
# targets $2 (manifest entries, each a `.target` depending on "SpecgenRuntime", each ending in `,`).
runtime_package() {
  local package=$1 targets=$2
  mkdir -p "$package/Sources"
  cp -R "$repo/Sources/SpecgenRuntime" "$package/Sources/SpecgenRuntime"
  cp -R "$repo/Sources/JSONText" "$package/Sources/JSONText"
  cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "BenchModules",
  platforms: [.macOS(.v13)],
  dependencies: [.package(url: "https://github.com/apple/swift-http-types", from: "1.0.0")],
  targets: [
    .target(name: "JSONText"),
    .target(name: "SpecgenRuntime", dependencies: ["JSONText", .product(name: "HTTPTypes", package: "swift-http-types")]),$targets
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
}

# Built as the README installs it: statically linked (the dynamic loader alone costs ~7 ms a run).
echo "building specgen (release)..."
swift build --package-path "$repo" -c release --product specgen --static-swift-stdlib >/dev/null
bin="$(swift build --package-path "$repo" -c release --static-swift-stdlib --show-bin-path)/specgen"

# Scale cases: synthetic specs whose size is one dimension pushed far past any real spec.
header='openapi: 3.1.0
info: {title: Scale, version: "1"}'
# Each case is timed as `specgen check` (read, translate, emit and plan every file, in memory: the
# generator's own cost, bounded) and then as `specgen generate` (adds creating the files, which on
# a slow disk costs ~0.5 ms per file whatever writes them; shown, not bounded).
scale_case() { # label, then the spec on stdin
  local label=$1
  scale_index=$((${scale_index:-0} + 1))
  local spec="$work/scale$scale_index.yaml" config="$work/scale$scale_index-config.yaml"
  cat >"$spec"
  printf 'targets:\n  - spec: scale%s.yaml\n    output: scale%s-out\n    module: Scale\n' "$scale_index" "$scale_index" \
    >"$config"
  local measured written
  measured=$(/usr/bin/time -f '%e %M' "$bin" check --config "$config" 2>&1 >/dev/null | tail -n 1 || true)
  local seconds=${measured% *} kb=${measured#* }
  local verdict=ok
  if ! [[ $kb =~ ^[0-9]+$ ]]; then
    verdict="FAILED: $measured"
    kb=0
  elif awk -v s="$seconds" -v kb="$kb" 'BEGIN { exit !(s > 2 || kb > 500 * 1024) }'; then
    verdict=OVER
  fi
  if ! written=$(/usr/bin/time -f '%e' "$bin" regenerate --config "$config" 2>&1 >/dev/null | tail -n 1); then
    verdict="FAILED: $written"
  fi
  printf '%-36s %7s s %6s MiB %9s s   %s\n' "$label" "$seconds" "$((kb / 1024))" "$written" "$verdict"
  [[ $verdict == ok ]]
}
scale() {
  local failed=0
  printf '\n%-36s %9s %10s %11s\n' "scale case (check <= 2 s, <= 500 MiB)" "check" "peak RSS" "+ write"
  {
    echo "$header"
    echo "paths:"
    for ((i = 0; i < 5000; i++)); do
      echo "  /items$i/{id}: {get: {operationId: op$i, parameters: [{name: id, in: path, required: true, schema: {type: integer}}, {name: q, in: query, schema: {type: string}}], responses: {'200': {description: ok, content: {application/json: {schema: {\$ref: '#/components/schemas/Item'}}}}}}}"
    done
    echo "components: {schemas: {Item: {type: object, properties: {id: {type: integer}}}}}"
  } | scale_case "5,000 operations" || failed=1
  {
    # Every operation repeats the same inline error union: IdenticalTypeMerging declares it once.
    echo "$header"
    echo "paths:"
    for ((i = 0; i < 5000; i++)); do
      echo "  /things$i: {get: {operationId: get$i, responses: {'200': {description: ok}, '400': {description: bad, content: {application/json: {schema: {oneOf: [{\$ref: '#/components/schemas/A'}, {\$ref: '#/components/schemas/B'}]}}}}}}}"
    done
    echo "components: {schemas: {A: {type: object, properties: {a: {type: string}}}, B: {type: object, properties: {b: {type: integer}}}}}"
  } | scale_case "5,000 identical inline unions" || failed=1
  {
    echo "$header"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    for ((i = 0; i < 10000; i++)); do echo "    S$i: {type: object, properties: {a: {type: string}, b: {\$ref: '#/components/schemas/S$(((i + 1) % 10000))'}}}"; done
  } | scale_case "10,000 schemas" || failed=1
  {
    echo "$header"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    echo "    Big:"
    echo "      type: string"
    echo "      enum:"
    for ((i = 0; i < 20000; i++)); do echo "        - value-$i"; done
  } | scale_case "20,000 enum values" || failed=1
  {
    echo "$header"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    echo "    Wide:"
    echo "      oneOf:"
    for ((i = 0; i < 2000; i++)); do echo "        - {\$ref: '#/components/schemas/V$i'}"; done
    for ((i = 0; i < 2000; i++)); do echo "    V$i: {type: object, required: [v$i], properties: {v$i: {type: integer}}}"; done
  } | scale_case "2,000-way oneOf" || failed=1
  {
    echo "$header"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    for ((i = 0; i < 63; i++)); do
      echo "    A$i: {allOf: [{\$ref: '#/components/schemas/A$((i + 1))'}, {type: object, properties: {p$i: {type: string}}}]}"
    done
    echo "    A63: {type: object, properties: {last: {type: string}}}"
  } | scale_case "allOf chain, 63 levels (the limit)" || failed=1
  {
    echo "$header"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    for ((i = 0; i < 190; i++)); do echo "    A$i: {\$ref: '#/components/schemas/A$((i + 1))'}"; done
    echo "    A190: {type: object, properties: {a: {type: string}}}"
  } | scale_case "\$ref alias chain, 190 links" || failed=1
  return $failed
}
# Types far larger than any real spec's must still compile in seconds, not minutes.
compile_scale() {
  local package="$work/compile-scale" label name spec
  {
    echo "$header"
    echo "paths: {}"
    echo "components: {schemas: {Wide: {type: object, properties: {"
    for ((i = 0; i < 2000; i++)); do echo "  field$i: {type: string},"; done
    echo "}}}}"
  } >"$work/wide.yaml"
  {
    echo "$header"
    echo "paths: {}"
    echo "components: {schemas: {Many: {type: string, enum: ["
    for ((i = 0; i < 10000; i++)); do echo "  value-$i,"; done
    echo "]}}}"
  } >"$work/many.yaml"
  local targets=""
  for name in wide many; do
    "$bin" generate "$work/$name.yaml" --output "$package/Sources/Scale_$name" --module-name "Scale_$name" >/dev/null
    targets+="
    .target(name: \"Scale_$name\", dependencies: [\"SpecgenRuntime\"]),"
  done
  runtime_package "$package" "$targets"
  swift build --package-path "$package" --target SpecgenRuntime >/dev/null
  printf '\n%-36s %9s %10s\n' "compile scale case (debug)" "compile" "peak RSS"
  for name in wide many; do
    label="object, 2,000 optional members"
    [[ $name == many ]] && label="enumeration, 10,000 values"
    /usr/bin/time -o "$work/time" -f '%e %M' swift build --package-path "$package" --target "Scale_$name" >/dev/null ||
      echo "FAILED" >>"$work/time"
    read -r seconds kb <"$work/time"
    printf '%-36s %7s s %6s MiB\n' "$label" "$seconds" "$((kb / 1024))"
  done
}

if [[ ${SCALE_ONLY:-0} == 1 ]]; then
  scale
  compile_scale
  exit
fi


median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Generation of every spec in specgen.yaml, two ways, medians of `runs` each (ms): again into the folder
# it already wrote (a regeneration that changes nothing: the generator's own cost), and into a new empty
# folder (creating every file: on this machine's disk 0.05 to 0.5 ms a file, whatever writes it). All the
# regenerations run first, after a `sync`: creating files leaves the kernel writing them back for a
# while, which slowed the runs that followed by several milliseconds.
generation_median() { # spec, module, "again" or "fresh", then options (`--namespace`)
  local input=$1 module=$2 way=$3 times=() i start output
  shift 3
  for ((i = 0; i < runs; i++)); do
    output=$work/warm-$module
    if [[ $way == fresh ]]; then output=$work/run-$module-$i; fi
    start=$(date +%s%N)
    "$bin" generate "$input" --output "$output" --module-name "$module" "$@" >/dev/null 2>&1
    times+=($((($(date +%s%N) - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | median | awk '{ printf "%.1f", $1 / 1000 }'
}
# One line per target of specgen.yaml: module, spec, then the `--namespace` options it configures.
mapfile -t generation_specs < <(awk '
  function flush() { if (spec != "") print module, spec namespaces; spec = ""; namespaces = "" }
  /- spec:/ { flush(); spec = $3 }
  /module:/ { module = $2 }
  /namespaces:/ { gsub(/.*\[|\].*|,/, ""); for (i = 1; i <= NF; i++) namespaces = namespaces " --namespace " $i }
  END { flush() }' "$repo/specgen.yaml")
declare -A again_ms fresh_ms
for entry in "${generation_specs[@]}"; do # one untimed run each warms the file cache
  read -r name input options <<<"$entry"
  # shellcheck disable=SC2086 # the options are words
  "$bin" generate "$repo/$input" --output "$work/warm-$name" --module-name "$name" $options >/dev/null 2>&1
done
sync
for entry in "${generation_specs[@]}"; do
  read -r name input options <<<"$entry"
  # shellcheck disable=SC2086
  again_ms[$name]=$(generation_median "$repo/$input" "$name" again $options)
done
for entry in "${generation_specs[@]}"; do
  read -r name input options <<<"$entry"
  # shellcheck disable=SC2086
  fresh_ms[$name]=$(generation_median "$repo/$input" "$name" fresh $options)
done
rm -rf "$work"/run-* "$work"/warm-*
median_ms=${fresh_ms[Livepeer]}

rss_kb=$(/usr/bin/time -v "$bin" generate "$spec" --output "$work/rss" --module-name LivepeerBench 2>&1 >/dev/null \
  | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
rss_mib=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')
lines=$(find "$work/rss" -name '*.swift' -exec cat {} + | wc -l)
rm -rf "$work"/run* "$work/warm" "$work/rss"

# The SDKs, copied with the runtime into a package of their own (target names must be unique in a
# package graph, so this package does not depend on the checkout, whose products share the names).
echo "compiling every SDK in Generated/ (debug and release, one module at a time)..."
package="$work/sdks"
mkdir -p "$package/Sources"
modules=()
targets=""
for folder in "$repo"/Generated/*/; do
  module=$(basename "$folder")
  modules+=("$module")
  cp -R "$folder" "$package/Sources/$module"
  targets+="
    .target(name: \"$module\", dependencies: [\"SpecgenRuntime\"]),"
done
# The decode benchmark (scripts/bench/DecodeBench.swift) decodes with the generated Livepeer module.
mkdir -p "$package/Sources/DecodeBench"
cp "$repo/scripts/bench/DecodeBench.swift" "$package/Sources/DecodeBench/main.swift"
targets+="
    .executableTarget(name: \"DecodeBench\", dependencies: [\"Livepeer\"]),"
runtime_package "$package" "$targets"
declare -A compile
for config in debug release; do
  swift build --package-path "$package" -c "$config" --target SpecgenRuntime >/dev/null
  for module in "${modules[@]}"; do
    start=$(date +%s%N)
    swift build --package-path "$package" -c "$config" --target "$module" >/dev/null
    compile[$module-$config]=$(seconds_since "$start")
  done
done

echo "decoding 1 MB of a list answer, generated types against hand-written ones..."
swift build --package-path "$package" -c release --product DecodeBench >/dev/null
decode_line=$("$(swift build --package-path "$package" -c release --show-bin-path)/DecodeBench")

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

printf '\n%s (ms, median of %s; target <= 30 ms each, the generator alone)\n' "generation" "$runs"
printf '%-14s %-44s %12s %12s\n' "SDK" "spec" "up to date" "new folder"
for entry in "${generation_specs[@]}"; do
  read -r name input <<<"$entry"
  printf '%-14s %-44s %12s %12s\n' "$name" "$input" "${again_ms[$name]}" "${fresh_ms[$name]}"
done

printf '\n%-36s %12s   %s\n' "measure (full Livepeer spec)" "measured" "target"
printf '%-36s %12s   %s\n' "generate, median of $runs (wall)" "$median_ms ms" "<= 25 ms"
printf '%-36s %12s   %s\n' "generate, peak RSS" "$rss_mib MiB" "<= 50 MiB"
printf '%-36s %12s\n' "generated code" "$lines lines"

printf '\n%-14s %7s %8s %12s %14s\n' "SDK" "files" "lines" "debug (s)" "release (s)"
for module in "${modules[@]}"; do
  files=$(find "$repo/Generated/$module" -name '*.swift' | wc -l)
  module_lines=$(find "$repo/Generated/$module" -name '*.swift' -exec cat {} + | wc -l)
  printf '%-14s %7s %8s %12s %14s\n' "$module" "$files" "$module_lines" "${compile[$module-debug]}" \
    "${compile[$module-release]}"
done

printf '\n%s\n' "$decode_line"

printf '\n%-36s %12s\n' "fresh clone: swift build (wall)" "$fresh_build"
printf '%-36s %12s\n' "fresh clone: swift test (wall)" "$fresh_test"

failed=0
scale || failed=1
compile_scale
if [[ ${BENCH_PEER:-1} != 0 ]]; then "$repo/scripts/bench-peer.sh"; fi
exit $failed
