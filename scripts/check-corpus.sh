#!/usr/bin/env bash
# Breadth check: generates real, large specs from ../shared/specs into temporary packages and
# compiles them with warnings as errors. Fails on any generator or compiler error.
#
#   scripts/check-corpus.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${SPECGEN_SHARED:-$repo/../shared}
if [[ ! -d "$shared/specs" ]]; then
  echo "error: $shared/specs not found (set SPECGEN_SHARED to the folder holding specs/)" >&2
  exit 1
fi
shared=$(cd "$shared" && pwd)
# CHECK_LEXICON_CORPUS=1 also compiles the place.stream lexicons (off by default until their
# generated code compiles: empty objects currently emit a CodingKeys enum with no cases).
check_lexicons=${CHECK_LEXICON_CORPUS:-0}

corpora=("$shared/specs/livepeer/openapi.yaml|LivepeerCorpus")
if [[ "$check_lexicons" == 1 ]]; then
  corpora+=("$shared/specs/place.stream/lexicons|PlaceStreamCorpus")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-corpus.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build --package-path "$repo" --product specgen
export SPECGEN_BIN="$(swift build --package-path "$repo" --show-bin-path)/specgen"

for corpus in "${corpora[@]}"; do
  spec=${corpus%|*}
  module=${corpus#*|}
  package="$work/$module"
  echo "== $module: $spec"
  "$repo/scripts/corpus-package.sh" "$spec" "$module" "$package"
  files=$(find "$package/Sources/$module" -name '*.swift' | wc -l)
  lines=$(find "$package/Sources/$module" -name '*.swift' -exec cat {} + | wc -l)
  # Build the runtime first so the timing below is the generated module's compile alone.
  swift build --package-path "$package" --target RuntimeWarmup -Xswiftc -warnings-as-errors >/dev/null
  start=$(date +%s%N)
  swift build --package-path "$package" --target "$module" -Xswiftc -warnings-as-errors
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  echo "$module: $files files, $lines lines, compiled in $seconds s (debug, warnings as errors)"
done
