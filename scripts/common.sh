# Sourced by the scripts that read ../shared/specs (bench, check-corpus, check-requests):
# sets `repo` (this checkout) and `shared` (absolute; SPECGEN_SHARED overrides ../shared), and
# fails with one line when shared/specs is missing.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${SPECGEN_SHARED:-$repo/../shared}
if [[ ! -d "$shared/specs" ]]; then
  echo "error: $shared/specs not found (set SPECGEN_SHARED to the folder holding specs/)" >&2
  exit 1
fi
shared=$(cd "$shared" && pwd)
