#!/usr/bin/env python3
"""Proves analysis/builtin/primitive_methods.def and std_items.def against rustc 1.95.

    python3 tests/builtin/verify_tables.py        # exit status 0 when every check passes

Check 0 compiles include_check.cpp, which includes both tables as C++ X-macros. Each other check generates a Rust
program with one probe per line, compiles it with `rustc --edition 2021 --error-format=json` and maps rustc's
errors back to table entries by line. The checks:
  1. every supported primitive method/constant, on every concrete receiver type, with exactly the declared
     parameter and return types (`fn p(recv: i32, p0: i32) { let _r: u32 = recv.abs_diff(p0); }`) compiles,
     both in method syntax and in path syntax (`<i32>::abs_diff(recv, p0)`), which pins the SelfMode;
  2. SignedInt-only entries are rejected (E0599) on unsigned types, UnsignedInt-only ones on signed types, and
     U8-only ones on the other integer types;
  3. the families of the L1 list (wrapping_*, saturating_*, overflowing_*, is_ascii*, to_ascii_*) are complete
     against the rust-docs of the toolchain, and every name of the L1 list is present;
  4. every unsupported primitive method exists (no E0599), and the generated sections are up to date;
  5. std functions, constants and modules are used with their declared types;
  6. the namespaces of every std and prelude entry are exactly rustc's (E0255/E0252 conflicts), the prelude and
     the std macros are complete against the docs;
  7. the built-in macros are compiled and run: format-string rules, streams, line ends, panic messages, exit
     code 101, and debug-only assertions vanishing without debug assertions;
  8. const contexts: every supported method, on every receiver type, is called in a `const fn` (method and path
     form), a `const` and a `static`; exactly the SLUICE_PRIM_NOT_CONST entries are rejected, NonConst with E0015
     and OrdTrait with E0658 plus "`Ord` is not yet stable as a const trait", and the message names the function
     exactly as the checker's const_call_name does (include_check.cpp, linked with primitive_methods.cpp, prints
     the checker's verdict and name per entry). Every associated constant is accepted in a const fn and a const.
     Every method's fn item (E0308 "found fn item `... {core::num::<impl i32>::pow}`") is named as the checker
     names it too, which proves the SLUICE_PRIM_RUSTC_PATH lines for the methods that are const.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import gen_tables
import std_docs
import tables

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL", message)


def concrete_types(receivers):
    return tables.RECEIVER_TYPES[receivers]


# ---- 1 and 2: supported primitive entries --------------------------------------------------------------------

def method_probe(args, concrete, name_suffix):
    """One line of Rust calling the entry on `concrete` with exactly the declared types."""
    receivers, name, self_mode, params, result = args
    param_types = [tables.substitute(p, concrete) for p in tables.split_types(params)]
    declared = ", ".join(f"p{i}: {t}" for i, t in enumerate(param_types))
    passed = ", ".join(f"p{i}" for i in range(len(param_types)))
    result_type = tables.substitute(result, concrete)
    mut = "mut " if self_mode == "ByMutRef" else ""
    if self_mode == "Assoc":
        call = f"<{concrete}>::{name}({passed})"
        return f"pub fn probe_{name_suffix}({declared}) {{ let _r: {result_type} = {call}; }}"
    signature = ", ".join(x for x in (f"{mut}recv: {concrete}", declared) if x)
    # Method syntax auto-references, so it cannot tell `self` from `&self`; the path form does not, which pins
    # the declared SelfMode (`<char>::is_ascii_digit(recv)` is E0308: expected `&char`).
    path_type, self_arg = self_argument(concrete, self_mode)
    path_call = f"<{path_type}>::{name}({', '.join(x for x in (self_arg, passed) if x)})"
    return (f"pub fn probe_{name_suffix}({signature}) {{ let _r: {result_type} = recv.{name}({passed}); "
            f"let _p: {result_type} = {path_call}; }}")


def self_argument(concrete, self_mode):
    """(type for the path form, expression passing recv as the declared self)."""
    borrow = {"ByValue": "", "ByRef": "&", "ByMutRef": "&mut "}[self_mode]
    if concrete.startswith("&"):  # &str, &[i32], &mut [i32]: reborrow the pointee, never a reference to the reference
        return concrete.lstrip("&").replace("mut ", ""), f"{borrow}*recv"
    if concrete.startswith("["):  # an array reaches slice methods by unsizing, as with method syntax
        return "[" + concrete[1:].split(";")[0] + "]", f"{borrow}recv"
    return concrete, f"{borrow}recv"


def const_probe(args, concrete, name_suffix):
    _, name, type_text = args
    type_text = tables.substitute(type_text, concrete)
    return f"pub fn probe_{name_suffix}() {{ let _r: {type_text} = <{concrete}>::{name}; }}"


def primitive_probes(receivers_for):
    """[(line text, description)] for every supported entry on the concrete types receivers_for(receivers) gives."""
    probes = []
    for macro, make in (("SLUICE_PRIM_METHOD", method_probe), ("SLUICE_PRIM_CONST", const_probe)):
        for args, line in tables.by_macro(tables.PRIMITIVE_DEF, macro):
            for concrete in receivers_for(args[0]):
                text = make(args, concrete, len(probes))
                probes.append((text, f"primitive_methods.def:{line} {args[1]} on {concrete}"))
    return probes


def compile_probes(probes, save_as=None):
    """Compiles the probes one per line; returns {probe index: [error codes]}.

    With save_as, the program is also written to tests/builtin/<save_as>, so that the proof can be re-run by hand
    (`rustc --edition 2021 tests/builtin/probe_primitive_methods.rs` must compile without error).
    """
    header = ("// Generated by tests/builtin/verify_tables.py from analysis/builtin/*.def; do not edit.\n"
              "#![allow(warnings)]\nfn main() {}\n")
    first_line = header.count("\n") + 1
    source = header + "".join(text + "\n" for text, _ in probes)
    if save_as:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), save_as), "w", encoding="utf-8") as f:
            f.write(source)
    diagnostics, _ = tables.rustc(source)
    by_probe = {}
    for line, codes in tables.errors_by_line(diagnostics).items():
        by_probe.setdefault(line - first_line, []).extend(codes)
    return by_probe


def check_supported_primitives():
    probes = primitive_probes(concrete_types)
    errors = compile_probes(probes, save_as="probe_primitive_methods.rs")
    for index, codes in sorted(errors.items()):
        fail(f"{probes[index][1] if 0 <= index < len(probes) else index}: rustc says {codes}")
    print(f"1. {len(probes)} supported primitive probes (entry x receiver type) compiled")


def check_restrictions():
    others = {"SignedInt": tables.UNSIGNED, "UnsignedInt": tables.SIGNED,
              "U8": [t for t in tables.SIGNED + tables.UNSIGNED if t != "u8"]}
    probes = primitive_probes(lambda receivers: others.get(receivers, []))
    errors = compile_probes(probes)
    for index, (_, what) in enumerate(probes):
        if "E0599" not in errors.get(index, []):
            fail(f"{what}: expected E0599 (the method should not exist there), rustc says {errors.get(index)}")
    print(f"2. {len(probes)} restriction probes rejected with E0599")


# ---- 3: completeness of the families and of the L1 list ----------------------------------------------------------

FAMILY = re.compile(r"^(wrapping_|saturating_|overflowing_|is_ascii|to_ascii_)")
L1_LIST = {
    "Int": "MIN MAX BITS pow min max clamp rem_euclid div_euclid count_ones leading_zeros trailing_zeros "
           "rotate_left rotate_right swap_bytes abs_diff",
    "SignedInt": "abs signum",
    "UnsignedInt": "is_power_of_two",
    "Float": "RADIX MANTISSA_DIGITS DIGITS EPSILON MIN MIN_POSITIVE MAX MIN_EXP MAX_EXP MIN_10_EXP MAX_10_EXP NAN "
             "INFINITY NEG_INFINITY abs sqrt cbrt powi powf floor ceil round trunc fract min max clamp mul_add sin "
             "cos tan atan2 exp ln log2 log10 hypot is_nan is_finite to_bits from_bits",
    "Char": "is_alphabetic is_numeric is_alphanumeric is_whitespace to_ascii_uppercase to_ascii_lowercase len_utf8",
    "U8": "to_ascii_uppercase to_ascii_lowercase",
    "Str": "len is_empty",
    "Slice": "len is_empty",
}


def check_completeness():
    supported = gen_tables.supported_primitive_pairs()
    checked = 0
    for page in tables.SIGNED + tables.UNSIGNED + tables.FLOATS + ["char"]:
        for item in std_docs.stable_items(f"primitive.{page}.html"):
            if item["kind"] != "method" or item["unsafe"] or not FAMILY.match(item["name"]):
                continue
            if "Option<" in item["signature"] or "Result<" in item["signature"]:
                continue
            if item["name"] in ("make_ascii_uppercase", "make_ascii_lowercase"):
                continue
            checked += 1
            if (page, item["name"]) not in supported:
                fail(f"{page}::{item['name']} belongs to an L1 family but is not in the table: {item['signature']}")
    for receivers, names in L1_LIST.items():
        for name in names.split():
            key = {"Str": "str", "Slice": "slice"}.get(receivers, tables.RECEIVER_TYPES[receivers][0])
            if (key, name) not in supported:
                fail(f"{receivers}::{name} is in LANGUAGE.md's L1 list but not in the table")
    print(f"3. {checked} family members found in the docs, all in the table; the L1 list is covered")


# ---- 4: unsupported primitive entries ----------------------------------------------------------------------------

EXISTENCE_TYPE = {"Int": tables.SIGNED + tables.UNSIGNED, "SignedInt": tables.SIGNED, "UnsignedInt": tables.UNSIGNED,
                  "Float": tables.FLOATS, "Char": ["char"], "U8": ["u8"], "Bool": ["bool"], "Str": ["str"],
                  "Slice": ["[[u8; 2]]"], "U8Slice": ["[u8]"], "Array": ["[i32; 3]"]}


def check_unsupported_primitives():
    probes = []
    for macro in ("SLUICE_PRIM_METHOD_UNSUPPORTED", "SLUICE_PRIM_CONST_UNSUPPORTED"):
        for (receivers, name), line in tables.by_macro(tables.PRIMITIVE_DEF, macro):
            for concrete in EXISTENCE_TYPE[receivers]:
                probes.append((f"pub fn probe_{len(probes)}() {{ let _ = <{concrete}>::{name}; }}",
                               f"primitive_methods.def:{line} {name} on {concrete}"))
    probes.append(("pub fn control() { let _ = <i32>::no_such_method_exists; }", "control"))
    errors = compile_probes(probes)
    if "E0599" not in errors.get(len(probes) - 1, []):
        fail("control probe: rustc did not report E0599, so the existence check proves nothing")
    for index, (_, what) in enumerate(probes[:-1]):
        if "E0599" in errors.get(index, []):
            fail(f"{what}: listed as unsupported but rustc says it does not exist (E0599)")
    for path, fresh in ((tables.PRIMITIVE_DEF, gen_tables.primitive_section()),
                        (tables.STD_DEF, gen_tables.std_section())):
        if gen_tables.current_section(path) != "\n".join(fresh).splitlines():
            fail(f"{path}: the generated section is stale; run gen_tables.py --write")
    print(f"4. {len(probes) - 1} unsupported primitive probes exist in rustc; generated sections up to date")


# ---- 5: std functions, constants, modules -------------------------------------------------------------------------

def check_std_items():
    probes = []
    for (module, name, params, result), line in tables.by_macro(tables.STD_DEF, "SLUICE_STD_FN"):
        types = tables.split_types(params)
        declared = ", ".join(f"p{i}: {t}" for i, t in enumerate(types))
        passed = ", ".join(f"p{i}" for i in range(len(types)))
        probes.append((f"pub fn probe_{len(probes)}({declared}) -> {result} {{ {module}::{name}({passed}) }}",
                       f"std_items.def:{line} {module}::{name}"))
    for (module, name, type_text), line in tables.by_macro(tables.STD_DEF, "SLUICE_STD_CONST"):
        probes.append((f"pub fn probe_{len(probes)}() {{ let _r: {type_text} = {module}::{name}; }}",
                       f"std_items.def:{line} {module}::{name}"))
    for (module, name, type_text), line in tables.by_macro(tables.STD_DEF, "SLUICE_STD_TYPE"):
        # The same type both ways: a value of one is returned as the other.
        probes.append((f"pub fn probe_{len(probes)}(p: &{module}::{name}) -> &{type_text} {{ p }}",
                       f"std_items.def:{line} {module}::{name}"))
    for (path,), line in tables.by_macro(tables.STD_DEF, "SLUICE_STD_MODULE"):
        if path != "std":  # `use std;` is a redundant import error, not a probe of existence
            probes.append((f"pub mod probe_{len(probes)} {{ use {path}; }}", f"std_items.def:{line} {path}"))
    errors = compile_probes(probes, save_as="probe_std_items.rs")
    for index, codes in sorted(errors.items()):
        fail(f"{probes[index][1] if 0 <= index < len(probes) else index}: rustc says {codes}")
    print(f"5. {len(probes)} std function/constant/type/module probes compiled")


# ---- 6: namespaces and completeness of std and prelude names ------------------------------------------------------

def declared_std_namespaces():
    declared = {}
    for (module, name, namespace, _), _ in tables.by_macro(tables.STD_DEF, "SLUICE_STD_UNSUPPORTED"):
        declared.setdefault((module, name), set()).add(namespace)
    return declared


def l1_macro_names():
    names = {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_BUILTIN_MACRO")}
    names |= {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_PRELUDE_DERIVE")}
    return names | {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_PRELUDE_ATTRIBUTE")}


def check_std_namespaces():
    declared = declared_std_namespaces()
    actual = gen_tables.namespaces_from_rustc(list(declared))
    l1_macros = l1_macro_names()
    for (module, name), namespaces in declared.items():
        expected = set(actual[(module, name)]) - ({"Macro"} if name in l1_macros else set())
        if namespaces != expected:
            fail(f"{module}::{name}: declared namespaces {sorted(namespaces)}, rustc says {sorted(expected)}")
    print(f"6a. {len(declared)} std unsupported names: namespaces match rustc")


def prelude_names_from_docs():
    """Stable names of std::prelude::rust_2021 = std::prelude::v1 + core::prelude::rust_2021's additions."""
    names = set()
    root = std_docs.docs_dir()
    for page in (f"{root}/prelude/v1/index.html", f"{root}/../core/prelude/rust_2021/index.html"):
        with open(page, encoding="utf-8") as f:
            text = f.read()
        for chunk in re.split(r"<dt", text)[1:]:
            chunk = chunk.split("</dt>", 1)[0]
            if "Experimental" in chunk:
                continue
            anchors = [a for a in re.findall(r'<a class="(\w+)"[^>]*>(.*?)</a>', chunk) if a[0] != "mod"]
            if anchors:
                names.add(re.sub(r"<[^>]+>", "", anchors[-1][1]))  # names may hold <wbr> break hints
    return names


