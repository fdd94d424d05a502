#!/usr/bin/env python3
"""Differential testing of sluice's parser against rustc's.

Takes the valid corpus files, applies small deterministic random mutations (delete, duplicate or
swap tokens, insert a token, delete a line), and runs both rustc's parser
(`rustc -Zparse-crate-root-only`) and `sluice check --stop-after parse` on every mutant.
A mutant passes when both agree on the verdict (error or no error) and, when both reject it, on
the line of the first error. Everything else is reported, grouped by kind:

  (a) rustc rejects, sluice accepts
  (b) rustc accepts, sluice rejects
  (c) both reject, but the first error is on a different line

Source files on which the two already disagree are reported once and not mutated. sluice errors
that rustc only reports after parsing (missing module files, invalid literal suffixes) are set
aside unless --strict is given.

Usage: differential.py [--count N] [--seed S] [--keep DIR] [--sluice PATH] [--strict] [FILE.rs ...]
Standard library only. At most two processes (rustc or sluice) run at once: the machine is shared.
The sluice binary defaults to /tmp/diff-sluice, a copy of build/sluice that a rebuild cannot change.
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SLUICE = "/tmp/diff-sluice"
INSERTABLE = [";", ",", ")", "}", "{", "(", "let", "fn", "=", ".", "::", "->", "=>", "|", "&", "'a", '"s"', "1"]
MUTATIONS = ["delete", "duplicate", "swap", "insert", "delete_line"]
TIMEOUT_SECONDS = 60

# A crude Rust tokeniser: good enough to pick mutation points, not a lexer. Comments are matched
# so that they can be skipped (mutating them changes nothing); everything else is a token.
TOKEN_RE = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<space>\s+)
  | (?P<raw_string>(?:b|c)?r(?P<hashes>\#*)".*?"(?P=hashes))
  | (?P<string>(?:b|c)?"(?:\\.|[^"\\])*")
  | (?P<char>b?'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]*\}|.)|[^'\\\n])')
  | (?P<lifetime>'(?:r\#)?[^\W\d]\w*)
  | (?P<number>\d[\w]*(?:\.(?![.\w])|\.\d\w*)?)
  | (?P<ident>(?:r\#)?[^\W\d]\w*)
  | (?P<punct>\.\.\.|\.\.=|<<=|>>=|::|->|=>|==|!=|<=|>=|&&|\|\||\+=|-=|\*=|/=|%=|\^=|&=|\|=|<<|>>|\.\.|.)
""", re.VERBOSE | re.DOTALL)


def tokenize(text):
    """Returns (start, end) spans of the non-comment tokens of TEXT."""
    spans = []
    for match in TOKEN_RE.finditer(text):
        if match.lastgroup not in ("comment", "space"):
            spans.append((match.start(), match.end()))
    return spans


def edition_of(text):
    first = text.split("\n", 1)[0]
    match = re.match(r"//\s*edition:\s*(20\d\d)", first)
    return match.group(1) if match else "2021"


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def show(token):
    return "`%s`" % token.replace("\n", "\\n")[:40]


def mutate(text, rng, kind):
    """Applies one mutation of KIND; returns (new_text, description) or None when not applicable."""
    spans = tokenize(text)
    # Comments are not tokens, so the `// edition:` line is never mutated.
    if len(spans) < 2:
        return None
    if kind == "delete":
        start, end = rng.choice(spans)
        line, col = line_col(text, start)
        return text[:start] + text[end:], "delete %s at %d:%d" % (show(text[start:end]), line, col)
    if kind == "duplicate":
        start, end = rng.choice(spans)
        line, col = line_col(text, start)
        token = text[start:end]
        return text[:end] + " " + token + text[end:], "duplicate %s at %d:%d" % (show(token), line, col)
    if kind == "swap":
        index = rng.randrange(len(spans) - 1)
        (s1, e1), (s2, e2) = spans[index], spans[index + 1]
        first, second = text[s1:e1], text[s2:e2]
        if first == second:
            return None
        line, col = line_col(text, s1)
        mutant = text[:s1] + second + text[e1:s2] + first + text[e2:]
        return mutant, "swap %s and %s at %d:%d" % (show(first), show(second), line, col)
    if kind == "insert":
        start, _ = rng.choice(spans)
        token = rng.choice(INSERTABLE)
        line, col = line_col(text, start)
        return text[:start] + token + " " + text[start:], "insert %s before %d:%d" % (show(token), line, col)
    if kind == "delete_line":
        lines = text.split("\n")
        starts = sorted({line_col(text, s)[0] for s, _ in spans})
        line = rng.choice(starts)
        removed = lines[line - 1].strip()
        del lines[line - 1]
        return "\n".join(lines), "delete line %d %s" % (line, show(removed))
    raise ValueError(kind)


