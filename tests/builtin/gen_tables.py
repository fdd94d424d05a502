#!/usr/bin/env python3
"""Generates the "outside L1" sections of analysis/builtin/*.def from rustc 1.95's own documentation and rustc.

    python3 tests/builtin/gen_tables.py            # print both generated sections
    python3 tests/builtin/gen_tables.py --write    # rewrite them in place, between the BEGIN/END markers

The supported (L1) entries are written by hand; everything valid in rustc 1.95 but outside L1 is listed here so that
the checker reports "not supported by sluice yet" rather than a wrong E0599/E0425. Sources:
- primitive_methods.def: every stable inherent method and associated constant of the primitive types, read from the
  rust-docs component (std_docs.py), minus the ones the hand-written part supports;
- std_items.def: every stable item of the std modules below, with the namespaces rustc itself reports for it
  (a `use` of the item next to a local struct, fn or macro import of the same name is an E0255/E0252 conflict
  exactly in the namespaces the item occupies).
"""
import sys

import std_docs
import tables

INT_TYPES = tables.SIGNED + tables.UNSIGNED
PRIMITIVE_PAGES = INT_TYPES + tables.FLOATS + ["char", "bool", "str", "slice", "array"]
# rustdoc impl header -> the receiver kind of the unsupported table. `[[T; N]]::as_flattened` is filed under Slice:
# the only imprecision is that the checker would call it unsupported rather than missing on other slices.
SLICE_IMPLS = {"impl<T> [T]": "Slice", "impl [u8]": "U8Slice", "impl<T, const N: usize> [[T; N]]": "Slice"}
ARRAY_IMPLS = {"impl<T, const N: usize> [T; N]": "Array"}
# Methods L1 supports outside this table: `for x in arr.iter()` (and `.iter().enumerate()`) is a for-loop form of
# LANGUAGE.md that the checker recognises as a whole, so `iter` must not be reported as unsupported.
HANDLED_ELSEWHERE = {("Slice", "iter")}

# The std modules whose items programs commonly name; each of them, and every other stable top-level module, is
# also listed itself.
STD_MODULES = [
    "std::any", "std::array", "std::borrow", "std::boxed", "std::cell", "std::char", "std::clone", "std::cmp",
    "std::collections", "std::collections::hash_map", "std::collections::btree_map", "std::convert", "std::default",
    "std::env", "std::error", "std::fmt", "std::fs", "std::hash", "std::io", "std::iter", "std::marker", "std::mem",
    "std::num", "std::ops", "std::option", "std::path", "std::process", "std::rc", "std::result", "std::slice",
    "std::str", "std::string", "std::sync", "std::sync::mpsc", "std::thread", "std::time", "std::vec",
]
ITEM_KINDS = {"struct", "enum", "trait", "fn", "mod", "type", "derive", "macro", "constant", "static", "union"}
NAMESPACES = ("Type", "Value", "Macro")


# ---- primitive_methods.def --------------------------------------------------------------------------------------

def supported_primitive_pairs():
    """{(concrete receiver, name)} for every hand-written SLUICE_PRIM_METHOD / SLUICE_PRIM_CONST entry."""
    pairs = set()
    for macro in ("SLUICE_PRIM_METHOD", "SLUICE_PRIM_CONST"):
        for args, _ in tables.by_macro(tables.PRIMITIVE_DEF, macro):
            receivers, name = args[0], args[1]
            for concrete in {"Str": ["str"], "Slice": ["slice"]}.get(receivers, tables.RECEIVER_TYPES[receivers]):
                pairs.add((concrete, name))
    return pairs


def receiver_of(page, impl_header):
    if page in ("slice", "array"):
        return (SLICE_IMPLS if page == "slice" else ARRAY_IMPLS).get(impl_header)
    return page if impl_header == f"impl {page}" else None


def group_receivers(types):
    """The receiver kind naming exactly this set of concrete types, or None."""
    names = {"Int": set(INT_TYPES), "SignedInt": set(tables.SIGNED), "UnsignedInt": set(tables.UNSIGNED),
             "U8": {"u8"}, "Float": set(tables.FLOATS), "Char": {"char"}, "Bool": {"bool"}, "Str": {"str"},
             "Slice": {"Slice"}, "U8Slice": {"U8Slice"}, "Array": {"Array"}}
    for kind, members in names.items():
        if set(types) == members:
            return kind
    return None


def unsupported_primitive_items():
    """[(macro, receivers, name)] in documentation order."""
    supported = supported_primitive_pairs()
    found = {}  # (kind, name) -> [concrete receivers], insertion-ordered
    for page in PRIMITIVE_PAGES:
        for item in std_docs.inherent_items(f"primitive.{page}.html"):
            receiver = receiver_of(page, item["impl"])
            if item["unstable"] or receiver is None:
                continue
            key_receiver = {"Slice": "slice"}.get(receiver, receiver)
            if (key_receiver, item["name"]) in supported or (receiver, item["name"]) in HANDLED_ELSEWHERE:
                continue
            receivers = found.setdefault((item["kind"], item["name"]), [])
            if receiver not in receivers:
                receivers.append(receiver)
    rows = []
    for (kind, name), receivers in found.items():
        macro = "SLUICE_PRIM_METHOD_UNSUPPORTED" if kind == "method" else "SLUICE_PRIM_CONST_UNSUPPORTED"
        for group in split_into_groups(receivers):
            rows.append((macro, group, name))
    return rows