def raw(name):
    return "r#try" if name == "try" else name


def check_prelude():
    declared = {}
    for (name, namespace), _ in tables.by_macro(tables.STD_DEF, "SLUICE_PRELUDE_UNSUPPORTED"):
        declared.setdefault(name, set()).add(namespace)
    for name in l1_macro_names():
        declared.setdefault(name, set()).add("Macro")
    actual = gen_tables.namespaces_from_rustc([("std::prelude::rust_2021", raw(n)) for n in declared])
    for name, namespaces in declared.items():
        if namespaces != set(actual[("std::prelude::rust_2021", raw(name))]):
            found = sorted(actual[("std::prelude::rust_2021", raw(name))])
            fail(f"prelude {name}: declared {sorted(namespaces)}, rustc says {found}")
    documented = prelude_names_from_docs()
    for name in sorted(documented - set(declared)):
        fail(f"prelude name {name} (rust-docs) is in no table")
    for name in sorted(set(declared) - documented):
        fail(f"{name} is declared as a prelude name but the rust-docs prelude does not list it")
    print(f"6b. {len(declared)} prelude names: namespaces match rustc, list matches the docs")


def check_macro_lists():
    builtin = {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_BUILTIN_MACRO")}
    unsupported = {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_UNSUPPORTED_MACRO")}
    actual = gen_tables.namespaces_from_rustc([("std", raw(n)) for n in builtin | unsupported])
    for name in builtin | unsupported:
        if "Macro" not in actual[("std", raw(name))]:
            fail(f"std::{name} is not a macro according to rustc")
    documented = {name for kind, name in std_docs.module_items("std") if kind == "macro"}
    for name in sorted(documented - builtin - unsupported):
        fail(f"std macro {name}! (rust-docs) is in neither SLUICE_BUILTIN_MACRO nor SLUICE_UNSUPPORTED_MACRO")
    for name in sorted((builtin | unsupported) - documented):
        fail(f"{name}! is declared but the rust-docs do not list it as a stable std macro")
    print(f"6c. {len(builtin)} built-in and {len(unsupported)} unsupported macros exist and cover std's macros")


# ---- 7: the built-in macros, compiled and run ------------------------------------------------------------------

def macro_call(name, kind, with_format):
    """The invocation a probe runs: failing for the panicking kinds, printing "x" for Print."""
    message = '"m {}", 1' if with_format else ""
    sep = ", " if with_format else ""
    return {"Print": f'{name}!("x")',
            "Panic": f"{name}!({message})",
            "Assert": f"{name}!(a == b{sep}{message})",
            "AssertCmp": f"{name}!(a, {'b' if name.endswith('eq') else 'a'}{sep}{message})",
            "Todo": f"{name}!({message})"}[kind]


def expected_message(kind, fixed, name, with_format):
    if kind == "Panic":
        return "m 1" if with_format else fixed
    if kind == "Assert":
        return "m 1" if with_format else fixed + "a == b"
    if kind == "AssertCmp":
        right = "2" if name.endswith("eq") else "1"
        return fixed + (": m 1" if with_format else "") + f"\n  left: 1\n right: {right}"
    return fixed + (": m 1" if with_format else "")


def run_macro(call, debug_assertions=True):
    source = ("#![allow(warnings)]\nfn main() {\n    let a: i32 = 1; let b: i32 = 2;\n"
              f"    {call};\n}}\n")
    flags = [] if debug_assertions else ["-C", "debug-assertions=off"]
    diagnostics, result = tables.rustc(source, flags, run=True)
    errors = [d["message"] for d in diagnostics if d.get("level") == "error"]
    return errors, result


def panic_message(stderr):
    """The message of rustc 1.95's panic output: the lines after `thread 'main' (..) panicked at ..:`."""
    lines = stderr.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("thread 'main'")) + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("note: run with"))
    return "\n".join(lines[start:end])