# Errors that sluice reports while parsing but rustc only after `-Zparse-crate-root-only` stops:
# a `mod m;` whose file is missing (E0583) and invalid literal suffixes (`1u7`, `1u83`, `"s"x`). They are
# not parser disagreements, so they are set aside (and counted) unless --strict is given.
LATER_STAGE_CODES = {"E0583"}
LATER_STAGE_MESSAGES = re.compile(r"^(invalid suffix `|invalid width `|suffixes on .* are invalid)")


def is_later_stage(diag):
    code = (diag.get("code") or {}).get("code")
    return code in LATER_STAGE_CODES or bool(LATER_STAGE_MESSAGES.match(diag.get("message", "")))


def error_diagnostics(diagnostics):
    """The error-level diagnostics, without "aborting due to" (cargo's wrapping is unwrapped)."""
    errors = []
    for diag in diagnostics:
        if diag.get("reason") == "compiler-message":
            diag = diag.get("message", {})
        if diag.get("level") == "error" and not diag.get("message", "").startswith("aborting due to"):
            errors.append(diag)
    return errors


def first_error(errors):
    """(line, message) of the first error: its earliest primary span, as rustc's ` --> ` line shows."""
    for diag in errors:
        message = diag.get("message", "")
        primary = sorted((s["line_start"], s["column_start"]) for s in diag.get("spans", []) if s.get("is_primary"))
        line = primary[0][0] if primary else 0
        return line, message.replace("\n", "\\n")
    return None


def parse_json_lines(raw):
    diagnostics, junk = [], []
    for text in raw.splitlines():
        text = text.strip()
        if not text:
            continue
        try:
            diagnostics.append(json.loads(text))
        except ValueError:
            junk.append(text)
    return diagnostics, junk


def run_tool(argv, cwd, stream, strict=True):
    """Runs a checker; returns (rejected, first_error or None, note)."""
    try:
        proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, errors="replace",
                              timeout=TIMEOUT_SECONDS, env=dict(os.environ, RUSTC_BOOTSTRAP="1"))
    except subprocess.TimeoutExpired:
        return True, (0, "TIMEOUT after %ds" % TIMEOUT_SECONDS), "timeout"
    diagnostics, junk = parse_json_lines(proc.stdout if stream == "stdout" else proc.stderr)
    errors = error_diagnostics(diagnostics)
    note = ""
    if proc.returncode not in (0, 1) or junk:
        note = "exit %d%s" % (proc.returncode, ("; " + junk[0][:200]) if junk else "")
    set_aside = [] if strict else [d for d in errors if is_later_stage(d)]
    if set_aside:
        errors = [d for d in errors if not is_later_stage(d)]
        note = "set aside: " + "; ".join(d.get("message", "") for d in set_aside)
        if not errors and proc.returncode == 1:
            return False, None, note
    error = first_error(errors)
    rejected = proc.returncode != 0 or error is not None
    if rejected and error is None:
        error = (0, "(no error diagnostic; %s)" % (note or "exit %d" % proc.returncode))
    return rejected, error, note


def rustc_binary():
    try:
        path = subprocess.run(["rustup", "which", "rustc"], capture_output=True, text=True).stdout.strip()
        if path:
            return path
    except OSError:
        pass
    return shutil.which("rustc") or "rustc"


def check_mutant(job, rustc, sluice, workdir, strict):
    index, source, description, text, edition = job
    path = os.path.join(workdir, "m%05d.rs" % index)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    rustc_result = run_tool([rustc, "--edition", edition, "-Zparse-crate-root-only", "--error-format=json",
                             "--crate-name", "mutant", path], workdir, "stderr")
    sluice_result = run_tool([sluice, "check", "--edition", edition, "--stop-after", "parse", "--message-format",
                              "json", "-q", path], workdir, "stdout", strict)
    os.remove(path)
    return job, rustc_result, sluice_result


def classify(rustc_result, sluice_result):
    r_rejects, r_error, _ = rustc_result
    s_rejects, s_error, _ = sluice_result
    if r_rejects and not s_rejects:
        return "a"
    if s_rejects and not r_rejects:
        return "b"
    if r_rejects and s_rejects and r_error[0] != s_error[0]:
        return "c"
    return None


def make_jobs(files, count, seed):
    rng = random.Random(seed)
    texts = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            texts[path] = f.read()
    jobs, attempts = [], 0
    while len(jobs) < count and attempts < count * 20:
        attempts += 1
        source = rng.choice(files)
        kind = rng.choice(MUTATIONS)
        result = mutate(texts[source], rng, kind)
        if result is None or result[0] == texts[source]:
            continue
        jobs.append((len(jobs), source, result[1], result[0], edition_of(texts[source])))
    return jobs


