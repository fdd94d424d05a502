// lints: unused_variables
// INI-style config parser over a byte string. Sections and key=value pairs
// are recorded as byte ranges into the source in fixed tables.

const MAX_ENTRIES: usize = 24;
const MAX_SECTIONS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    section: usize,
    key: Span,
    value: Span,
    line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    Comment,
    Section(Span),
    Pair(Span, Span),
    Error(u32),
}

struct Config<'a> {
    src: &'a [u8],
    sections: [Span; MAX_SECTIONS],
    n_sections: usize,
    entries: [Entry; MAX_ENTRIES],
    n_entries: usize,
    errors: u32,
}

fn trim(src: &[u8], mut s: Span) -> Span {
    while s.start < s.end && src[s.start].is_ascii_whitespace() {
        s.start += 1;
    }
    while s.end > s.start && src[s.end - 1].is_ascii_whitespace() {
        s.end -= 1;
    }
    s
}

fn classify(src: &[u8], line: Span, lineno: u32) -> LineKind {
    let t = trim(src, line);
    let text = &src[t.start..t.end];
    match text {
        [] => LineKind::Blank,
        [b'#', ..] | [b';', ..] => LineKind::Comment,
        [b'[', .., b']'] => LineKind::Section(trim(src, Span { start: t.start + 1, end: t.end - 1 })),
        [b'[', ..] => LineKind::Error(lineno),
        _ => {
            let mut eq = t.start;
            while eq < t.end && src[eq] != b'=' {
                eq += 1;
            }
            if eq == t.end || eq == t.start {
                LineKind::Error(lineno)
            } else {
                let key = trim(src, Span { start: t.start, end: eq });
                let value = trim(src, Span { start: eq + 1, end: t.end });
                LineKind::Pair(key, value)
            }
        }
    }
}

fn same(src: &[u8], s: Span, word: &[u8]) -> bool {
    let bytes = &src[s.start..s.end];
    if bytes.len() != word.len() {
        return false;
    }
    for (i, b) in bytes.iter().enumerate() {
        if b.to_ascii_lowercase() != word[i].to_ascii_lowercase() {
            return false;
        }
    }
    true
}

fn print_span(src: &[u8], s: Span) {
    for &b in &src[s.start..s.end] {
        print!("{}", b as char);
    }
}

fn parse_number(src: &[u8], s: Span) -> i64 {
    let mut n: i64 = 0;
    let mut neg = false;
    let mut rest = &src[s.start..s.end];
    if let [b'-', tail @ ..] = rest {
        neg = true;
        rest = tail;
    }
    while let [d, tail @ ..] = rest {
        if !d.is_ascii_digit() {
            break;
        }
        n = n * 10 + (*d - b'0') as i64;
        rest = tail;
    }
    if neg { -n } else { n }
}

impl<'a> Config<'a> {
    fn parse(src: &'a [u8]) -> Config<'a> {
        let none = Span { start: 0, end: 0 };
        let mut cfg = Config {
            src,
            sections: [none; MAX_SECTIONS],
            n_sections: 1,
            entries: [Entry { section: 0, key: none, value: none, line: 0 }; MAX_ENTRIES],
            n_entries: 0,
            errors: 0,
        };
        let mut start = 0;
        let mut lineno = 1;
        for i in 0..=src.len() {
            if i == src.len() || src[i] == b'\n' {
                let kind = classify(src, Span { start, end: i }, lineno);
                match kind {
                    LineKind::Blank | LineKind::Comment => {}
                    LineKind::Section(name) if cfg.n_sections < MAX_SECTIONS => {
                        cfg.sections[cfg.n_sections] = name;
                        cfg.n_sections += 1;
                    }
                    LineKind::Section(name) => cfg.errors += 1,
                    LineKind::Pair(key, value) => {
                        if cfg.n_entries < MAX_ENTRIES {
                            cfg.entries[cfg.n_entries] =
                                Entry { section: cfg.n_sections - 1, key, value, line: lineno };
                            cfg.n_entries += 1;
                        }
                    }
                    LineKind::Error(n) => {
                        println!("syntax error on line {}", n);
                        cfg.errors += 1;
                    }
                }
                start = i + 1;
                lineno += 1;
            }
        }
        cfg
    }

    fn lookup(&self, section: &[u8], key: &[u8]) -> Span {
        for e in &self.entries[..self.n_entries] {
            let sec = self.sections[e.section];
            if same(self.src, sec, section) && same(self.src, e.key, key) {
                return e.value;
            }
        }
        Span { start: 0, end: 0 }
    }

    fn dump(&self) {
        for e in self.entries[..self.n_entries].iter() {
            print!("[");
            print_span(self.src, self.sections[e.section]);
            print!("] ");
            print_span(self.src, e.key);
            print!(" = ");
            print_span(self.src, e.value);
            println!();
        }
    }
}

fn main() {
    let text = b"# sample\nname = demo\n\n[server]\nport = 8080\nhost= example.org \n; note\n[limits]\nmax_conn = -12\ntimeout=30\n[broken\n= nokey\n";
    let cfg = Config::parse(text);
    cfg.dump();
    let port = cfg.lookup(b"server", b"PORT");
    let conn = cfg.lookup(b"limits", b"max_conn");
    println!("port -> {}", parse_number(text, port));
    println!("max_conn -> {}", parse_number(text, conn));
    println!("{} sections, {} entries, {} errors", cfg.n_sections, cfg.n_entries, cfg.errors);
}
