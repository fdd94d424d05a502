#!/usr/bin/env bash
# Runs a command as a recipe of a real GNU make -j3 (marked '+', so make hands
# it the jobserver) and checks that make did not complain about jobserver
# tokens afterwards: make ends with "INTERNAL: Exiting with N jobserver tokens
# available; should be M!" when a client kept or duplicated tokens, and warns
# "jobserver unavailable" when it could not pass the jobserver on.
#
# Usage:
#   make_check.sh [--expect TEXT] [--jobs N] [--] COMMAND [ARG...]
#       COMMAND must succeed, make must print nothing about the jobserver, and
#       with --expect the output must contain TEXT.
#   make_check.sh --test-binary PATH/TO/jobserver_test
#       The jobserver client's own check: its hidden [.jobserver-child] case
#       must find 2 tokens under make -j3 and give them back; then the hidden
#       [.jobserver-thief] case, which loses its tokens, must make make warn
#       (so this script is shown to catch a leaking client).
set -u

expect=""
jobs=3

# Runs "$@" under make -j$jobs in a temporary directory; the combined output of
# make and the command goes to the file named by $output. Returns make's status.
run_under_make() {
  local dir quoted
  dir=$(mktemp -d "${TMPDIR:-/tmp}/sluice-make-check-XXXXXX")
  # make runs in $dir: a relative command path must not depend on that.
  if [[ $1 == */* ]]; then set -- "$(realpath "$1")" "${@:2}"; fi
  # The command line, quoted for the shell, with make's '$' escaped.
  quoted=$(printf '%q ' "$@")
  quoted=${quoted//\$/\$\$}
  # '@': make does not echo the command (its name may say "jobserver").
  printf 'all:\n\t@+%s\n' "$quoted" > "$dir/Makefile"
  # A make above this script (ctest run from make) must not leak its jobserver
  # into ours: that would be a "-jN forced in submake" warning, not our bug.
  (cd "$dir" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEFILES make --no-print-directory -j"$jobs" all) \
    > "$output" 2>&1
  local status=$?
  rm -rf "$dir"
  return $status
}

# The lines of make (or of the command: sluice warns when it falls back to -j)
# that complain about the jobserver; a client's own report of the tokens it
# acquired, or Catch's "Filters:" line, are not complaints.
jobserver_complaints() {
  grep -Ei '^make(\[[0-9]+\])?: .*jobserver|jobserver.*(warning|unavailable|internal|error|not open)|(warning|internal|error).*jobserver'
}

# The plain check of a command; prints what went wrong and returns 1 on failure.
check_command() {
  output=$(mktemp)
  run_under_make "$@"
  local status=$?
  local failed=0
  if [ $status -ne 0 ]; then
    echo "make_check: the command failed under make -j$jobs (make exited $status)"
    failed=1
  fi
  if jobserver_complaints < "$output" > /dev/null; then
    echo "make_check: a jobserver complaint:"
    jobserver_complaints < "$output"
    failed=1
  fi
  if [ -n "$expect" ] && ! grep -qF -- "$expect" "$output"; then
    echo "make_check: the output lacks '$expect'"
    failed=1
  fi
  if [ $failed -ne 0 ]; then
    echo "---- output of make -j$jobs:"
    cat "$output"
  fi
  rm -f "$output"
  return $failed
}

check_test_binary() {
  local binary=$1
  expect="jobserver tokens acquired: $((jobs - 1))"
  if ! check_command "$binary" "[.jobserver-child]"; then
    echo "make_check: FAIL: the jobserver client under make -j$jobs"
    echo "0 passed, 1 failed"
    return 1
  fi
  # The self-test: a client that keeps its tokens must be caught.
  expect=""
  output=$(mktemp)
  run_under_make "$binary" "[.jobserver-thief]"
  if ! grep -q 'jobserver tokens stolen: [1-9]' "$output" || ! grep -q 'INTERNAL: Exiting with' "$output"; then
    echo "make_check: FAIL: make did not report the tokens a client kept; this check would miss a leak:"
    cat "$output"
    rm -f "$output"
    echo "1 passed, 1 failed"
    return 1
  fi
  rm -f "$output"
  echo "make_check: the client returned its tokens, and a leaking client is caught"
  echo "2 passed, 0 failed"
}

main() {
  if ! command -v make > /dev/null; then
    echo "make_check: GNU make is not installed" >&2
    return 1
  fi
  while [ $# -gt 0 ]; do
    case $1 in
      --expect) expect=$2; shift 2 ;;
      --jobs) jobs=$2; shift 2 ;;
      --test-binary) check_test_binary "$2"; return ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  if [ $# -eq 0 ]; then
    echo "usage: $0 [--expect TEXT] [--jobs N] [--] COMMAND [ARG...] | --test-binary PATH" >&2
    return 2
  fi
  if check_command "$@"; then
    echo "make_check: ok: $* under make -j$jobs"
    return 0
  fi
  return 1
}

main "$@"
