#!/usr/bin/env bash
# The AT Protocol's interoperability suite (specs/atproto-interop-tests, CC0) against specgen and its
# runtime, one line per file, `<file>: A/T agree`, then `interop: A/T agree`:
#   - syntax/*.txt: every string through the runtime's format checks (valid lines accepted,
#     syntax-invalid and parse-invalid lines refused);
#   - lexicon/lexicon-{valid,invalid}.json: each document through `specgen generate` (valid ones
#     generate, invalid ones are refused with an error);
#   - data-model/*: each fixture's JSON to its DAG-CBOR bytes and CID and back; the valid and invalid
#     lists through the data-model rules (DAGCBOR.validateDataModel);
#   - lexicon/record-data-{valid,invalid}.json: each record decoded by the Swift that specgen generates
#     from lexicon/catalog/record.json, validated (`violations`) and re-encoded; a valid record must
#     pass all three, an invalid one fail one of them.
# Fails when the syntax lists do not all agree, or when any file agrees on fewer cases than the
# baseline recorded in scripts/atproto/baseline.txt (raise it as the generator improves).
#
#   scripts/check-atproto-interop.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suite="$repo/specs/atproto-interop-tests"
work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-interop.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build --package-path "$repo" --product specgen >/dev/null
specgen="$(swift build --package-path "$repo" --show-bin-path)/specgen"
identity=$(basename "$repo" | tr '[:upper:]' '[:lower:]')

# The driver package: the record lexicon's generated module and a program that reads the suite.
package="$work/interop"
mkdir -p "$package/Sources/InteropRecord" "$package/Sources/InteropDriver" "$work/catalog"
cp "$suite/lexicon/catalog/record.json" "$work/catalog/"
"$specgen" generate "$work/catalog" --output "$package/Sources/InteropRecord" --module-name InteropRecord >/dev/null
cp "$repo/scripts/atproto/InteropDriver.swift" "$package/Sources/InteropDriver/main.swift"
cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Interop",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "$repo")],
  targets: [
    .target(name: "InteropRecord", dependencies: [.product(name: "SpecgenRuntime", package: "$identity")]),
    .executableTarget(
      name: "InteropDriver",
      dependencies: ["InteropRecord", .product(name: "SpecgenRuntime", package: "$identity")]),
  ],
  swiftLanguageModes: [.v6]
)
MANIFEST
swift build --package-path "$package" --product InteropDriver >/dev/null
driver="$(swift build --package-path "$package" --show-bin-path)/InteropDriver"

results="$work/results.txt"
"$driver" "$suite" >"$results"

# Lexicon documents, each through the real executable.
python3 - "$suite/lexicon" "$specgen" "$work/lexicons" >>"$results" <<'PY'
import json, os, subprocess, sys
folder, specgen, work = sys.argv[1:4]
for file, valid in (("lexicon-valid.json", True), ("lexicon-invalid.json", False)):
    cases = json.load(open(os.path.join(folder, file)))
    agree, wrong = 0, []
    for index, case in enumerate(cases):
        spec = os.path.join(work, str(index), "lexicon.json")
        os.makedirs(os.path.dirname(spec), exist_ok=True)
        json.dump(case["lexicon"], open(spec, "w"))
        run = subprocess.run([specgen, "generate", spec, "--output", os.path.join(work, str(index), "out"),
                              "--module-name", "Interop"], capture_output=True, text=True)
        if (run.returncode == 0) == valid:
            agree += 1
        else:
            wrong.append(case["name"])
    print("lexicon/%s: %d/%d agree%s" % (file, agree, len(cases), ("  (differ: " + "; ".join(wrong) + ")") if wrong else ""))
PY

cat "$results"
python3 - "$results" "$repo/scripts/atproto/baseline.txt" <<'PY'
import re, sys
results, baseline_path = sys.argv[1:3]
agree = total = 0
counts = {}
for line in open(results):
    match = re.match(r"(\S+): (\d+)/(\d+) agree", line)
    if match:
        counts[match.group(1)] = (int(match.group(2)), int(match.group(3)))
        agree += int(match.group(2))
        total += int(match.group(3))
print("interop: %d/%d agree" % (agree, total))
failed = [f for f, (a, t) in counts.items() if f.startswith("syntax/") and a != t]
for line in open(baseline_path):
    if line.strip() and not line.startswith("#"):
        name, minimum = line.split()
        if counts.get(name, (0, 0))[0] < int(minimum):
            failed.append("%s below its baseline %s" % (name, minimum))
if failed:
    print("FAILED: " + "; ".join(failed))
    sys.exit(1)
PY