def check_builtin_macro(args, line):
    name, kind, format_string, stream, line_end, build, fixed = args
    where = f"std_items.def:{line} {name}!"
    errors, result = run_macro(f"{name}!()" if kind in ("Print", "Panic", "Todo") else f"{name}!(true)")
    accepts_empty = not errors
    if kind in ("Print", "Panic", "Todo") and accepts_empty != (format_string == "Optional"):
        fail(f"{where}: FormatString {format_string}, but `{name}!()` gives {errors or 'no error'}")
    for with_format in (False, True):
        errors, result = run_macro(macro_call(name, kind, with_format))
        if errors or result is None:
            fail(f"{where}: probe does not compile: {errors}")
            continue
        if kind == "Print":
            text = "x" + ("\n" if line_end == "Newline" else "")
            out, other = (result.stdout, result.stderr) if stream == "Stdout" else (result.stderr, result.stdout)
            if out != text or other or result.returncode != 0:
                fail(f"{where}: expected {text!r} on {stream}, got stdout={result.stdout!r} stderr={result.stderr!r}")
            break
        message = expected_message(kind, fixed, name, with_format)
        if result.returncode != 101 or result.stdout or panic_message(result.stderr) != message:
            fail(f"{where}: expected exit 101 and message {message!r}, got {result.returncode} {result.stderr!r}")
    if kind != "Print":
        errors, result = run_macro(macro_call(name, kind, False), debug_assertions=False)
        vanished = result is not None and result.returncode == 0
        if vanished != (build == "DebugOnly"):
            fail(f"{where}: Build {build}, but without debug assertions exit is {result and result.returncode}")