def split_into_groups(receivers):
    """Names the receiver set with as few kinds as possible: ints, then floats, then the rest one by one."""
    ints = [r for r in receivers if r in INT_TYPES]
    floats = [r for r in receivers if r in tables.FLOATS]
    rest = [r for r in receivers if r not in INT_TYPES and r not in tables.FLOATS]
    groups = []
    for subset in (ints, floats):
        if subset:
            group = group_receivers(subset)
            if group is None:
                raise SystemExit(f"no receiver kind for {subset}")
            groups.append(group)
    for r in rest:
        groups.append(group_receivers([r]) or r)
    return groups


def primitive_section():
    rows = unsupported_primitive_items()
    lines = [f'{macro}({receivers}, "{name}")' for macro, receivers, name in rows]
    return lines


# ---- std_items.def ----------------------------------------------------------------------------------------------

def std_candidates():
    """[(module, name, doc kind)] for the stable items of STD_MODULES and the stable top-level modules."""
    candidates = [("std", name, "mod") for kind, name in std_docs.module_items("std") if kind == "mod"]
    for module in STD_MODULES:
        for kind, name in std_docs.module_items(module):
            if kind in ITEM_KINDS:
                candidates.append((module, name, kind))
    seen, unique = set(), []
    for c in candidates:
        if (c[0], c[1]) not in seen:
            seen.add((c[0], c[1]))
            unique.append(c)
    return unique


def reference_macro(name):
    return "std::print" if name == "println" else "std::println"


def namespace_probe_source(paths):
    """One line per (path, namespace): a module importing the path beside a local item of that namespace."""
    lines = ["#![allow(warnings)]", "fn main() {}"]
    where = {}
    for index, (module, name) in enumerate(paths):
        path = f"{module}::{name}"
        locals_ = {"Type": f"struct {name} {{}}", "Value": f"fn {name}() {{}}",
                   "Macro": f"use {reference_macro(name)} as {name};"}
        for namespace in NAMESPACES:
            lines.append(f"mod probe_{index}_{namespace.lower()} {{ use {path}; {locals_[namespace]} }}")
            where[len(lines)] = (module, name, namespace)
    return "\n".join(lines) + "\n", where


def namespaces_from_rustc(paths):
    """{(module, name): [namespaces]} as rustc 1.95 sees them; raises on any unexpected error."""
    source, where = namespace_probe_source(paths)
    diagnostics, _ = tables.rustc(source)
    result = {p: [] for p in paths}
    for line, codes in tables.errors_by_line(diagnostics).items():
        if line not in where or not set(codes) <= {"E0255", "E0252"}:
            raise SystemExit(f"unexpected rustc errors on probe line {line}: {codes}\n{source.splitlines()[line - 1]}")
        module, name, namespace = where[line]
        result[(module, name)].append(namespace)
    return result


def l1_std_names():
    """(module, name) pairs the hand-written part of std_items.def supports, and the L1 macro/derive names."""
    supported = set()
    for args, _ in tables.by_macro(tables.STD_DEF, "SLUICE_STD_MODULE"):
        module, _, name = args[0].rpartition("::")
        supported.add((module, name))
    for macro in ("SLUICE_STD_FN", "SLUICE_STD_CONST", "SLUICE_STD_TYPE"):
        for args, _ in tables.by_macro(tables.STD_DEF, macro):
            supported.add((args[0], args[1]))
    l1_macros = {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_BUILTIN_MACRO")}
    l1_macros |= {a[0] for a, _ in tables.by_macro(tables.STD_DEF, "SLUICE_PRELUDE_DERIVE")}
    return supported, l1_macros


def std_section():
    supported, l1_macros = l1_std_names()
    candidates = [c for c in std_candidates() if (c[0], c[1]) not in supported]
    namespaces = namespaces_from_rustc([(m, n) for m, n, _ in candidates])
    lines, current_module = [], None
    for module, name, kind in candidates:
        found = namespaces[(module, name)]
        if not found:
            raise SystemExit(f"{module}::{name} ({kind}) is in no namespace according to rustc")
        for namespace in found:
            if namespace == "Macro" and name in l1_macros:
                continue  # `std::fmt::Debug` the derive, `std::panic!`: L1 supports these
            if module != current_module:
                lines.append(f"// {module}")
                current_module = module
            construct = f"{module}::{name}" + ("!" if namespace == "Macro" and kind in ("macro", "mod") else "")
            entry = f'SLUICE_STD_UNSUPPORTED("{module}", "{name}", {namespace}, "{construct}")'
            if len(entry) > 120:  # the style's line limit; read_entries() joins continuation lines
                indent = " " * len("SLUICE_STD_UNSUPPORTED(")
                entry = f'SLUICE_STD_UNSUPPORTED("{module}", "{name}", {namespace},\n{indent}"{construct}")'
            lines.append(entry)
    return lines


# ---- writing ----------------------------------------------------------------------------------------------------

def replace_section(path, lines):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split(tables.BEGIN_MARK + "\n", 1)
    _, tail = rest.split(tables.END_MARK, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + tables.BEGIN_MARK + "\n" + "".join(line + "\n" for line in lines) + tables.END_MARK + tail)


def current_section(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    inside = text.split(tables.BEGIN_MARK + "\n", 1)[1].split(tables.END_MARK, 1)[0]
    return inside.splitlines()


def main():
    tables.check_rustc_version()
    sections = {tables.PRIMITIVE_DEF: primitive_section(), tables.STD_DEF: std_section()}
    for path, lines in sections.items():
        if "--write" in sys.argv:
            replace_section(path, lines)
            print(f"{path}: {len(lines)} generated lines")
        else:
            print("\n".join(lines))


if __name__ == "__main__":
    main()
