#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite through ctest, then the
# engine's threaded tests under ThreadSanitizer (scripts/tsan.sh: oneTBB
# rebuilt with -fsanitize=thread; the first run on a machine takes several
# minutes, later runs reuse it), then the fuzz targets' corpora and crash
# reproducers under ASan and UBSan (scripts/fuzz_replay.sh, about five
# minutes on 2 cores). SLUICE_SKIP_TSAN=1 and SLUICE_SKIP_REPLAY=1 skip those.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
"$repo/scripts/setup.sh"
cd "$repo/build"
ctest --output-on-failure -j "$(nproc)" "$@"
if [ "${SLUICE_SKIP_TSAN:-0}" != "1" ]; then
  # All cores: nothing else builds now (tsan.sh alone backs off on a busy machine).
  SLUICE_TSAN_JOBS=${SLUICE_TSAN_JOBS:-$(nproc)} bash "$repo/scripts/tsan.sh"
fi
if [ "${SLUICE_SKIP_REPLAY:-0}" != "1" ]; then
  bash "$repo/scripts/fuzz_replay.sh"
fi
