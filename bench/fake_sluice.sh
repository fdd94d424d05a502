#!/usr/bin/env bash
# Stand-in for build/sluice, so bench/run_bench.py can be tested before the real binary
# supports `check --stop-after parse --stats -jN`. It counts the workspace's .rs files,
# sleeps as long as a 3M lines/s/thread parser would take, and prints plausible
# `sluice-stats` lines on stderr (plus one stage and one key the harness must tolerate).
#
# FAKE_SLUICE_FAIL makes one kind of run fail, to test the harness's error path:
#   parse-j1 | parse-j2 : that parse-only run exits 2 with an error message
#   check               : the full check exits 2
#   crash               : every run dies of SIGSEGV
#   nostats             : runs succeed but print no stats lines
# A workspace with injected_error.json gets a rustc-style error at that place and exit 1.
set -u

command=${1:-}
[ "$command" = check ] || { echo "fake_sluice: only 'check' is faked (got '$command')" >&2; exit 2; }
shift
workspace="" stop_after="" stats=0 jobs=2
while [ $# -gt 0 ]; do
  case $1 in
    --stop-after) stop_after=$2; shift 2 ;;
    --stop-after=*) stop_after=${1#*=}; shift ;;
    --stats) stats=1; shift ;;
    --no-cache) shift ;;
    -j) jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    -*) echo "fake_sluice: unknown option $1" >&2; exit 2 ;;
    *) workspace=$1; shift ;;
  esac
done
[ -d "$workspace" ] || { echo "error: could not read workspace '$workspace'" >&2; exit 2; }

mode=check
[ "$stop_after" = parse ] && mode=parse-j$jobs
fail=${FAKE_SLUICE_FAIL:-}
[ "$fail" = crash ] && kill -SEGV $$
if [ "$fail" = "$mode" ]; then
  echo "error: fake failure requested for '$mode' (FAKE_SLUICE_FAIL)" >&2
  exit 2
fi

mapfile -t files < <(find "$workspace" -name '*.rs' -not -path '*/target*' | sort)
read -r lines bytes < <(cat "${files[@]}" | wc -lc)
tokens=$((bytes / 6))

# Milliseconds a parser running at `rate` lines/s per thread would need.
ms_for() { awk -v l="$lines" -v r="$1" -v j="$jobs" 'BEGIN { printf "%.3f", 1000 * l / (r * j) }'; }
load_ms=$(awk -v l="$lines" 'BEGIN { printf "%.3f", 1000 * l / 40000000 }')
parse_ms=$(ms_for 3000000)
sleep "$(awk -v a="$load_ms" -v b="$parse_ms" 'BEGIN { printf "%.3f", (a + b) / 1000 }')"

say() { [ "$stats" = 1 ] && echo "sluice-stats $*" >&2; return 0; }
[ "$fail" = nostats ] && stats=0
say "stage=load wall_ms=$load_ms files=${#files[@]} lines=$lines bytes=$bytes threads=1"
say "stage=parse wall_ms=$parse_ms files=${#files[@]} lines=$lines bytes=$bytes tokens=$tokens threads=$jobs"
say "stage=schedule wall_ms=0.250 tasks=$((${#files[@]} * 3)) note=fake-extra-stage"
if [ "$stop_after" != parse ]; then
  interface_ms=$(ms_for 10000000)
  check_ms=$(ms_for 2000000)
  sleep "$(awk -v a="$interface_ms" -v b="$check_ms" 'BEGIN { printf "%.3f", (a + b) / 1000 }')"
  say "stage=interface wall_ms=$interface_ms crates=$(find "$workspace/crates" -maxdepth 1 -mindepth 1 -type d | wc -l) threads=$jobs"
  say "stage=check wall_ms=$check_ms bodies=$((lines / 12)) threads=$jobs extra_key=ignored"
  if [ -f "$workspace/injected_error.json" ]; then
    file=$(sed -n 's/.*"file": "\(.*\)".*/\1/p' "$workspace/injected_error.json")
    line=$(sed -n 's/.*"line": \([0-9]*\).*/\1/p' "$workspace/injected_error.json")
    column=$(sed -n 's/.*"column": \([0-9]*\).*/\1/p' "$workspace/injected_error.json")
    echo "error[E0308]: mismatched types"
    echo "  --> $file:$line:$column"
    exit 1
  fi
fi
exit 0
