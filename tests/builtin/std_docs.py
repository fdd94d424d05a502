"""Reads the inherent items of a primitive type from the rust-docs component of the installed toolchain.

The HTML under `$(rustc --print sysroot)/share/doc/rust/html/std/` is rustdoc's output for exactly the std that
rustc 1.95 links against, so it is the list of what exists; verify_tables.py then proves every table entry by
compiling it. Only the inherent impl blocks are read (trait methods such as `Ord::max` live elsewhere).
"""
import html
import os
import re
import subprocess


def docs_dir():
    command = ["rustc", "+stable", "--print", "sysroot"]
    sysroot = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(sysroot, "share", "doc", "rust", "html", "std")


def _strip_tags(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).replace("\xa0", " ").strip()


def inherent_items(page):
    """Yields {kind, name, signature, unstable, deprecated, unsafe, impl} per item of a page ("primitive.i32.html")."""
    with open(os.path.join(docs_dir(), page), encoding="utf-8") as f:
        text = f.read()
    start = text.find('id="implementations-list"')
    end = text.find('id="trait-implementations"')
    body = text[start:end] if end > start else text[start:]
    pieces = re.split(r'<section id="', body)[1:]
    impl_header = ""
    for piece in pieces:
        ident = piece[: piece.find('"')]
        if ident.startswith("impl-"):
            header = re.search(r'<h3 class="code-header">(.*?)</h3>', piece, re.S)
            impl_header = _strip_tags(header.group(1)) if header else ident
            continue
        if "." not in ident:
            continue
        kind, name = ident.split(".", 1)
        if kind not in ("method", "associatedconstant"):
            continue
        name = re.sub(r"-\d+$", "", name)
        header = re.search(r'<h4 class="code-header">(.*?)</h4>', piece, re.S)
        signature = _strip_tags(header.group(1)) if header else ""
        # The stability/deprecation notes sit between this section and the docblock.
        notes = piece.split('<div class="docblock">', 1)[0]
        yield {
            "kind": kind,
            "name": name,
            "signature": signature,
            "unstable": "stab unstable" in notes,
            "deprecated": "stab deprecated" in notes,
            "unsafe": "unsafe fn" in signature,
            "impl": impl_header,
        }


def stable_items(page):
    return [item for item in inherent_items(page) if not item["unstable"] and not item["deprecated"]]


if __name__ == "__main__":
    import sys
    for item in inherent_items(sys.argv[1]):
        marks = (("U", item["unstable"]), ("D", item["deprecated"]), ("!", item["unsafe"]))
        flags = "".join(flag for flag, on in marks if on)
        print(f"{flags:3} [{item['impl']}] {item['kind'][:5]} {' '.join(item['signature'].split())}")


def module_items(module_path):
    """Yields (kind, name) for the stable items listed on a module's page, e.g. module_items("std::collections").

    kind is rustdoc's: struct, enum, trait, fn, mod, type, derive, macro, constant, static, primitive, union, attr.
    Items marked Experimental (unstable) are left out; deprecated ones stay, since rustc still accepts them.
    """
    parts = module_path.split("::")
    page = os.path.join(os.path.dirname(docs_dir()), *parts, "index.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    for chunk in re.split(r"<dt", text)[1:]:
        chunk = chunk.split("</dt>", 1)[0]
        link = re.search(r'<a class="(\w+)" href="([^"]+)"', chunk)
        if not link or "Experimental" in chunk:
            continue
        kind, href = link.group(1), link.group(2)
        if kind == "mod":
            name = href.split("/")[0]
        else:
            name = re.sub(r"\.html$", "", href).split(".", 1)[-1]
        yield kind, name
