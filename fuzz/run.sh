#!/usr/bin/env bash
# Builds the libFuzzer target with clang-19 (ASan + UBSan) and runs it.
#   fuzz/run.sh [SECONDS]   (default 600; 0 runs until stopped)
# fuzz/corpus/ is the committed, minimised corpus; the run works in
# fuzz/work/ (ignored by git), seeded from it and from the parse corpus and
# golden inputs, and merges what it found back into fuzz/corpus/ at the end.
# Crashes land in fuzz/artifacts/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
build="$repo/build-fuzz"
"$repo/scripts/setup.sh" >/dev/null  # the packages (clang-19 included)
CC=clang-19 CXX=clang++-19 cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSLUICE_FUZZ=ON -DSLUICE_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_parse -j "$(nproc)"
corpus="$repo/fuzz/corpus"
work="$repo/fuzz/work"
mkdir -p "$corpus" "$work" "$repo/fuzz/artifacts"
cp -n "$corpus"/* "$work"/ 2>/dev/null || true
for f in $(find "$repo/tests/corpus/parse" "$repo/tests/golden" -name '*.rs'); do
  cp -n "$f" "$work/seed-$(echo "$f" | md5sum | cut -c1-12).rs"
done
args=(-max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$repo/fuzz/artifacts/" -print_final_stats=1)
[ "$seconds" != 0 ] && args+=(-max_total_time="$seconds")
status=0
"$build/fuzz/fuzz_parse" "${args[@]}" "$work" || status=$?
# Keep only inputs that add coverage.
"$build/fuzz/fuzz_parse" -merge=1 -max_len=65536 "$corpus" "$work" >/dev/null 2>&1 || true
exit $status
