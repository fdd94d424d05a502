#!/usr/bin/env bash
# Installs what sluice needs from Debian's archive (only what is missing), then
# configures and builds. Idempotent: a second run installs nothing and rebuilds
# only what changed. Usage: scripts/setup.sh [BUILD_DIR]  (default: build)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$repo/build}

packages=(cmake ninja-build g++ python3 llvm-19-dev liblld-19-dev clang-19 libclang-rt-19-dev
          libtbb-dev libasio-dev nlohmann-json3-dev libspdlog-dev catch2
          libtomlplusplus-dev neovim make)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

# A static runtime (oneTBB built from Debian's source, libstdc++ linked in) makes every sluice
# process start faster; when oneTBB cannot be built here, Debian's shared libtbb serves.
# SLUICE_STATIC_RUNTIME=0 skips the attempt.
runtime_args=(-DSLUICE_STATIC_RUNTIME=OFF -UTBB_DIR)
if [ "${SLUICE_STATIC_RUNTIME:-1}" = "1" ]; then
  if tbb_config=$("$repo/scripts/static_tbb.sh"); then
    runtime_args=(-DSLUICE_STATIC_RUNTIME=ON -DTBB_DIR="$tbb_config")
  else
    echo "setup: no static oneTBB (see above); linking Debian's shared libtbb instead" >&2
  fi
fi

build_type=${SLUICE_BUILD_TYPE:-RelWithDebInfo}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
      -DSLUICE_WERROR="$werror" "${runtime_args[@]}" ${SLUICE_CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
