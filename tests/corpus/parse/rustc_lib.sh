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
# Uses only builtins: it runs once per corpus file.
corpus_edition() {
  local first=""
  IFS= read -r first <"$1" || true
  if [[ $first =~ ^//\ *edition:\ *(20[0-9][0-9]) ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo 2021
  fi
}

# Key under which a file's rustc output is stored: valid__001_x.rs, invalid__002_y.rs.
corpus_key() {
  local dir=${1%/*}
  echo "${dir##*/}__${1##*/}"
}

# Runs rustc parse-only on every FILE (absolute paths), two at a time (the machine has two
# cores), leaving KEY.json (rustc's stderr) and KEY.status in OUTDIR. rustc runs inside OUTDIR
# so that nothing it might write lands in the corpus. The per-file job is a tiny `sh -c`
# because shell start-up, not rustc, dominates the run time.
corpus_rustc_all() {
  local outdir=$1 file rustc_bin
  shift
  # Calling the toolchain's rustc directly skips the rustup proxy on every call.
  rustc_bin=$(rustup which rustc 2>/dev/null || command -v rustc)
  for file in "$@"; do
    printf '%s\0%s\0%s\0' "$(corpus_edition "$file")" "$outdir/$(corpus_key "$file")" "$file"
  done | (cd "$outdir" && RUSTC_BOOTSTRAP=1 xargs -0 -n 3 -P 2 sh -c \
    '"$0" --edition "$1" -Zparse-crate-root-only --error-format=json "$3" >/dev/null 2>"$2.json"; echo $? >"$2.status"' \
    "$rustc_bin")
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
        # rustc's ` --> ` line shows the earliest primary span (a mismatched
        # delimiter has two: the opener and the closer).
        primary = sorted((s["line_start"], s["column_start"]) for s in diag.get("spans", []) if s.get("is_primary"))
        line, column = primary[0] if primary else (0, 0)
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
# A .rustc file without its .rs means an invalid case was renamed or deleted.
invalid_dir = os.path.join(os.environ.get("CORPUS_ROOT", "."), "invalid")
for entry in sorted(os.listdir(invalid_dir)) if os.path.isdir(invalid_dir) else []:
    if entry.endswith(".rs.rustc") and not os.path.exists(os.path.join(invalid_dir, entry[:-len(".rustc")])):
        failed += 1
        print("FAIL invalid/%s: no matching .rs file" % entry)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
}
