#!/usr/bin/env bash
# Builds a libFuzzer target with clang-19 (ASan + UBSan) and runs it.
#   fuzz/run.sh [SECONDS] [TARGET]   (default 600 and fuzz_parse; 0 runs until stopped)
# Targets: fuzz_parse (lexer, parser, renderer; any edition) and fuzz_check
# (resolve, check and lints of a one-file binary crate).
# Each target has its own build directory (build-fuzz, build-fuzz-check), its
# committed, minimised corpus (fuzz/corpus/, fuzz/corpus_check/) and its work
# directory fuzz/work/TARGET/ (ignored by git), seeded from that corpus and
# from the test inputs; what the run found is merged back into the corpus at
# the end. Crashes land in fuzz/artifacts/TARGET/.
# SLUICE_FUZZ_JOBS sets the build's parallelism (default: every core).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
target=${2:-fuzz_parse}
case "$target" in
  fuzz_parse) build="$repo/build-fuzz"; corpus="$repo/fuzz/corpus" ;;
  fuzz_check) build="$repo/build-fuzz-check"; corpus="$repo/fuzz/corpus_check" ;;
  *) echo "run.sh: unknown target '$target' (fuzz_parse or fuzz_check)" >&2; exit 2 ;;
esac
work="$repo/fuzz/work/$target"
artifacts="$repo/fuzz/artifacts/$target"
jobs=${SLUICE_FUZZ_JOBS:-$(nproc)}

# setup.sh installs the packages (clang-19 included) but also builds the whole
# project in build/: only run it when something is missing.
for p in clang-19 libclang-rt-19-dev llvm-19-dev ninja-build cmake python3; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    "$repo/scripts/setup.sh" >/dev/null
    break
  fi
done
CC=clang-19 CXX=clang++-19 cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSLUICE_FUZZ=ON -DSLUICE_TESTS=OFF >/dev/null
cmake --build "$build" --target "$target" -j "$jobs"

mkdir -p "$corpus" "$work" "$artifacts"
cp -n "$corpus"/* "$work"/ 2>/dev/null || true
seed() {  # seed FILE...: copies each file into the work dir under a name from its path
  for f in "$@"; do
    cp -n "$f" "$work/seed-$(echo "$f" | md5sum | cut -c1-12).rs"
  done
}
if [ "$target" = fuzz_parse ]; then
  seed $(find "$repo/tests/corpus/parse" "$repo/tests/golden" -name '*.rs')
else
  seed $(find "$repo/tests/conformance" -name '*.rs')
  # The programs of the checker's unit tests are raw strings in check_test.cpp.
  python3 - "$repo/tests/unit/check_test.cpp" "$work" <<'EOF'
import hashlib, pathlib, re, sys
text = pathlib.Path(sys.argv[1]).read_text()
for program in re.findall(r'R"\((.*?)\)"', text, re.S):
    name = "seed-unit-" + hashlib.md5(program.encode()).hexdigest()[:12] + ".rs"
    path = pathlib.Path(sys.argv[2]) / name
    if not path.exists():
        path.write_text(program)
EOF
fi

args=(-max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$artifacts/" -print_final_stats=1)
[ "$seconds" != 0 ] && args+=(-max_total_time="$seconds")
status=0
"$build/fuzz/$target" "${args[@]}" ${SLUICE_FUZZ_ARGS:-} "$work" || status=$?
# Keep only inputs that add coverage.
"$build/fuzz/$target" -merge=1 -max_len=65536 "$corpus" "$work" >/dev/null 2>&1 || true
exit $status
