#!/usr/bin/env bash
# Sets everything up, then runs sluice's main job, `sluice check`, on the bundled
# example workspace (which has a few deliberate mistakes to show the diagnostics).
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/scripts/setup.sh" || exit 2
"$repo/build/sluice" check "$repo/examples/workspace" "$@"
status=$?
echo "sluice check exited with $status (1 = the workspace has errors, as the example does)"
[ $status -le 1 ]
