// Struct literals and patterns that name a field twice, and duplicate parameters.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    line: u32,
}

fn make(start: u32, end: u32) -> Span {
    Span { start, end, start: 0, line: 1 }
}

fn width(s: Span) -> u32 {
    let Span { start, end, start: again, .. } = s;
    end - start + again
}

fn merge(a: Span, a: Span) -> Span {
    Span { line: a.line, ..a }
}

fn lines(s: &Span) -> u32 {
    match *s {
        Span { line: 0, line: l, .. } => l,
        Span { line, .. } => line,
    }
}

fn main() {
    let s = make(1, 4);
    println!("{} {:?} {}", width(s), merge(s, s), lines(&s));
}
