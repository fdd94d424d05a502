"""Shared helpers for the builtin-table scripts: reading the .def files, naming concrete types, running rustc."""
import json
import sys
import os
import re
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PRIMITIVE_DEF = os.path.join(ROOT, "analysis", "builtin", "primitive_methods.def")
STD_DEF = os.path.join(ROOT, "analysis", "builtin", "std_items.def")

SIGNED = ["i8", "i16", "i32", "i64", "i128", "isize"]
UNSIGNED = ["u8", "u16", "u32", "u64", "u128", "usize"]
FLOATS = ["f32", "f64"]
UNSIGNED_OF = dict(zip(SIGNED, UNSIGNED)) | {u: u for u in UNSIGNED}
SIGNED_OF = dict(zip(UNSIGNED, SIGNED)) | {s: s for s in SIGNED}
BITS_OF = {"f32": "u32", "f64": "u64"}

# Receivers -> the concrete receiver types a probe uses. Slice is probed on an array, a shared and a mutable slice.
RECEIVER_TYPES = {
    "Int": SIGNED + UNSIGNED,
    "SignedInt": SIGNED,
    "UnsignedInt": UNSIGNED,
    "Float": FLOATS,
    "Char": ["char"],
    "U8": ["u8"],
    "Bool": ["bool"],
    "Str": ["&str"],
    "Slice": ["[i32; 3]", "&[i32]", "&mut [i32]"],
    "U8Slice": ["&mut [u8]"],
    "Array": ["[i32; 3]"],
}

BEGIN_MARK = "// BEGIN GENERATED UNSUPPORTED"
END_MARK = "// END GENERATED UNSUPPORTED"

_ENTRY = re.compile(r"^(SLUICE_[A-Z_]+)\((.*)\)\s*(//.*)?$")


def _split_args(text):
    """Splits `Int, "pow", ByValue, "u32, u32", "Self"` on the commas outside string literals."""
    args, current, quoted = [], "", False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            args.append(current.strip())
            current = ""
        else:
            current += ch
    args.append(current.strip())
    return [a[1:-1] if a.startswith('"') and a.endswith('"') else a for a in args]


def read_entries(path):
    """Returns [(macro, [args], line_number)] for every table entry; entries may continue on following lines."""
    entries, pending, start = [], "", 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            stripped = line.strip()
            if not pending and not stripped.startswith("SLUICE_"):
                continue
            if not pending:
                start = number
            pending += (" " if pending else "") + stripped
            match = _ENTRY.match(pending)
            if match:
                entries.append((match.group(1), _split_args(match.group(2)), start))
                pending = ""
    if pending:
        raise SystemExit(f"{path}:{start}: unterminated entry")
    return entries


def by_macro(path, macro):
    return [(args, line) for name, args, line in read_entries(path) if name == macro]


def substitute(type_text, concrete):
    """Replaces the placeholders Self, Unsigned, Signed and Bits by the types they stand for on `concrete`."""
    bare = concrete.lstrip("&").replace("mut ", "")
    table = {"Self": bare, "Unsigned": UNSIGNED_OF.get(bare, "?"), "Signed": SIGNED_OF.get(bare, "?"),
             "Bits": BITS_OF.get(bare, "?")}
    return re.sub(r"\b(Self|Unsigned|Signed|Bits)\b", lambda m: table[m.group(1)], type_text)


def split_types(text):
    """Splits a comma-separated type list at top level (tuples and generics keep their commas)."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "([<"
        depth -= ch in ")]>"
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def check_rustc_version():
    """The tables describe rustc 1.95 exactly; a different stable would prove something else."""
    version = subprocess.run(["rustc", "+stable", "--version"], capture_output=True, text=True, check=True).stdout
    if not version.startswith("rustc 1.95."):
        raise SystemExit(f"expected rustc 1.95 as the stable toolchain, found: {version.strip()}")


def rustc(source, extra_args=(), run=False, run_args=()):
    """Compiles `source` as a 2021 binary; returns (diagnostics as rustc JSON dicts, run result or None)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "probe.rs")
        exe = os.path.join(tmp, "probe")
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        args = ["rustc", "+stable", "--edition", "2021", "--error-format=json", "-o", exe, src, *extra_args]
        proc = subprocess.run(args, capture_output=True, text=True)
        diagnostics = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
        result = None
        if run and proc.returncode == 0:
            result = subprocess.run([exe, *run_args], capture_output=True, text=True,
                                    env=dict(os.environ, RUST_BACKTRACE="0"))
        return diagnostics, result


def primary_errors(diagnostics):
    """(line, code or message when code-less, message) for each error's primary spans."""
    for d in diagnostics:
        if d.get("level") != "error":
            continue
        code = (d.get("code") or {}).get("code") or d.get("message", "")
        for span in d.get("spans", []):
            if span.get("is_primary"):
                yield span["line_start"], code, d["message"]


def errors_by_line(diagnostics):
    """Maps each source line to the error codes (or messages, when code-less) reported with a primary span there."""
    lines = {}
    for line, code, _ in primary_errors(diagnostics):
        lines.setdefault(line, []).append(code)
    return lines


def write_or_check(def_path, text, source, argv):
    """A generated table: `--write` in argv writes `text` to `def_path`; otherwise the file must equal it.

    Returns the exit status (1 when the file differs from what `source` gives now)."""
    if "--write" in argv:
        with open(def_path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {def_path}")
        return 0
    with open(def_path, encoding="utf-8") as f:
        if f.read() != text:
            print(f"{def_path} differs from {source}: run with --write", file=sys.stderr)
            return 1
    names = text.count('("')
    print(f"{def_path}: {names} names, the same as {source}")
    return 0
