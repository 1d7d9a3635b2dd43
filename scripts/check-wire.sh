#!/usr/bin/env bash
# Right on the wire: for every schema a request or response body reaches (and the generator
# declares a type for), N random valid instances from hypothesis-jsonschema decode through the
# generated type and re-encode to equal JSON. Prints per spec
#   <spec>: S schemas, I instances, I decoded, I equal
# and every failure with its JSON path; schemas hypothesis-jsonschema cannot generate from are
# listed as `unsatisfiable` with the reason. Fails on any decode failure or unequal re-encoding.
#
#   scripts/check-wire.sh [--instances N] [<spec>...]
#
# Without specs: every OpenAPI target of specgen.yaml. The wild corpus is opt-in:
#   scripts/check-wire.sh --instances 5 ../shared/specs/wild/*/*.{yaml,json} ../shared/specs/wild/*/*/*.{yaml,json}
# WIRE_ONLY=<regex> narrows a run to the Swift types it matches (to chase a failure).
set -euo pipefail
shopt -s inherit_errexit 2>/dev/null || true

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=10
if [[ "${1:-}" == "--instances" ]]; then
  count=$2
  shift 2
fi
specs=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-wire.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== python venv with hypothesis-jsonschema"
python3 -m venv "$work/venv"
# hypothesis-jsonschema 0.23 uses hypothesis internals removed after 6.98.
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pyyaml hypothesis-jsonschema "hypothesis==6.98.0"
python="$work/venv/bin/python"
if ((${#specs[@]} == 0)); then
  mapfile -t specs < <("$python" "$repo/scripts/requests/openapi_targets.py" "$repo/specgen.yaml" | cut -d' ' -f1)
fi

swift build --package-path "$repo" --product specgen >/dev/null
# A copy: rebuilding the repo while this runs must not pull the binary from under it.
cp "$(swift build --package-path "$repo" --show-bin-path)/specgen" "$work/specgen"
specgen="$work/specgen"

# One package: a module and a check program per spec, so the runtime is built once.
package="$work/wire"
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')
runtime=".product(name: \"SpecgenRuntime\", package: \"$identity\")"
manifest_targets=""
checked=()
failed=()
index=0
for spec in "${specs[@]}"; do
  spec=$(realpath "$spec")
  index=$((index + 1))
  module="Wire$index"
  mkdir -p "$package/Sources/$module" "$package/Sources/${module}Check" "$package/instances/$module"
  if ! "$specgen" generate "$spec" --output "$package/Sources/$module" --module-name "$module" >/dev/null 2>"$work/log"; then
    cat "$work/log"
    failed+=("$spec (generation)")
    continue
  fi
  "$specgen" types "$spec" --module-name "$module" >"$work/$module.tsv" 2>/dev/null
  echo "== $spec: $count instances per schema"
  # hypothesis is the slow part: every spec's instances are generated at once, two at a time.
  if (($(jobs -rp | wc -l) >= 2)); then wait -n || true; fi
  (
    cd "$repo/scripts/wire"
    if "$python" make_wire.py "$spec" "$module" "$work/$module.tsv" "$count" "$package/instances/$module" \
      >"$package/Sources/${module}Check/WireCheck.swift" 2>"$work/$module.log"; then
      echo 0 >"$work/$module.status"
    else
      echo 1 >"$work/$module.status"
    fi
  ) &
  manifest_targets+="
    .target(name: \"$module\", dependencies: [$runtime], path: \"Sources/$module\"),
    .executableTarget(name: \"${module}Check\", dependencies: [\"$module\", $runtime], path: \"Sources/${module}Check\"),"
  checked+=("$spec	$module")
done

wait
for entry in "${checked[@]}"; do
  module=${entry##*	}
  grep -v "@seed" "$work/$module.log" || true
  if [[ "$(cat "$work/$module.status")" != 0 ]]; then failed+=("${entry%%	*} (instance generation)"); fi
done

cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "WireCheck",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo")],
  targets: [$manifest_targets
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST

if ((${#checked[@]})); then
  echo "== building $((${#checked[@]})) check programs"
  swift build --package-path "$package" 2>&1 | grep -E "error|warning: unre" || true
fi
summary=()
for entry in "${checked[@]}"; do
  spec=${entry%%	*}
  module=${entry##*	}
  binary="$package/.build/debug/${module}Check"
  if [[ ! -x "$binary" ]]; then
    failed+=("$spec (compile)")
    continue
  fi
  if output=$("$binary"); then status=0; else status=$?; fi
  grep '^FAILED' <<<"$output" | head -40 || true
  summary+=("$spec: $(tail -1 <<<"$output")")
  if ((status != 0)); then failed+=("$spec (round trip)"); fi
done
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  printf 'FAILED: %s\n' "${failed[@]}"
  exit 1
fi
