#!/usr/bin/env bash
# Measures specgen on the full Livepeer spec (../shared/specs/livepeer/openapi.yaml):
#   - generation wall time: median of RUNS (>= 10) runs of a release `specgen generate`;
#   - peak RSS of one run, from /usr/bin/time -v;
#   - generated line count;
#   - debug compile time of the generated module alone (its runtime dependency built first).
# Prints each number beside its target.
#
#   scripts/bench.sh            RUNS=20 scripts/bench.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
spec=$(realpath "$shared/specs/livepeer/openapi.yaml")
runs=${RUNS:-11}
if ((runs < 10)); then runs=10; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

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

files=$(find "$work/rss" -name '*.swift' | wc -l)
lines=$(find "$work/rss" -name '*.swift' -exec cat {} + | wc -l)

echo "compiling the generated module (debug)..."
SPECGEN_BIN="$bin" "$repo/scripts/corpus-package.sh" "$spec" LivepeerCorpus "$work/package" 2>/dev/null
swift build --package-path "$work/package" --target RuntimeWarmup >/dev/null
start=$(date +%s%N)
swift build --package-path "$work/package" --target LivepeerCorpus >/dev/null
end=$(date +%s%N)
compile_s=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')

printf '\n%-34s %12s   %s\n' "measure (full Livepeer spec)" "measured" "target"
printf '%-34s %12s   %s\n' "generate, median of $runs (wall)" "$median_ms ms" "<= 30 ms"
printf '%-34s %12s   %s\n' "generate, peak RSS" "$rss_mib MiB" "<= 50 MiB"
printf '%-34s %12s   %s\n' "generated code ($files files)" "$lines lines" "<= 12000 lines"
printf '%-34s %12s   %s\n' "debug compile of the module alone" "$compile_s s" "<= 12 s"
