#!/usr/bin/env bash
# Breadth check: generates real, large specs from ../shared/specs into temporary packages and
# compiles them with warnings as errors. Fails on any generator or compiler error.
#
#   scripts/check-corpus.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# Both corpora run by default: the Livepeer OpenAPI spec and every place.stream lexicon (213 files,
# closed under references). CHECK_LEXICON_CORPUS=0 skips the lexicons (a quicker local run).
check_lexicons=${CHECK_LEXICON_CORPUS:-1}

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
  inputs=1
  if [[ -d "$spec" ]]; then inputs=$(find "$spec" -name '*.json' | wc -l); fi
  files=$(find "$package/Sources/$module" -name '*.swift' | wc -l)
  types=$(cat "$package/Sources/$module"/*.swift | grep -cE '^ *(public )?(struct|enum|typealias) ' || true)
  lines=$(find "$package/Sources/$module" -name '*.swift' -exec cat {} + | wc -l)
  # Build the runtime first so the timing below is the generated module's compile alone.
  swift build --package-path "$package" --target RuntimeWarmup -Xswiftc -warnings-as-errors >/dev/null
  start=$(date +%s%N)
  swift build --package-path "$package" --target "$module" -Xswiftc -warnings-as-errors
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  echo "$module: $inputs spec files read, $types types emitted (namespaces included), $files files, $lines lines,"
  echo "  compiled in $seconds s (debug, warnings as errors)"
done
