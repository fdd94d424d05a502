#!/usr/bin/env bash
# Runs the engine's threaded tests under ThreadSanitizer.
#
# Usage: scripts/tsan.sh [BUILD_DIR]            (default: build-tsan in the repository)
#   SLUICE_TSAN_TBB_DIR  where oneTBB's source, build and install go (default /work/tsan-tbb; kept
#                        outside the git tree so a second run reuses it)
#   SLUICE_TSAN_JOBS     build parallelism (default: 2, or 1 when the machine's load is above 2)
#   SLUICE_TSAN_TESTS    the test binaries to build and run (default: engine_test cache_test
#                        jobserver_test check_test)
# Exit status: 0 when every test passes with no ThreadSanitizer report, non-zero otherwise.
#
# Why oneTBB is rebuilt: Debian's libtbb is not instrumented, so TSan does not see the
# synchronisation inside TBB's task scheduler (a task spawned on one thread, run on another) and
# reports every hand-off as a race. Suppressing those would also hide real races in the code the
# tasks run. So this script fetches the oneTBB source Debian ships for the installed libtbb-dev
# (same version, same patches, so the headers match), builds it with -fsanitize=thread into
# $SLUICE_TSAN_TBB_DIR/install (once: a stamp file records the version), and links sluice's
# -DSLUICE_TSAN=ON build against it with an rpath, checked with ldd.
#
# Needs root (or sudo) for apt-get: it installs dpkg-dev when missing and, when no deb-src entry
# serves the source package, adds one for the archive that ships libtbb-dev (its suite, main) in
# /etc/apt/sources.list.d/sluice-src.list. sluice's own dependencies come from scripts/setup.sh.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$repo/build-tsan}
tbb_root=${SLUICE_TSAN_TBB_DIR:-/work/tsan-tbb}
read -r -a tests <<<"${SLUICE_TSAN_TESTS:-engine_test cache_test jobserver_test check_test}"
start_time=$SECONDS

log() { echo "tsan: $*"; }

pick_jobs() {
  if [ -n "${SLUICE_TSAN_JOBS:-}" ]; then echo "$SLUICE_TSAN_JOBS"; return; fi
  # The machine's 2 cores are shared: don't add a second compiler when others already use them.
  awk '{ print ($1 > 2.0) ? 1 : 2 }' /proc/loadavg
}

# install_missing, fetch_tbb_source and their helpers.
source "$repo/scripts/lib/tbb_source.sh"

# Builds and installs oneTBB with -fsanitize=thread, unless the stamp says this version is there.
build_tbb() {
  local package version src stamp=$tbb_root/install/.sluice-tsan-stamp stamp_line
  package=$(tbb_source_package)
  version=$(tbb_source_version)
  stamp_line="$package $version recipe-1"  # bump the recipe when the cmake line below changes
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_line" ]; then
    log "oneTBB $version with TSan already in $tbb_root/install"; return
  fi
  src=$(fetch_tbb_source "$package" "$version") || exit 1
  log "building oneTBB $version with -fsanitize=thread (-j$jobs)"
  rm -rf "$tbb_root/build" "$tbb_root/install"
  # TBB_SANITIZE adds the flag to compiling and linking executables; the shared-library link
  # gets it too, so libtbb.so names libtsan itself. GCC warns (-Wtsan) at every inlining of
  # TBB's one atomic_thread_fence (TSan does not model fences); -Wno-tsan keeps the log
  # readable and TBB_STRICT=OFF keeps TBB's -Werror off. tbbmalloc and hwloc binding are not
  # used by sluice.
  cmake -S "$src" -B "$tbb_root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_INSTALL_PREFIX="$tbb_root/install" -DCMAKE_INSTALL_LIBDIR=lib \
        -DTBB_TEST=OFF -DTBB_STRICT=OFF -DTBB_SANITIZE=thread -DTBBMALLOC_BUILD=OFF \
        -DTBB_DISABLE_HWLOC_AUTOMATIC_SEARCH=ON -DCMAKE_CXX_FLAGS=-Wno-tsan \
        -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread >/dev/null
  cmake --build "$tbb_root/build" -j "$jobs"
  cmake --install "$tbb_root/build" >/dev/null
  echo "$stamp_line" >"$stamp"
  log "oneTBB built ($((SECONDS - start_time))s so far)"
}

build_sluice() {
  log "building ${tests[*]} with -fsanitize=thread in $build_dir (-j$jobs)"
  cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_TSAN=ON \
        -DTBB_DIR="$tbb_root/install/lib/cmake/TBB" -DCMAKE_BUILD_RPATH="$tbb_root/install/lib" >/dev/null
  cmake --build "$build_dir" --target "${tests[@]}" -j "$jobs"
  log "tests built ($((SECONDS - start_time))s so far)"
}

# A test linked against Debian's libtbb would drown in false reports: refuse to run it.
check_linked_tbb() {
  local binary=$1 tbb_lib
  tbb_lib=$(ldd "$binary" | awk '/libtbb/ { print $3; exit }')
  [ -z "$tbb_lib" ] && return  # no TBB at all
  case "$tbb_lib" in
    "$tbb_root"/install/lib/*) ;;
    *) log "$binary uses libtbb from '${tbb_lib}', not $tbb_root/install/lib"; exit 1 ;;
  esac
  nm -D "$tbb_lib" | grep -q ' U __tsan_func_entry' || { log "$tbb_lib is not instrumented"; exit 1; }
}

# Runs one test binary; returns non-zero on a failure or any ThreadSanitizer report.
run_one() {
  local name=$1 binary log_file status=0 t0=$SECONDS
  binary=$(find "$build_dir/tests" -maxdepth 1 -name "$name" -type f | head -n 1)
  check_linked_tbb "$binary"
  log_file=$build_dir/tsan-$name.log
  (cd "$build_dir/tests" && "$binary" >"$log_file" 2>&1) || status=$?
  local reports
  reports=$(grep -c 'WARNING: ThreadSanitizer' "$log_file" || true)
  printf 'tsan: %-16s exit %-3s TSan reports %-3s %4ss  (log: %s)\n' "$name" "$status" "$reports" \
    "$((SECONDS - t0))" "$log_file"
  if [ "$status" -ne 0 ] || [ "$reports" -ne 0 ]; then
    if [ "$reports" -ne 0 ]; then
      sed -n '/WARNING: ThreadSanitizer/,/^SUMMARY: ThreadSanitizer/p' "$log_file" | head -n 200
    else
      tail -n 40 "$log_file"
    fi
    return 1
  fi
}

run_tests() {
  local failed=()
  # halt_on_error: the first report ends the test, whose log then holds that report in full.
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 history_size=4 ${TSAN_OPTIONS:-}"
  for t in "${tests[@]}"; do
    run_one "$t" || failed+=("$t")
  done
  if [ ${#failed[@]} -ne 0 ]; then
    log "FAILED: ${failed[*]} ($((SECONDS - start_time))s)"
    echo "tsan: $((${#tests[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
    exit 1
  fi
  log "no ThreadSanitizer report ($((SECONDS - start_time))s)"
  echo "tsan: ${#tests[@]} passed, 0 failed"
}

jobs=$(pick_jobs)
install_missing cmake ninja-build g++ libtsan2 libtbb-dev
build_tbb
build_sluice
run_tests
