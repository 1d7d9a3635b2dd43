#!/usr/bin/env bash
# Follows the README's "Using specgen in your own package" word for word, in a throwaway package
# outside this checkout: runs the README's install commands (with ~/.local/bin replaced by a
# temporary bin folder), writes the README's specgen.yaml and Package.swift, generates with the
# installed `specgen`, checks freshness, builds, and runs a program calling the generated client.
#
#   scripts/check-install.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-install.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The README section's fenced blocks, de-indented, one file each: 1.sh, 2.yaml, 3.swift, 4.sh.
python3 - "$repo/README.md" "$work/blocks" <<'PY'
import os, re, sys, textwrap
text = open(sys.argv[1]).read()
section = text.split("## Using specgen in your own package", 1)[1].split("\n## ", 1)[0]
os.makedirs(sys.argv[2])
blocks = re.findall(r"\n( *)```(\w+)\n(.*?)\n\1```", section, re.S)
if [kind for _, kind, _ in blocks] != ["sh", "yaml", "swift", "sh"]:
    sys.exit("README's 'Using specgen in your own package' no longer has the four blocks this script follows")
for number, (indent, kind, body) in enumerate(blocks, 1):
    lines = [line[len(indent):] for line in body.split("\n")]
    open(os.path.join(sys.argv[2], "%d.%s" % (number, kind)), "w").write("\n".join(lines) + "\n")
PY

echo "== 1. install (README step 1, into $work/bin)"
sed -e "s|~/.local/bin|$work/bin|g" "$work/blocks/1.sh" >"$work/install.sh"
cat "$work/install.sh"
(cd "$repo" && bash -euo pipefail "$work/install.sh")
export PATH="$work/bin:$PATH"
test "$(command -v specgen)" = "$work/bin/specgen"

echo "== 2-3. a package beside this checkout (linked as ../specgen), with the README's files"
ln -s "$repo" "$work/specgen"
app="$work/MyApp"
mkdir -p "$app/Sources/MyApp" "$app/Sources/LivepeerAPI"
cp "$work/blocks/2.yaml" "$app/specgen.yaml"
cp "$work/blocks/3.swift" "$app/Package.swift"
cp "$repo/Tests/Fixtures/livepeer-seed.yaml" "$app/openapi.yaml"
cat >"$app/Sources/MyApp/main.swift" <<'SWIFT'
import Foundation
import LivepeerAPI
import SpecgenRuntime

let request = try LivepeerAPIClient.updateStreamRequest(
  id: "abc", body: StreamPatchPayload(record: true, playbackPolicy: .null))
// JSONValue prints compact JSON with sorted keys.
print(request.method, request.path, try JSONValue(jsonData: request.body ?? Data()))
SWIFT

echo "== 4. generate, check, build (README step 4)"
(cd "$app" && bash -euo pipefail "$work/blocks/4.sh")
output=$("$app/.build/debug/MyApp")
echo "$output"
expected='PATCH /stream/abc {"playbackPolicy":null,"record":true}'
if [[ "$output" != "$expected" ]]; then
  echo "FAILED: expected: $expected" >&2
  exit 1
fi
echo "install path passed"
