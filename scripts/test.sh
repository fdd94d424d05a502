#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite through ctest.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/scripts/setup.sh"
cd "$repo/build"
ctest --output-on-failure -j "$(nproc)" "$@"