def check_builtin_macros():
    entries = tables.by_macro(tables.STD_DEF, "SLUICE_BUILTIN_MACRO")
    for args, line in entries:
        check_builtin_macro(args, line)
    print(f"7. {len(entries)} built-in macros compiled and run")


# ---- 8: const contexts ------------------------------------------------------------------------------------------

CONST_CONTEXTS = ("constant functions", "const fn, path form", "constants", "statics")
CONST_MESSAGES = {"NonConst": ("E0015", "cannot call non-const method `{}` in {}"),
                  "OrdTrait": ("E0658", "cannot call conditionally-const method `{}` in {}")}
ORD_NOT_CONST = "`Ord` is not yet stable as a const trait"


def literal(type_text):
    """A constant expression of the type, valid as every argument the table's entries take (1 divides, 1 >= 1)."""
    if type_text in tables.SIGNED + tables.UNSIGNED:
        return f"1{type_text}"
    if type_text in tables.FLOATS:
        return f"1.5{type_text}"
    return {"char": "'a'", "bool": "true", "&str": '"ab"', "[i32; 3]": "[1, 2, 3]",
            "&[i32]": "(&[1, 2, 3] as &[i32])", "&mut [i32]": "(&mut [1, 2, 3] as &mut [i32])"}[type_text]


