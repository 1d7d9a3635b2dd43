#!/usr/bin/env bash
# Fuzzes specgen's reader, the three front ends and the emitter with libFuzzer + AddressSanitizer.
#
#   scripts/fuzz.sh <seconds> [extra libFuzzer flags...]
#   scripts/fuzz.sh --smoke            # CI: 60 s from the seeds alone; fails on any crash
#   STRUCTURED=1 scripts/fuzz.sh <seconds>   # structure-aware: also mutates the parsed document
#   SANITIZE=none scripts/fuzz.sh <seconds>  # without AddressSanitizer: ~2.7x the executions (see below)
#
# STRUCTURED=1 (the default for --smoke) turns on Fuzz/StructuredMutator.swift: three mutations in
# four parse the input with specgen's reader, edit the tree (transplant, delete, rename a key to a
# keyword, set an edge value, add a $ref, wrap in allOf/oneOf/an array) and write JSON back, so
# inputs get past the reader; the fourth is libFuzzer's byte mutation.
#
# Builds the pipeline modules with coverage instrumentation into .build-fuzz (its own scratch
# path, so the normal .build is untouched), links Fuzz/*.swift against them, seeds a corpus from
# specs/, ../shared/specs/ and the bad-input corpus, runs one fuzzing process for <seconds>, and
# prints the executions, the coverage (libFuzzer's `cov:` edges and `ft:` features, and the
# corpus size) and the crashes found. Crash inputs are kept in .build-fuzz/crashes.
set -euo pipefail

usage="usage: scripts/fuzz.sh <seconds>|--smoke [libFuzzer flags...]"
arg=${1:?$usage}
shift
smoke=0
if [[ $arg == --smoke ]]; then
  # A short, repeatable CI run: a fixed seed and a fresh corpus, so it tests this commit's seeds only.
  smoke=1
  seconds=60
  STRUCTURED=${STRUCTURED:-1}
  set -- -seed=1 "$@"
elif [[ $arg =~ ^[0-9]+$ ]]; then
  seconds=$arg
else
  echo "$usage" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
scratch=.build-fuzz
# SANITIZE=none builds without AddressSanitizer, into a scratch path of its own, for throughput: about
# 2.7 times the executions per second. Swift's own checks (bounds, overflow, unwrapping) still trap
# and libFuzzer still catches every crash, hang and memory blow-up; what only ASan sees is memory
# misuse in C (libyaml) and in unsafe-pointer code, which the default build keeps covering. Both
# share .build-fuzz's corpus and crash folder, so two runs (one each) can use both cores.
binary_scratch=$scratch
sanitizer=fuzzer,address
if [[ ${SANITIZE:-address} == none ]]; then
  binary_scratch=.build-fuzz-fast
  sanitizer=fuzzer
fi
sanitize=(-sanitize=$sanitizer)

swift build -c release --scratch-path "$binary_scratch" --target GeneratorPipeline \
  -Xswiftc -sanitize=$sanitizer 2>&1 | tail -n 3
bin=$(swift build -c release --scratch-path "$binary_scratch" --show-bin-path)
modules=(SpecgenDiagnostics JSONText WorkerThreads FileSystem SpecReader SchemaIR FrontEndSupport OpenAPIFrontEnd
  LexiconFrontEnd DiscoveryFrontEnd SwiftEmitter OutputWriter GeneratorPipeline)
# The objects of each module's current sources only: a source deleted since an earlier build leaves its
# object file behind in this persistent scratch path, and linking it fails (or links dead code).
objects=()
for module in "${modules[@]}"; do
  while IFS= read -r -d '' source; do
    objects+=("$bin/$module.build/$(basename "$source").o")
  done < <(find "Sources/$module" -name '*.swift' -print0)
