#!/usr/bin/env bash
# End-to-end test of the Neovim plugin (editors/nvim) against a real sluice:
# headless Neovim opens a Rust file with a type error, waits for the E0308
# diagnostic, fixes the buffer without saving and waits for it to clear.
#
# Usage: tests/nvim/e2e.sh PATH/TO/sluice
#
# A missing nvim is a failure, not a skip: scripts/setup.sh installs neovim,
# and a silently skipped test would hide a broken environment.
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 PATH/TO/sluice" >&2
  exit 2
fi
if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim_e2e: FAIL: nvim not found in PATH (scripts/setup.sh installs the neovim package)" >&2
  exit 1
fi
sluice=$(realpath "$1") || exit 1
if [ ! -x "$sluice" ]; then
  echo "nvim_e2e: FAIL: not an executable: $sluice" >&2
  exit 1
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
plugin=$(cd "$here/../../editors/nvim" && pwd) || exit 1

tmp=$(realpath "$(mktemp -d)") || exit 1
trap 'rm -rf "$tmp"' EXIT

# The crate under test: one package, a second module (so two buffers share
# the same root and client), and a type error on line 4.
ws=$tmp/ws
mkdir -p "$ws/src"
printf '[package]\nname = "e2e"\nversion = "0.1.0"\nedition = "2021"\n' >"$ws/Cargo.toml"
printf 'mod util;\n\nfn main() {\n    let x: i32 = "text";\n    let _y = x + util::five();\n}\n' >"$ws/src/main.rs"
printf 'pub fn five() -> i32 {\n    5\n}\n' >"$ws/src/util.rs"

# Layouts for the root detection checks (never opened in an editor).
mkdir -p "$tmp/multi/crates/a/src" "$tmp/lone"
printf '[workspace]\nmembers = ["crates/a"]\nexclude = ["nested"]\n' >"$tmp/multi/Cargo.toml"
printf '[package]\nname = "a"\nversion = "0.1.0"\nedition = "2021"\n' >"$tmp/multi/crates/a/Cargo.toml"
printf 'pub fn a() {}\n' >"$tmp/multi/crates/a/src/lib.rs"
printf 'fn main() {}\n' >"$tmp/lone/x.rs"
# A workspace nested in (and excluded from) another: cargo picks the nearest.
mkdir -p "$tmp/multi/nested/b/src"
printf '[workspace]\nmembers = ["b"]\n' >"$tmp/multi/nested/Cargo.toml"
printf '[package]\nname = "b"\nversion = "0.1.0"\nedition = "2021"\n' >"$tmp/multi/nested/b/Cargo.toml"
printf 'pub fn b() {}\n' >"$tmp/multi/nested/b/src/lib.rs"

# Keep Neovim away from the user's config, shada, swap and log directories.
export XDG_CONFIG_HOME=$tmp/xdg/config XDG_DATA_HOME=$tmp/xdg/data
export XDG_STATE_HOME=$tmp/xdg/state XDG_CACHE_HOME=$tmp/xdg/cache
export SLUICE_E2E_BIN=$sluice SLUICE_E2E_PLUGIN=$plugin SLUICE_E2E_TMP=$tmp
export SLUICE_E2E_LOG=$tmp/server.log SLUICE_E2E_SCRIPT=$here/e2e.lua

start_ns=$(date +%s%N)
timeout -k 5 60 nvim --headless -u NONE -i NONE -n -c "lua dofile(os.getenv('SLUICE_E2E_SCRIPT'))" </dev/null
rc=$?
elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
if [ $rc -ne 0 ]; then
  [ $rc -eq 124 ] && echo "nvim_e2e: FAIL: timed out after 60 s"
  echo "nvim_e2e: FAIL (exit $rc, ${elapsed_ms} ms); server log $SLUICE_E2E_LOG:"
  cat "$SLUICE_E2E_LOG" 2>/dev/null || echo "(no server log)"
  # Neovim 0.7 keeps its lsp.log under the cache directory, 0.8+ under state.
  for nvim_log in "$XDG_CACHE_HOME/nvim/lsp.log" "$XDG_STATE_HOME/nvim/lsp.log"; do
    if [ -f "$nvim_log" ]; then
      echo "--- Neovim's lsp.log:"
      tail -n 50 "$nvim_log"
    fi
  done
  exit 1
fi
# The plugin's log_file option reached the server.
if ! grep -q 'language server started' "$SLUICE_E2E_LOG" 2>/dev/null; then
  echo "nvim_e2e: FAIL: the server log $SLUICE_E2E_LOG was not written"
  exit 1
fi
echo "nvim_e2e: passed in ${elapsed_ms} ms"
