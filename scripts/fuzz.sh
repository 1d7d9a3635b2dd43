#!/usr/bin/env bash
# Fuzzes specgen's reader, the three front ends and the emitter with libFuzzer + AddressSanitizer.
#
#   scripts/fuzz.sh <seconds> [extra libFuzzer flags...]
#
# Builds the pipeline modules with coverage instrumentation into .build-fuzz (its own scratch
# path, so the normal .build is untouched), links Fuzz/*.swift against them, seeds a corpus from
# specs/, ../shared/specs/ and the bad-input corpus, runs one fuzzing process for <seconds>, and
# prints the executions and the crashes found. Crash inputs are kept in .build-fuzz/crashes.
set -euo pipefail

seconds=${1:?usage: scripts/fuzz.sh <seconds> [libFuzzer flags...]}
shift
cd "$(dirname "$0")/.."
scratch=.build-fuzz
sanitize=(-sanitize=fuzzer,address)

swift build -c release --scratch-path "$scratch" --target GeneratorPipeline \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | tail -n 3
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
modules=(SpecgenDiagnostics SpecReader SchemaIR OpenAPIFrontEnd LexiconFrontEnd DiscoveryFrontEnd SwiftEmitter OutputWriter
  GeneratorPipeline)
objects=()
for module in "${modules[@]}"; do
  objects+=("$bin/$module.build"/*.o)
done
swiftc "${sanitize[@]}" -parse-as-library -O -g -I "$bin/Modules" -I "$bin" -I Sources/CYAML \
  Fuzz/*.swift "${objects[@]}" -lyaml -o "$scratch/specgen-fuzz" 2>&1 |
  { grep -v "Cannot export local symbol" || true; }

# Seeds: every spec and corpus file that fits libFuzzer's default input size.
seeds=$scratch/seeds
corpus=$scratch/corpus
crashes=$scratch/crashes
mkdir -p "$seeds" "$corpus" "$crashes"
for folder in specs ../shared/specs Tests/GeneratorTests/BadInput/Corpus; do
  [ -d "$folder" ] || continue
  find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -64k -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"; done
done

log=$scratch/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log
# One process (the equivalent of -jobs=1): the machine's cores are shared. The output goes to two
# files, so the statistics survive even if one copy is lost.
set +e
ASAN_OPTIONS=detect_leaks=0 "$scratch/specgen-fuzz" "$corpus" "$seeds" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@" 2>&1 | tee "$log" >"$scratch/last-run.log"
status=${PIPESTATUS[0]}
set -e
[ -s "$log" ] || log=$scratch/last-run.log
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
echo "fuzz: $seconds s, $executions executions, exit status $status, log $log"
found=$(grep -c -E '^==[0-9]+==ERROR|^SUMMARY|deadly signal|ALARM: working on the last Unit|out-of-memory' "$log" || true)
echo "fuzz: $found crash reports; crash inputs in $crashes:"
ls -1 "$crashes"
exit "$status"
