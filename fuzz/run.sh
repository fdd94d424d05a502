#!/usr/bin/env bash
# Builds the libFuzzer target with clang-19 (ASan + UBSan) and runs it.
#   fuzz/run.sh [SECONDS]   (default 600; 0 runs until stopped)
# The corpus grows in fuzz/corpus/ (seeded from the parse corpus and golden
# inputs on the first run); crashes land in fuzz/artifacts/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
build="$repo/build-fuzz"
"$repo/scripts/setup.sh" >/dev/null  # the packages (clang-19 included)
CC=clang-19 CXX=clang++-19 cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSLUICE_FUZZ=ON -DSLUICE_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_parse -j "$(nproc)"
corpus="$repo/fuzz/corpus"
mkdir -p "$corpus" "$repo/fuzz/artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  for f in $(find "$repo/tests/corpus/parse" "$repo/tests/golden" -name '*.rs'); do
    cp "$f" "$corpus/seed-$(echo "$f" | md5sum | cut -c1-12).rs"
  done
fi
args=(-max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$repo/fuzz/artifacts/" -print_final_stats=1)
[ "$seconds" != 0 ] && args+=(-max_total_time="$seconds")
jobs=${FUZZ_JOBS:-1}
if [ "$jobs" -gt 1 ]; then args+=(-jobs="$jobs" -workers="$jobs"); fi
exec "$build/fuzz/fuzz_parse" "${args[@]}" "$corpus"