def const_context_probes(args, concrete, number):
    """Four lines calling the entry in a const fn (method form, path form), a `const` and a `static`."""
    receivers, name, self_mode, params, result = args
    param_types = [tables.substitute(p, concrete) for p in tables.split_types(params)]
    passed = ", ".join(f"p{i}" for i in range(len(param_types)))
    result_type = tables.substitute(result, concrete)
    lets = "".join(f"let p{i}: {t} = {literal(t)}; " for i, t in enumerate(param_types))
    if self_mode == "Assoc":
        method_call = path_call = f"<{concrete}>::{name}({passed})"
    else:
        lets = f"let {'mut ' if self_mode == 'ByMutRef' else ''}recv: {concrete} = {literal(concrete)}; " + lets
        path_type, self_arg = self_argument(concrete, self_mode)
        method_call = f"recv.{name}({passed})"
        path_call = f"<{path_type}>::{name}({', '.join(x for x in (self_arg, passed) if x)})"
    return [f"pub const fn probe_{number}_m() -> {result_type} {{ {lets}{method_call} }}",
            f"pub const fn probe_{number}_p() -> {result_type} {{ {lets}{path_call} }}",
            f"pub const PROBE_{number}_C: {result_type} = {{ {lets}{method_call} }};",
            f"pub static PROBE_{number}_S: {result_type} = {{ {lets}{path_call} }};"]


