#!/usr/bin/env bash
# Shared helpers for regen.sh and check_with_rustc.sh (sourced, not run).
# Every rustc call goes through here so both scripts agree on flags and on the
# .rustc line format: `LINE:COLUMN: CODE: message` per error-level diagnostic.

# The edition comes from a first line `// edition:NNNN`; rustc's default for the corpus is 2021.
corpus_edition() {
  local first
  first=$(head -n 1 "$1")
  if [[ $first =~ ^//\ *edition:\ *(20[0-9][0-9]) ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo 2021
  fi
}

have_rustc() {
  command -v rustc >/dev/null 2>&1
}

# Runs rustc parse-only on FILE; prints its error lines on stdout and returns rustc's exit code.
# rustc runs in a scratch directory so that nothing it might write lands in the corpus.
corpus_rustc_errors() {
  local file edition scratch json status
  file=$(realpath "$1")
  edition=$(corpus_edition "$file")
  scratch=$(mktemp -d)
  json=$( cd "$scratch" && RUSTC_BOOTSTRAP=1 rustc --edition "$edition" -Zparse-crate-root-only --error-format=json \
            "$file" 2>&1 >/dev/null )
  status=$?
  rm -rf "$scratch"
  printf '%s\n' "$json" | python3 -c '
import json, sys
for raw in sys.stdin:
    raw = raw.strip()
    if not raw:
        continue
    try:
        diag = json.loads(raw)
    except ValueError:
        # Not JSON (an ICE or a driver message): keep it visible rather than dropping it.
        print("0:0: -: " + raw)
        continue
    if diag.get("level") != "error":
        continue
    message = diag.get("message", "")
    if message.startswith("aborting due to"):
        continue
    primary = [s for s in diag.get("spans", []) if s.get("is_primary")]
    line, column = (primary[0]["line_start"], primary[0]["column_start"]) if primary else (0, 0)
    code = (diag.get("code") or {}).get("code") or "-"
    print("%d:%d: %s: %s" % (line, column, code, message.replace("\n", "\\n")))
'
  return $status
}
