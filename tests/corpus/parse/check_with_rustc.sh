#!/usr/bin/env bash
# Checks the parse corpus against rustc's parser (rustc -Zparse-crate-root-only):
#   valid/*.rs   must be accepted with no error;
#   invalid/*.rs must be rejected, with exactly the errors recorded in NAME.rs.rustc.
# Prints `N passed, M failed` and each failure; exits 0 only if nothing failed.
# Without rustc on the machine it says so and exits 0 (skipped).
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/rustc_lib.sh"

# One file; prints `PASS name` or `FAIL name: reason` (with indented detail lines).
# The caller prints the verdict in one write so that parallel runs do not interleave.
check_one() {
  local file=$1 kind name got status
  kind=$(basename "$(dirname "$file")")
  name="$kind/$(basename "$file")"
  got=$(corpus_rustc_errors "$file")
  status=$?
  if [[ $kind == valid ]]; then
    if [[ $status -eq 0 && -z $got ]]; then
      echo "PASS $name"
    else
      echo "FAIL $name: rustc rejects a valid file (exit $status)"
      printf '%s\n' "$got" | sed 's/^/    /'
    fi
    return
  fi
  if [[ $status -eq 0 || -z $got ]]; then
    echo "FAIL $name: rustc accepts an invalid file"
  elif [[ ! -f "$file.rustc" ]]; then
    echo "FAIL $name: missing $(basename "$file").rustc (run regen.sh)"
  elif [[ "$got" != "$(cat "$file.rustc")" ]]; then
    echo "FAIL $name: rustc's errors differ from $(basename "$file").rustc"
    diff <(cat "$file.rustc") <(printf '%s\n' "$got") | sed 's/^/    /'
  else
    echo "PASS $name"
  fi
}

if [[ ${1:-} == --one ]]; then
  verdict=$(check_one "$2")
  printf '%s\n' "$verdict"
  exit 0
fi

if ! have_rustc; then
  echo "rustc not installed: parse corpus check skipped"
  exit 0
fi

results=$(printf '%s\0' "$here"/valid/*.rs "$here"/invalid/*.rs |
            xargs -0 -n 1 -P 2 bash "$here/check_with_rustc.sh" --one)
passed=$(grep -c '^PASS ' <<<"$results")
failed=$(grep -c '^FAIL ' <<<"$results")
# Failures with their detail lines, in file order.
awk '/^FAIL /{show=1; print; next} /^PASS /{show=0} show' <<<"$results"
# Stray .rustc files mean a renamed or deleted invalid case.
for expected in "$here"/invalid/*.rs.rustc; do
  [[ -e $expected ]] || continue
  if [[ ! -f ${expected%.rustc} ]]; then
    echo "FAIL invalid/$(basename "$expected"): no matching .rs file"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
