#!/usr/bin/env bash
# Builds oneTBB as a static library, from the source Debian ships for the installed libtbb-dev,
# so that `sluice` loads no shared library but libc and libm (scripts/setup.sh uses it).
#
# Why: every shared library costs each process time to map and relocate, and page faults are
# dear on the project's VMs. With Debian's libtbb (which brings libstdc++ along) `sluice
# --version` takes ~7 ms and a check with nothing to do ~10.8 ms; fully static, 5.1 and 9.5 ms
# (bench/README.md). A check run is often that short: in CI, from an editor's save hook.
#
# Usage: scripts/static_tbb.sh
#   Prints the directory of the installed TBBConfig.cmake on stdout (all else goes to stderr);
#   exits 1 when the source cannot be fetched or built. Idempotent: a stamp records the version.
#   SLUICE_STATIC_TBB_DIR  where the source, build and install go
#                          (default ${XDG_CACHE_HOME:-~/.cache}/sluice/tbb-static, outside the tree)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tbb_root=${SLUICE_STATIC_TBB_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sluice/tbb-static}

log() { echo "static-tbb: $*" >&2; }

source "$repo/scripts/lib/tbb_source.sh"

package=$(tbb_source_package)
version=$(tbb_source_version)
stamp=$tbb_root/install/.sluice-static-stamp
stamp_line="$package $version recipe-1"  # bump the recipe when the cmake line below changes
config_dir=$tbb_root/install/lib/cmake/TBB
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_line" ] && [ -f "$config_dir/TBBConfig.cmake" ]; then
  echo "$config_dir"
  exit 0
fi
src=$(fetch_tbb_source "$package" "$version") || exit 1
log "building oneTBB $version as a static library (once per machine)"
rm -rf "$tbb_root/build" "$tbb_root/install"
# TBB_STRICT=OFF keeps TBB's -Werror off; tbbmalloc and hwloc binding are not used by sluice.
# oneTBB's CMake warns that static builds are unsupported: its concern is two copies of TBB in
# one process, and sluice's process has one. The output goes to a log, shown on failure.
build_log=$tbb_root/build.log
mkdir -p "$tbb_root"
{
  cmake -S "$src" -B "$tbb_root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$tbb_root/install" -DCMAKE_INSTALL_LIBDIR=lib \
        -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DTBB_TEST=OFF -DTBB_STRICT=OFF \
        -DTBBMALLOC_BUILD=OFF -DTBB_DISABLE_HWLOC_AUTOMATIC_SEARCH=ON &&
    cmake --build "$tbb_root/build" -j "$(nproc)" &&
    cmake --install "$tbb_root/build"
} >"$build_log" 2>&1 || { tail -n 30 "$build_log" >&2; log "building oneTBB failed (log: $build_log)"; exit 1; }
echo "$stamp_line" >"$stamp"
echo "$config_dir"
