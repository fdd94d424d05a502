#!/usr/bin/env bash
# Regenerates invalid/NAME.rs.rustc from what rustc's parser (rustc -Zparse-crate-root-only) reports now.
# Usage: tests/corpus/parse/regen.sh [invalid/FILE.rs ...]   (default: every invalid/*.rs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/rustc_lib.sh"

if ! have_rustc; then
  echo "rustc not found; nothing regenerated" >&2
  exit 1
fi

files=()
if [[ $# -gt 0 ]]; then
  for f in "$@"; do files+=("$(realpath "$f")"); done
else
  files=("$here"/invalid/*.rs)
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
corpus_rustc_all "$scratch" "${files[@]}"
corpus_judge regen "$scratch" "${files[@]}"
echo "regenerated ${#files[@]} .rustc files"
