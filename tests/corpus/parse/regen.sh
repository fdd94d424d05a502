#!/usr/bin/env bash
# Regenerates invalid/*.rs.rustc from what rustc's parser reports now.
# Usage: tests/corpus/parse/regen.sh [FILE.rs ...]   (default: every invalid/*.rs)
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/rustc_lib.sh"

if [[ ${1:-} == --one ]]; then
  file=$2
  corpus_rustc_errors "$file" > "$file.rustc"
  if [[ ! -s "$file.rustc" ]]; then
    echo "warning: rustc reports no error for $file" >&2
  fi
  exit 0
fi

if ! have_rustc; then
  echo "rustc not found; nothing regenerated" >&2
  exit 1
fi

if [[ $# -gt 0 ]]; then
  printf '%s\0' "$@"
else
  printf '%s\0' "$here"/invalid/*.rs
fi | xargs -0 -n 1 -P 2 bash "$here/regen.sh" --one
