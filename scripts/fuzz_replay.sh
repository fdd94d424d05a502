#!/usr/bin/env bash
# Replays the fuzz targets' inputs under AddressSanitizer and UBSan: the
# committed corpora, the test programs they were seeded from, and the
# checker's crash reproducers on their recovered trees (fuzz/README.md).
# Needs no clang: fuzz/replay_main.cpp stands in for libFuzzer, so CI also
# fails when a target stops compiling.
#
# Usage: scripts/fuzz_replay.sh [BUILD_DIR]     (default: build-replay in the repository)
#   SLUICE_REPLAY_JOBS  build parallelism (default: every core)
# Exit status: 0 when every input ran with no sanitizer report, no failed
# invariant and within its time and memory; non-zero otherwise.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build-replay}
jobs=${SLUICE_REPLAY_JOBS:-$(nproc)}
start_time=$SECONDS
log() { echo "fuzz_replay: $*"; }

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_FUZZ_REPLAY=ON \
  -DSLUICE_TESTS=OFF -DSLUICE_WERROR=ON >/dev/null
log "building fuzz_parse and fuzz_check with ASan and UBSan (-j$jobs)"
cmake --build "$build" --target fuzz_parse fuzz_check -j "$jobs" >"$build/replay-build.log" 2>&1 ||
  { tail -50 "$build/replay-build.log"; exit 1; }

# An allocation past 2 GB is a bug here (a length taken from the source, say):
# ASan reports it instead of the machine swapping. Leaks are reported too.
export ASAN_OPTIONS=max_allocation_size_mb=2048:detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
replay() {  # replay LABEL TARGET INPUT...
  local label=$1 target=$2
  shift 2
  log "$label"
  # Generous: the slowest of these runs takes about 15 s on the project's 2-core VM.
  timeout 600 "$build/fuzz/$target" "$@"
}
mapfile -t programs < <(find "$repo/tests/conformance" -name '*.rs' | sort)
mapfile -t parse_inputs < <(find "$repo/tests/corpus/parse" "$repo/tests/golden" -name '*.rs' | sort)
replay "parse: fuzz/corpus, tests/corpus/parse, tests/golden" fuzz_parse "$repo/fuzz/corpus" "${parse_inputs[@]}"
replay "check: fuzz/corpus_check and the conformance programs" fuzz_check "$repo/fuzz/corpus_check" "${programs[@]}"
SLUICE_FUZZ_CHECK_RECOVERED=1 replay "check, recovered trees: the crash reproducers and fuzz/corpus_check" \
  fuzz_check "$repo/tests/corpus/check_crashes" "$repo/fuzz/corpus_check"
log "passed in $((SECONDS - start_time)) s"