def checker_const_names():
    """{(receiver as the checker prints it, name): (constness, rustc name)} from include_check.cpp's main(), which
    asks the checker's own primitive_methods.cpp; None (after a failure) when it cannot be built."""
    compiler = shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")
    if not compiler:
        fail("no C++ compiler: the checker's const-ness lookup cannot be run")
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    counts = entry_counts()
    sources = [os.path.join(here, "include_check.cpp"),
               os.path.join(tables.ROOT, "analysis", "check", "primitive_methods.cpp"),
               os.path.join(tables.ROOT, "analysis", "types", "types.cpp")]
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "const_names")
        proc = subprocess.run([compiler, "-std=c++20", "-O0", "-Wall", "-Wextra", "-Werror",
                               "-DSLUICE_CONST_NAMES_MAIN", *cpp_count_defines(counts), "-I", tables.ROOT,
                               *sources, "-o", exe], capture_output=True, text=True)
        if proc.returncode != 0:
            fail(f"include_check.cpp with SLUICE_CONST_NAMES_MAIN does not build:\n{proc.stderr}")
            return None
        output = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
    names = {}
    for line in output.splitlines():
        receiver, name, constness, rustc_name = line.split("\t")
        names[(receiver, name)] = (constness, rustc_name)
    return names


def checker_key(concrete):
    """The receiver type the checker looks the method up on (after auto-deref), as it prints it."""
    return concrete.lstrip("&").replace("mut ", "")


