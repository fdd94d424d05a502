#!/usr/bin/env bash
# Shared helpers for regen.sh and check_with_rustc.sh (sourced, not run).
# Both scripts run rustc the same way and format its errors the same way:
# one `LINE:COLUMN: CODE: message` line per error-level diagnostic, from the
# first primary span of rustc's --error-format=json output, without the final
# "aborting due to ..." summary.

have_rustc() {
  command -v rustc >/dev/null 2>&1
}

# The edition comes from a first line `// edition:NNNN`; the default is 2021.
corpus_edition() {
  local first
  first=$(head -n 1 "$1")
  if [[ $first =~ ^//\ *edition:\ *(20[0-9][0-9]) ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo 2021
  fi
}

# Key under which a file's rustc output is stored: valid__001_x.rs, invalid__002_y.rs.
corpus_key() {
  echo "$(basename "$(dirname "$1")")__$(basename "$1")"
}

# Runs rustc parse-only on one absolute FILE, leaving KEY.json (stderr) and KEY.status in OUTDIR.
# rustc runs inside OUTDIR so that nothing it might write lands in the corpus.
corpus_rustc_one() {
  local outdir=$1 file=$2 key edition
  key=$(corpus_key "$file")
  edition=$(corpus_edition "$file")
  ( cd "$outdir" && RUSTC_BOOTSTRAP=1 rustc --edition "$edition" -Zparse-crate-root-only \
      --error-format=json "$file" >/dev/null 2>"$outdir/$key.json"; echo $? >"$outdir/$key.status" )
}
export -f corpus_edition corpus_key corpus_rustc_one

# Runs rustc on every FILE (absolute paths), two at a time: the machine has two cores.
corpus_rustc_all() {
  local outdir=$1
  shift
  printf '%s\0' "$@" | xargs -0 -n 1 -P 2 bash -c 'corpus_rustc_one "$0" "$1"' "$outdir"
}

# Judges rustc's outputs in one python3 process (starting python per file is slow).
# MODE is `regen` (write invalid/NAME.rs.rustc) or `check` (print PASS/FAIL lines).
corpus_judge() {
  python3 - "$@" <<'PY'
import json, os, sys

mode, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]

def error_lines(raw):
    lines = []
    for text in raw.splitlines():
        text = text.strip()
        if not text:
            continue
        try:
            diag = json.loads(text)
        except ValueError:
            # Not JSON (an ICE or a driver message): keep it visible rather than dropping it.
            lines.append("0:0: -: " + text)
            continue
        message = diag.get("message", "")
        if diag.get("level") != "error" or message.startswith("aborting due to"):
            continue
        primary = [s for s in diag.get("spans", []) if s.get("is_primary")]
        line, column = (primary[0]["line_start"], primary[0]["column_start"]) if primary else (0, 0)
        code = (diag.get("code") or {}).get("code") or "-"
        lines.append("%d:%d: %s: %s" % (line, column, code, message.replace("\n", "\\n")))
    return lines

def rustc_result(path):
    key = os.path.basename(os.path.dirname(path)) + "__" + os.path.basename(path)
    with open(os.path.join(outdir, key + ".json"), encoding="utf-8", errors="replace") as f:
        raw = f.read()
    with open(os.path.join(outdir, key + ".status")) as f:
        status = int(f.read().strip() or "-1")
    return status, error_lines(raw)

def expected_text(lines):
    return "".join(line + "\n" for line in lines)

def verdict(path):
    kind = os.path.basename(os.path.dirname(path))
    name = kind + "/" + os.path.basename(path)
    status, lines = rustc_result(path)
    if kind == "valid":
        if status == 0 and not lines:
            return True, "PASS " + name
        return False, "\n".join(["FAIL %s: rustc rejects a valid file (exit %d)" % (name, status)] +
                                ["    " + l for l in lines])
    if status == 0 or not lines:
        return False, "FAIL %s: rustc accepts an invalid file" % name
    expected_path = path + ".rustc"
    if not os.path.exists(expected_path):
        return False, "FAIL %s: missing %s.rustc (run regen.sh)" % (name, os.path.basename(path))
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    got = expected_text(lines)
    if got != expected:
        return False, "\n".join(["FAIL %s: rustc's errors differ from %s.rustc" % (name, os.path.basename(path))] +
                                ["    expected: " + l for l in expected.splitlines()] +
                                ["    rustc:    " + l for l in lines])
    return True, "PASS " + name

if mode == "regen":
    for path in files:
        status, lines = rustc_result(path)
        if status == 0 or not lines:
            print("warning: rustc reports no error for " + path, file=sys.stderr)
        with open(path + ".rustc", "w", encoding="utf-8") as f:
            f.write(expected_text(lines))
    sys.exit(0)

passed = failed = 0
for path in files:
    ok, text = verdict(path)
    if ok:
        passed += 1
    else:
        failed += 1
        print(text)
for expected_path in sorted(os.listdir(os.path.join(outdir, "..")) if False else []):
    pass
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
}
