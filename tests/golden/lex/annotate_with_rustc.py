#!/usr/bin/env python3
"""Puts rustc's verdict at the top of lexer golden files.

    python3 tests/golden/lex/annotate_with_rustc.py tests/golden/lex/errors/*.rs

For each file, runs rustc 1.95 (parse-only through RUSTC_BOOTSTRAP, and a
full `--crate-type lib` build, since rustc reports literal suffix and range
errors only after parsing), keeps the diagnostics whose message is one of the
templates in analysis/diag/kinds/lex.def, and rewrites the file's leading
`// rustc` comment block to list them as `// rustc: LEVEL[CODE]: MESSAGE at LINE:COL`.
lex_test reads those lines back and checks that sluice reports exactly the
same diagnostics (code, message, line and 1-based character column).
The body of a file may start with `//@ edition: 2018` (the default is 2021).
"""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DEFS = open(os.path.join(ROOT, 'analysis/diag/kinds/lex.def')).read()
TEMPLATES = re.findall(r'SLUICE_DIAG\(\w+, "[^"]*", \w+,\s*"((?:[^"\\]|\\.)*)"\)', DEFS)
PATTERNS = [re.compile('^' + re.escape(t.replace('\\\\', '\\')).replace(r'\{0\}', '.*') + '$', re.S)
            for t in TEMPLATES]


def rustc_lexical(path, edition):
    found = {}
    for full in (False, True):
        cmd = ['rustc', '--edition', edition, '--error-format=json', '--crate-type', 'lib', path, '-o', os.devnull]
        env = dict(os.environ)
        if not full:
            cmd.insert(1, '-Zparse-crate-root-only')
            env['RUSTC_BOOTSTRAP'] = '1'
        result = subprocess.run(cmd, capture_output=True, text=True, env=env)
        for line in result.stderr.splitlines():
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not any(p.match(d['message']) for p in PATTERNS):
                continue
            primary = [s for s in d['spans'] if s['is_primary']][0]
            code = (d.get('code') or {}).get('code') or ''
            key = (primary['byte_start'], d['message'], code)
            found[key] = f"// rustc: {d['level']}[{code}]: {d['message']} at {primary['line_start']}:{primary['column_start']}"
    return [found[k] for k in sorted(found)]


def annotate(path):
    with open(path, encoding='utf-8', newline='') as f:
        original = f.read()
    if original.startswith('#!') or original.startswith('\ufeff'):
        return False  # a header would stop the shebang or byte-order mark from being first
    lines = original.split('\n')
    while lines and lines[0].startswith('// rustc'):
        lines.pop(0)
    body = '\n'.join(lines)
    edition = '2021'
    m = re.match(r'//@ edition: (\d+)', body)
    if m:
        edition = m.group(1)
    header = []
    for _ in range(4):  # the header's length moves the lines; iterate until stable
        title = '// rustc'  # only the number of header lines matters here
        text = '\n'.join([title] + header) + '\n' + body
        with tempfile.NamedTemporaryFile('w', suffix='.rs', delete=False, encoding='utf-8', newline='') as tmp:
            tmp.write(text)
        new_header = rustc_lexical(tmp.name, edition)
        os.unlink(tmp.name)
        if new_header == header:
            break
        header = new_header
    title = f'// rustc --edition {edition} (1.95), lexical diagnostics:' if header else \
        f'// rustc --edition {edition} (1.95): no lexical diagnostics'
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join([title] + header) + '\n' + body)
    return True


for p in sys.argv[1:]:
    print('annotated' if annotate(p) else 'skipped (shebang or byte-order mark)', p)
