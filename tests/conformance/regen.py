#!/usr/bin/env python3
"""Regenerates the conformance expectations from rustc/cargo 1.95.

For every program it writes NAME.rs.expected (workspaces: NAME/expected) with one
`LEVEL CODE FILE:LINE` line per diagnostic, in rustc's emission order; for run-pass
programs also NAME.rs.stdout and NAME.rs.exit from a real build and run. The
hand-written expectations of unsupported/ are kept; rustc must accept those programs.
Then it checks the suite's own rules and rewrites COVERAGE.md. Idempotent: files are
rewritten only when their content changes.

Usage: python3 tests/conformance/regen.py [-j N] [NAME-substring ...]
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_lib as lib  # noqa: E402

REQUIRED_VERSION = "1.95."
RUN_TIMEOUT = 10


def require_toolchain():
    for tool in ("rustc", "cargo"):
        try:
            out = subprocess.run([tool, "--version"], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError) as err:
            sys.exit(f"regen.py: cannot run `{tool} --version`: {err}")
        version = out.split()[1] if len(out.split()) > 1 else ""
        if not version.startswith(REQUIRED_VERSION):
            sys.exit(f"regen.py: need {tool} {REQUIRED_VERSION}x, found `{out.strip()}`; expectations not touched")


def write_if_changed(path, text):
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return True
    return False


def rustc_check(program, scratch):
    """Diagnostics of a check-only build (like cargo check) of one file."""
    if lib.wants_full_build(program):
        emit = ["-o", os.path.join(scratch, "full-build")]
    else:
        emit = ["--emit=metadata", "-o", os.path.join(scratch, "out.rmeta")]
    cmd = ["rustc", "--edition", "2021", "--error-format=json"] + emit + [program.name]
    proc = subprocess.run(cmd, cwd=program.root, capture_output=True, text=True)
    return lib.lines_from_output(proc.stderr, program.root)


def rustc_build_and_run(program, scratch):
    binary = os.path.join(scratch, "prog")
    build = subprocess.run(["rustc", "--edition", "2021", "-o", binary, program.name],
                           cwd=program.root, capture_output=True, text=True)
    if build.returncode != 0:
        return None, None, f"build failed:\n{build.stderr}"
    try:
        run = subprocess.run([binary], cwd=scratch, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, None, "timed out"
    return run.stdout, run.returncode, None


def cargo_check(program, scratch):
    copy = os.path.join(scratch, "ws")
    shutil.copytree(program.path, copy, ignore=shutil.ignore_patterns("expected", "target", "Cargo.lock"))
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(scratch, "target"), CARGO_TERM_COLOR="never")
    cmd = ["cargo", "check", "--offline", "-j1", "--workspace", "--message-format", "json"]
    proc = subprocess.run(cmd, cwd=copy, capture_output=True, text=True, env=env)
    if "error: failed to" in proc.stderr or "could not find `Cargo.toml`" in proc.stderr:
        raise RuntimeError(f"cargo failed on {program.key}:\n{proc.stderr}")
    return lib.lines_from_output(proc.stdout, copy)


def regen_one(program):
    """Returns (program, lines, problems, changed_files)."""
    problems, changed = [], []
    with tempfile.TemporaryDirectory(prefix="sluice-regen-") as scratch:
        if program.is_workspace:
            lines = cargo_check(program, scratch)
        else:
            lines = rustc_check(program, scratch)
        if program.category == "unsupported":
            if lines:
                problems.append("rustc must accept unsupported programs cleanly, got: " + "; ".join(lines))
            lines = lib.read_expected(program.expected_path)
            if lines is None:
                problems.append("missing hand-written .expected")
                lines = []
            return program, lines, problems, changed
        if write_if_changed(program.expected_path, "".join(l + "\n" for l in lines)):
            changed.append(program.expected_path)
        if program.category == "run-pass":
            stdout, code, err = rustc_build_and_run(program, scratch)
            if err:
                problems.append(err)
            else:
                if write_if_changed(program.path + ".stdout", stdout.decode("utf-8")):
                    changed.append(program.path + ".stdout")
                if write_if_changed(program.path + ".exit", f"{code}\n"):
                    changed.append(program.path + ".exit")
    return program, lines, problems, changed


def declared_lints(program):
    with open(program.path, encoding="utf-8") as f:
        first = f.readline()
    match = re.match(r"\s*//\s*lints:\s*(.*)", first)
    return match.group(1).split() if match else None


def rule_problems(program, lines):
    """The suite's own rules: each category's programs must show what they are for."""
    codes = {line.split()[1] for line in lines}
    levels = {line.split()[0] for line in lines}
    if program.category == "run-pass" and lines:
        return ["run-pass program must compile with no diagnostic at all"]
    if program.category == "compile-fail" and program.name.startswith("error_"):
        if not any(line.split()[:2] == ["error", "-"] for line in lines):
            return ["error_ programs are for errors rustc gives no code"]
    elif program.category == "compile-fail":
        match = re.match(r"(e\d{4})_", program.name)
        if not match:
            return ["compile-fail names start with the code they are for (error_ for code-less errors)"]
        if match.group(1).upper() not in codes:
            return [f"does not produce {match.group(1).upper()}"]
    if program.category == "warnings":
        lints = declared_lints(program)
        if lints is None:
            return ["warnings programs start with `// lints: NAME ...`"]
        missing = [l for l in lints if l not in codes]
        if missing:
            return ["declared lints not produced: " + " ".join(missing)]
        if not any(code in LINT_NAMES for code in codes):
            return ["produces no lint"]
        # A code-less warning (rustc's label-shadowing one) is fine; a code-less error is not.
        if any(re.match(r"E\d{4}$", code) for code in codes) or \
                any(line.split()[:2] == ["error", "-"] for line in lines):
            return ["warnings programs must not have errors other than lints"]
    if program.category == "workspaces" and not program.name.startswith(("ok_", "err_", "warn_")):
        return ["workspace names start with ok_ (clean), warn_ (warnings only) or err_ (errors)"]
    if program.category == "workspaces" and program.name.startswith("warn_") and levels != {"warning"}:
        return ["warn_ workspace must have warnings and nothing else"]
    if program.category == "workspaces" and program.name.startswith("ok_") and lines:
        return ["ok_ workspace must be clean"]
    if program.category == "workspaces" and program.name.startswith("err_") and "error" not in levels:
        return ["err_ workspace produces no error"]
    return []


LINT_NAMES = ["unused_variables", "unused_mut", "unused_assignments", "dead_code", "unused_imports",
              "unreachable_code", "unreachable_patterns", "non_snake_case", "non_camel_case_types",
              "non_upper_case_globals", "unused_parens", "unused_braces", "while_true", "overflowing_literals",
              "unconditional_recursion", "arithmetic_overflow", "irrefutable_let_patterns",
              "const_item_mutation", "unused_labels", "overlapping_range_endpoints", "ambiguous_glob_imports",
              "unused_must_use", "path_statements", "unused_comparisons", "redundant_semicolons",
              "non_shorthand_field_patterns", "unconditional_panic",
              "unused_doc_comments", "forbidden_lint_groups", "named_arguments_used_positionally",
              "double_negations"]
ERROR_CODES = ("E0004 E0005 E0023 E0026 E0027 E0060 E0061 E0063 E0069 E0070 E0107 E0124 E0133 E0201 E0252 "
               "E0255 E0308 E0369 E0381 E0382 E0384 E0403 E0408 E0416 E0423 E0424 E0425 E0428 E0432 E0433 "
               "E0434 E0435 E0560 E0559 E0592 E0593 E0594 E0596 E0599 E0600 E0603 E0604 E0605 E0606 E0607 "
               "E0608 E0609 E0610 E0614 E0615 E0616 E0618 E0620 E0689 E0728 E0765").split()


def coverage_markdown(results):
    by_code = collections.defaultdict(list)
    for program, lines in results:
        for code in dict.fromkeys(line.split()[1] for line in lines):
            by_code[code].append(program.key)
    counts = collections.Counter(p.category for p, _ in results)
    out = ["# Conformance coverage", "",
           "Generated by `regen.py` from the expectations; do not edit by hand.", "",
           "| category | programs |", "|---|---|"]
    out += [f"| {c} | {counts.get(c, 0)} |" for c in lib.CATEGORIES]
    out += ["", "## Error codes listed for tier L1", "", "| code | programs |", "|---|---|"]
    for code in ERROR_CODES:
        out.append(f"| {code} | {', '.join(by_code.get(code, [])) or '**none**'} |")
    out += ["", "## Lints listed for tier L1", "", "| lint | programs |", "|---|---|"]
    for lint in LINT_NAMES:
        out.append(f"| {lint} | {', '.join(by_code.get(lint, [])) or '**none**'} |")
    others = sorted(c for c in by_code if c not in ERROR_CODES and c not in LINT_NAMES)
    if others:
        out += ["", "## Other codes that occur", "", "| code | programs |", "|---|---|"]
        out += [f"| {c} | {', '.join(by_code[c])} |" for c in others]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    parser.add_argument("filters", nargs="*", help="only programs whose key contains one of these")
    args = parser.parse_args()
    require_toolchain()

    programs = lib.discover()
    selected = [p for p in programs if not args.filters or any(f in p.key for f in args.filters)]
    failures = 0
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(args.j, 2))) as pool:
        for program, lines, problems, changed in pool.map(regen_one, selected):
            results[program.key] = (program, lines)
            for path in changed:
                print(f"updated {os.path.relpath(path, lib.HERE)}")
            for problem in problems + rule_problems(program, lines):
                failures += 1
                print(f"PROBLEM {program.key}: {problem}")
    if not args.filters:
        ordered = [results[p.key] for p in programs]
        if write_if_changed(os.path.join(lib.HERE, "COVERAGE.md"), coverage_markdown(ordered)):
            print("updated COVERAGE.md")
    print(f"regen: {len(selected)} programs, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
