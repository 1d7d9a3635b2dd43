#!/usr/bin/env bash
# Proves `swift test` needs nothing beside the checkout: runs the built tests with the checkout's
# parent folder replaced by an empty one holding only the checkout (a private mount namespace, so
# ../shared and every other sibling are gone for the tests alone; nothing outside changes).
# Needs root (or CAP_SYS_ADMIN) for the namespace; without it, clones the checkout into an empty
# folder and runs `swift test` there (slower: a full build).
#
#   swift build --build-tests && scripts/check-self-contained.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
parent=$(dirname "$repo")
name=$(basename "$repo")

if [[ "$parent" != / ]] && unshare -m true 2>/dev/null; then
  echo "running the tests with nothing beside $repo (private mount namespace)"
  # Inside the namespace: an empty tmpfs over the parent, then the checkout bound back into it from
  # the working directory, which still refers to it once the tmpfs hides its path.
  cd "$repo"
  exec unshare -m bash -euo pipefail -c '
    parent=$1 name=$2
    mount --make-rprivate /
    mount -t tmpfs selfcontained "$parent"
    mkdir "$parent/$name"
    mount --no-canonicalize --bind /proc/self/cwd "$parent/$name"
    cd "$parent/$name"
    test "$(ls -A "$parent")" = "$name"
    swift test --skip-build
  ' _ "$parent" "$name"
fi

echo "no mount namespace here: cloning into an empty folder and running swift test there"
work=$(mktemp -d "${TMPDIR:-/tmp}/specgen-selfcontained.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/$name"
cd "$work/$name"
swift test