def declared_not_const():
    """{(receivers, name): why} from SLUICE_PRIM_NOT_CONST; each must name a supported method."""
    methods = {(a[0], a[1]) for a, _ in tables.by_macro(tables.PRIMITIVE_DEF, "SLUICE_PRIM_METHOD")}
    declared = {}
    for (receivers, name, why), line in tables.by_macro(tables.PRIMITIVE_DEF, "SLUICE_PRIM_NOT_CONST"):
        if (receivers, name) not in methods:
            fail(f"primitive_methods.def:{line} SLUICE_PRIM_NOT_CONST({receivers}, {name}) names no SLUICE_PRIM_METHOD")
        declared[(receivers, name)] = why
    return declared


def error_messages(diagnostics, first_line):
    """{probe line index: [(code or message, message)]} for the errors with a primary span on that line."""
    by_line = {}
    for line, code, message in tables.primary_errors(diagnostics):
        by_line.setdefault(line - first_line, []).append((code, message))
    return by_line


def expected_const_errors(why, rustc_name, context):
    """The (code, message) pairs rustc gives for the call in the context, sorted."""
    if why == "Const":
        return []
    code, template = CONST_MESSAGES[why]
    expected = [(code, template.format(rustc_name, context))]
    if why == "OrdTrait":
        expected.append((ORD_NOT_CONST, ORD_NOT_CONST))
    return sorted(expected)


def const_context_lines(names, declared):
    """[(line, description, expected errors)] for every supported entry, plus the controls of the name rules."""
    lines = []
    for args, line in tables.by_macro(tables.PRIMITIVE_DEF, "SLUICE_PRIM_METHOD"):
        why = declared.get((args[0], args[1]), "Const")
        for concrete in concrete_types(args[0]):
            constness, rustc_name = names.get((checker_key(concrete), args[1]), ("MISSING", ""))
            what = f"primitive_methods.def:{line} {args[1]} on {concrete}"
            if constness != why:
                fail(f"{what}: the checker says {constness}, the table {why}")
            probes = const_context_probes(args, concrete, len(lines))
            for text, label in zip(probes, CONST_CONTEXTS):
                context = "constant functions" if label.startswith("const fn") else label
                lines.append((text, f"{what} in {label}", expected_const_errors(why, rustc_name, context)))
    return lines


def const_item_lines():
    """Every associated constant, read in a const fn and in a const: all must be accepted."""
    lines = []
    for (receivers, name, type_text), line in tables.by_macro(tables.PRIMITIVE_DEF, "SLUICE_PRIM_CONST"):
        for concrete in concrete_types(receivers):
            value_type = tables.substitute(type_text, concrete)
            what = f"primitive_methods.def:{line} {name} on {concrete}"
            lines.append((f"pub const fn probe_k{len(lines)}() -> {value_type} {{ <{concrete}>::{name} }}", what, []))
            lines.append((f"pub const PROBE_K{len(lines)}: {value_type} = <{concrete}>::{name};", what, []))
    return lines


def name_control_lines(names):
    """rustc's names for what the table cannot show in a const context: `{integer}` falls back to i32, an array
    calls its slice's methods, and every method's fn item names the function as E0015 would."""
    lines = []
    integer = names.get(("{integer}", "min"), ("MISSING", ""))[1]
    lines.append(("pub const fn probe_iv() { let _ = 3.min(4); }", "min on {integer}",
                  expected_const_errors("OrdTrait", integer, "constant functions")))
    slice_path = names.get(("[i32; 3]", "len"), ("MISSING", "?::len"))[1].rsplit("::", 1)[0]
    lines.append(("pub const fn probe_arr(recv: [i32; 3]) -> bool { recv.contains(&1) }", "contains on [i32; 3]",
                  expected_const_errors("NonConst", f"{slice_path}::contains", "constant functions")))
    for (receiver, name), (_, rustc_name) in sorted(names.items()):
        if receiver in ("{integer}", "[i32; 3]"):
            continue
        lines.append((f"pub fn probe_f{len(lines)}() {{ let _: () = <{receiver}>::{name}; }}",
                      f"fn item {name} on {receiver}", [("E0308", rustc_name)]))
    return lines