done
swiftc "${sanitize[@]}" -parse-as-library -O -g -I "$bin/Modules" -I "$bin" -I Sources/CYAML \
  Fuzz/*.swift "${objects[@]}" -lyaml -o "$binary_scratch/specgen-fuzz" 2>&1 |
  { grep -v "Cannot export local symbol" || true; }

# Seeds: every spec and corpus file that fits the input size (64 KiB), and slices of those that do not
# (scripts/fuzz-seeds.py: a path or a schema of an OpenAPI spec, a resource of a Discovery document,
# each with what it references), so Livepeer, Mux, api.video and YouTube seed the corpus too.
seeds=$scratch/seeds
corpus=$scratch/corpus
crashes=$scratch/crashes
if ((smoke)); then
  corpus=$scratch/smoke-corpus
  crashes=$scratch/smoke-crashes
  rm -rf "$corpus" "$crashes"
fi
mkdir -p "$seeds" "$corpus" "$crashes"
for folder in specs ../shared/specs Tests/GeneratorTests/BadInput/Corpus; do
  [ -d "$folder" ] || continue
  find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -64k -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"; done
done
large=()
for folder in specs ../shared/specs; do
  [ -d "$folder" ] || continue
  while IFS= read -r -d '' file; do large+=("$file"); done < <(
    find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size +64k -print0)
done
if ((${#large[@]})); then python3 scripts/fuzz-seeds.py "$seeds" 65536 "${large[@]}"; fi

log=$scratch/fuzz-$(date -u +%Y%m%dT%H%M%SZ)-${SANITIZE:-address}.log
# One process (the equivalent of -jobs=1): the machine's cores are shared. The output goes to two
# files, so the statistics survive even if one copy is lost.
export SPECGEN_FUZZ_STRUCTURED=${STRUCTURED:-0}
mode=$([[ $SPECGEN_FUZZ_STRUCTURED == 1 ]] && echo "structure-aware + bytes" || echo "bytes")
mode="$mode mutations, sanitizer ${SANITIZE:-address}"
set +e
# Swift's own backtracer would catch a trap before libFuzzer does, and the crash input would be lost.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary_scratch/specgen-fuzz" "$corpus" "$seeds" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@" 2>&1 | tee "$log" >"$scratch/last-run-${SANITIZE:-address}.log"
status=${PIPESTATUS[0]}
set -e
[ -s "$log" ] || log=$scratch/last-run-${SANITIZE:-address}.log
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
# The last status line libFuzzer printed: `#N  DONE  cov: 5123 ft: 20456 corp: 812/2Mb …`.
coverage=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -n 1 || true)
peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
echo "fuzz: $seconds s ($mode), $executions executions, exit status $status, log $log"
echo "fuzz: coverage ${coverage:-unknown} (cov = edges, ft = features, corp = inputs/size), peak RSS ${peak} MB"
found=$(grep -c -E '^==[0-9]+==ERROR|^SUMMARY|deadly signal|ALARM: working on the last Unit|out-of-memory' "$log" || true)
echo "fuzz: $found crash reports; crash inputs in $crashes:"
# Timeouts and slow units are run again alone: libFuzzer's -timeout is wall-clock time, so on a loaded
# machine (this one has 2 cores) a starved process can report one for an input that takes milliseconds
# alone; it is kept and named, and only counts when it is slow again. Every other input counts.
reproduced=0
for input in "$crashes"/*; do
  [ -e "$input" ] || continue
  name=$(basename "$input")
  if [[ $name != timeout-* && $name != slow-unit-* ]]; then
    echo "  $name"
    reproduced=$((reproduced + 1))
  elif ASAN_OPTIONS=detect_leaks=0 "$binary_scratch/specgen-fuzz" -timeout=10 -rss_limit_mb=2048 "$input" \
    >"$scratch/rerun-${SANITIZE:-address}.log" 2>&1 &&
    (($(grep -o 'in [0-9]* ms' "$scratch/rerun-${SANITIZE:-address}.log" | tail -n 1 | grep -o '[0-9]*' || echo 99999) < 10000)); then
    # libFuzzer reports a unit slower than 10 s (-report_slow_units) and times out at -timeout=10.
    echo "  $name: does not reproduce alone ($(grep -o 'in [0-9]* ms' "$scratch/rerun-${SANITIZE:-address}.log" | tail -n 1))"
  else
    echo "  $name: REPRODUCES (see $scratch/rerun-${SANITIZE:-address}.log)"
    reproduced=$((reproduced + 1))
  fi
done
echo "fuzz: $reproduced crash inputs reproduce"
if ((smoke)) && ((reproduced > 0)); then
  echo "fuzz: smoke run found crashes" >&2
  exit 1
fi
if ((reproduced == 0)) && ((status != 0)) && grep -q -E 'ALARM: working on the last Unit|slow-unit' "$log"; then
  exit 0  # only a wall-clock timeout that did not reproduce
fi
exit "$status"
