"""Shared helpers for regen.py and run.py: where the programs are and how a
rustc-shaped JSON diagnostic becomes one `LEVEL CODE FILE:LINE` line."""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SINGLE_FILE_CATEGORIES = ["run-pass", "compile-fail", "warnings", "unsupported"]
CATEGORIES = ["run-pass", "compile-fail", "warnings", "workspaces", "unsupported"]

# Lines every compiler prints after the real diagnostics; they carry no verdict of their own.
SUMMARY_PREFIXES = ("aborting due to", "could not compile")
SUMMARY_SUFFIXES = ("warning emitted", "warnings emitted")


class Program:
    """One conformance program: a single .rs file or a workspace directory."""

    def __init__(self, category, name):
        self.category = category
        self.name = name  # file name (foo.rs) or workspace directory name
        self.path = os.path.join(HERE, category, name)
        self.is_workspace = category == "workspaces"

    @property
    def key(self):
        return f"{self.category}/{self.name}"

    @property
    def expected_path(self):
        if self.is_workspace:
            return os.path.join(self.path, "expected")
        return self.path + ".expected"

    @property
    def root(self):
        """The directory file names in diagnostics are relative to."""
        return self.path if self.is_workspace else os.path.dirname(self.path)


def discover(categories=None):
    programs = []
    for category in categories or CATEGORIES:
        folder = os.path.join(HERE, category)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            full = os.path.join(folder, name)
            if category == "workspaces":
                if os.path.isfile(os.path.join(full, "Cargo.toml")):
                    programs.append(Program(category, name))
            elif name.endswith(".rs") and os.path.isfile(full):
                programs.append(Program(category, name))
    return programs


def is_summary(message):
    text = message.get("message", "")
    if message.get("level") in ("failure-note", "note", "help"):
        return True
    return text.startswith(SUMMARY_PREFIXES) or text.endswith(SUMMARY_SUFFIXES)


def _user_span(span, root):
    """Follows macro expansions outwards until the span is in a file of the program."""
    depth = 0
    while span is not None and depth < 64:
        name = span.get("file_name", "")
        if not name.startswith("<") and (not os.path.isabs(name) or name.startswith(root)):
            return span
        expansion = span.get("expansion")
        span = expansion.get("span") if expansion else None
        depth += 1
    return None


def _relative(file_name, root):
    if os.path.isabs(file_name):
        return os.path.relpath(file_name, root)
    return os.path.normpath(file_name)


def diagnostic_line(message, root):
    """`LEVEL CODE FILE:LINE` for one rustc diagnostic object, or None for summary lines."""
    if is_summary(message):
        return None
    code = (message.get("code") or {}).get("code") or "-"
    level = message.get("level", "?")
    if level == "error: internal compiler error":
        level = "ice"
    spans = message.get("spans") or []
    primary = next((s for s in spans if s.get("is_primary")), spans[0] if spans else None)
    span = _user_span(primary, root) if primary else None
    if span is None:
        return f"{level} {code} -:0"
    return f"{level} {code} {_relative(span['file_name'], root)}:{span['line_start']}"


def lines_from_output(text, root):
    """Diagnostic lines from rustc JSON (one object per line) or cargo JSON (reason=compiler-message)."""
    result = []
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if "reason" in obj:
            if obj.get("reason") != "compiler-message":
                continue
            obj = obj.get("message") or {}
        elif obj.get("$message_type", "diagnostic") != "diagnostic":
            continue
        line = diagnostic_line(obj, root)
        if line is not None:
            result.append(line)
    return result


def read_expected(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def wants_full_build(program):
    """`// regen: build` in a file's first lines: expect what a real build reports.

    Some lints (arithmetic_overflow) come from MIR passes that rustc runs only when it
    generates code, so `--emit=metadata` (what cargo check does) never shows them."""
    with open(program.path, encoding="utf-8") as f:
        head = [f.readline() for _ in range(3)]
    return any(re.match(r"\s*//\s*regen:\s*build\b", line) for line in head)
