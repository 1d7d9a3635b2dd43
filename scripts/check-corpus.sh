#!/usr/bin/env bash
# Breadth check for specs that are not targets of specgen.yaml (the targets are built, with
# warnings as errors, as this package's own library products): generates each <spec> (an OpenAPI
# file, a Lexicon file or folder) into a temporary package and compiles it with warnings as errors.
# Prints spec files read, types, files, lines and the module's debug compile time; fails on any
# generator or compiler error.
#
#   scripts/check-corpus.sh <spec>...          e.g. scripts/check-corpus.sh ../shared/specs/wild/*/*.yaml
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 <spec>..." >&2
  exit 2
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-corpus.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build --package-path "$repo" --product specgen
export SPECGEN_BIN="$(swift build --package-path "$repo" --show-bin-path)/specgen"

failed=()
index=0
for spec in "$@"; do
  index=$((index + 1))
  module="Corpus$index"
  package="$work/$module"
  echo "== $module: $spec"
  if ! "$repo/scripts/corpus-package.sh" "$spec" "$module" "$package"; then
    failed+=("$spec (generation)")
    continue
  fi
  inputs=1
  if [[ -d "$spec" ]]; then inputs=$(find "$spec" -name '*.json' | wc -l); fi
  files=$(find "$package/Sources/$module" -name '*.swift' | wc -l)
  types=$(cat "$package/Sources/$module"/*.swift | grep -cE '^ *(public )?(struct|enum|typealias) ' || true)
  lines=$(find "$package/Sources/$module" -name '*.swift' -exec cat {} + | wc -l)
  # Build the runtime first so the timing below is the generated module's compile alone.
  swift build --package-path "$package" --target RuntimeWarmup -Xswiftc -warnings-as-errors >/dev/null
  start=$(date +%s%N)
  if ! swift build --package-path "$package" --target "$module" -Xswiftc -warnings-as-errors; then
    failed+=("$spec (compile)")
    continue
  fi
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  echo "$module: $inputs spec files read, $types types emitted (namespaces included), $files files, $lines lines,"
  echo "  compiled in $seconds s (debug, warnings as errors)"
done
if ((${#failed[@]})); then
  printf 'FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "corpus check passed: $# specs"