KIND_TITLES = {
    "a": "(a) rustc rejects, sluice accepts",
    "b": "(b) rustc accepts, sluice rejects",
    "c": "(c) both reject, first error line differs",
}


def describe(error):
    return "line %d: %s" % error if error else "accepted"


def report(mismatches, passed, keep):
    failed = sum(len(v) for v in mismatches.values())
    for kind in "abc":
        items = mismatches[kind]
        if not items:
            continue
        print("\n== %s: %d" % (KIND_TITLES[kind], len(items)))
        for job, rustc_result, sluice_result, kept in items:
            index, source, description, _, edition = job
            print("#%d %s (edition %s): %s%s" % (index, os.path.relpath(source, HERE), edition, description,
                                                  (" -> " + kept) if kept else ""))
            for name, (_, error, note) in (("rustc: ", rustc_result), ("sluice:", sluice_result)):
                print("    %s %s%s" % (name, describe(error), (" [%s]" % note) if note else ""))
    print("\n%d passed, %d failed (a: %d, b: %d, c: %d)" % (passed, failed, len(mismatches["a"]),
                                                           len(mismatches["b"]), len(mismatches["c"])))
    return failed


def keep_mutant(keep, job, kind):
    index, source, description, text, edition = job
    name = "%s_%05d_%s" % (kind, index, os.path.basename(source))
    path = os.path.join(keep, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(path + ".mutation", "w", encoding="utf-8") as f:
        f.write("%s\nedition %s\n%s\n" % (os.path.relpath(source, HERE), edition, description))
    return path


def agreeing_sources(files, rustc, sluice, workdir, strict):
    """The FILES on which rustc and sluice already agree; mutants of the others would only repeat
    the same disagreement, so those are reported once and left out."""
    jobs = []
    for index, path in enumerate(files):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        jobs.append((index, path, "unmutated", text, edition_of(text)))
    agreeing = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda job: check_mutant(job, rustc, sluice, workdir, strict), jobs)
        for job, rustc_result, sluice_result in results:
            kind = classify(rustc_result, sluice_result)
            if kind is None and not rustc_result[0]:
                agreeing.append(job[1])
                continue
            print("skipped source %s: rustc %s; sluice %s" % (os.path.relpath(job[1], HERE),
                                                             describe(rustc_result[1]), describe(sluice_result[1])))
    return agreeing


def run_jobs(jobs, rustc, args, workdir):
    mismatches = {"a": [], "b": [], "c": []}
    passed = set_aside = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(2, args.jobs))) as pool:
        futures = [pool.submit(check_mutant, job, rustc, args.sluice, workdir, args.strict) for job in jobs]
        for future in futures:
            job, rustc_result, sluice_result = future.result()
            if sluice_result[2].startswith("set aside"):
                set_aside += 1
            kind = classify(rustc_result, sluice_result)
            if kind is None:
                passed += 1
                continue
            kept = keep_mutant(args.keep, job, kind) if args.keep else ""
            mismatches[kind].append((job, rustc_result, sluice_result, kept))
    return mismatches, passed, set_aside


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=400, help="number of mutants (default 400)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--keep", help="directory for the mismatching mutants")
    parser.add_argument("--sluice", default=DEFAULT_SLUICE, help="sluice binary (default %s)" % DEFAULT_SLUICE)
    parser.add_argument("--strict", action="store_true",
                        help="count sluice's missing-module and literal-suffix errors too (rustc reports them later)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel mutants, at most 2")
    parser.add_argument("files", nargs="*", help="source files (default: valid/*.rs)")
    args = parser.parse_args()

    files = [os.path.abspath(f) for f in args.files] or sorted(
        os.path.join(HERE, "valid", f) for f in os.listdir(os.path.join(HERE, "valid")) if f.endswith(".rs"))
    if not os.path.exists(args.sluice):
        sys.exit("sluice binary not found: %s" % args.sluice)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    rustc = rustc_binary()
    workdir = tempfile.mkdtemp(prefix="sluice-diff-")
    try:
        files = agreeing_sources(files, rustc, args.sluice, workdir, args.strict)
        jobs = make_jobs(files, args.count, args.seed)
        mismatches, passed, set_aside = run_jobs(jobs, rustc, args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if set_aside:
        print("(%d mutants had sluice errors set aside as later-stage errors; --strict counts them)" % set_aside)
    failed = report(mismatches, passed, args.keep)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