def fn_item_name(diagnostic):
    """The function's path in an E0308 "found fn item `fn(f64) -> f64 {f64::<impl f64>::sqrt}`" note."""
    for child in diagnostic.get("children", []):
        match = re.search(r"found fn item `.*\{(.*)\}`", child.get("message", ""))
        if match:
            return match.group(1)
    return None


ORD_ISSUE_NOTE = "see issue #143874 <https://github.com/rust-lang/rust/issues/143874> for more information"
LAZY_LOCK_NOTE = "consider wrapping this expression in `std::sync::LazyLock::new(|| ...)`"


def check_const_call_notes(diagnostics):
    """The notes the .def header quotes: E0015 and E0658 say where calls are limited; then E0015 in a static
    suggests LazyLock, E0658 names the issue; the `Ord` error has none."""
    for d in diagnostics:
        code = (d.get("code") or {}).get("code")
        if d.get("message") == ORD_NOT_CONST:
            code, expected = "Ord", []
        elif code in ("E0015", "E0658"):
            context = d["message"].rsplit(" in ", 1)[-1]
            expected = [f"calls in {context} are limited to constant functions, tuple structs and tuple variants"]
            expected += [ORD_ISSUE_NOTE] if code == "E0658" else [LAZY_LOCK_NOTE] if context == "statics" else []
        else:
            continue
        notes = [c["message"] for c in d.get("children", []) if c.get("level") == "note"]
        if notes != expected:
            fail(f"{code} '{d['message']}': notes {notes}, expected {expected}")


def check_const_contexts():
    names = checker_const_names()
    if names is None:
        return
    lines = const_context_lines(names, declared_not_const()) + const_item_lines() + name_control_lines(names)
    header = "#![allow(warnings)]\nfn main() {}\n"
    first_line = header.count("\n") + 1
    diagnostics, _ = tables.rustc(header + "".join(text + "\n" for text, _, _ in lines))
    by_line = error_messages(diagnostics, first_line)
    check_const_call_notes(diagnostics)
    for d in diagnostics:  # an E0308 names the fn item in a note, not in its message
        if (d.get("code") or {}).get("code") == "E0308":
            index = d["spans"][0]["line_start"] - first_line
            by_line[index] = [("E0308", fn_item_name(d))]
    rejected = sum(1 for _, _, expected in lines if expected and expected[0][0] != "E0308")
    for index, (_, what, expected) in enumerate(lines):
        actual = sorted(by_line.get(index, []))
        if actual != expected:
            fail(f"{what}: expected {expected or 'no error'}, rustc says {actual or 'no error'}")
    print(f"8. {len(lines)} const-context probes: {rejected} rejected as the table and the checker's names say")


def entry_counts():
    counts = {}
    for path in (tables.PRIMITIVE_DEF, tables.STD_DEF):
        for macro, _, _ in tables.read_entries(path):
            counts[macro] = counts.get(macro, 0) + 1
    return counts


def count_entries():
    for macro, count in entry_counts().items():
        print(f"   {macro}: {count}")


def cpp_count_defines(counts):
    """The entry counts include_check.cpp asserts, so that C++ and the scripts provably see the same entries."""
    return [f"-DSLUICE_EXPECTED_PRIM_METHODS={counts['SLUICE_PRIM_METHOD']}",
            f"-DSLUICE_EXPECTED_BUILTIN_MACROS={counts['SLUICE_BUILTIN_MACRO']}",
            f"-DSLUICE_EXPECTED_ENTRIES={sum(counts.values())}"]


def check_cpp_includes():
    """The tables are included by C++: they must expand with every macro defined, and with none."""
    compiler = shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")
    if not compiler:
        print("0. no C++ compiler found; include check skipped")
        return
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "include_check.cpp")
    defines = cpp_count_defines(entry_counts())
    proc = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", *defines,
                           "-I", tables.ROOT, source], capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"include_check.cpp does not compile:\n{proc.stderr}")
    print("0. the .def files expand in C++ (include_check.cpp)")


def main():
    tables.check_rustc_version()
    check_cpp_includes()
    check_supported_primitives()
    check_restrictions()
    check_completeness()
    check_unsupported_primitives()
    check_std_items()
    check_std_namespaces()
    check_prelude()
    check_macro_lists()
    check_builtin_macros()
    check_const_contexts()
    count_entries()
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
