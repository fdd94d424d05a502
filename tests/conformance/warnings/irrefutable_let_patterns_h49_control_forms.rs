// lints: irrefutable_let_patterns
// `if let` / `while let` / `let ... else` with patterns that always match.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

fn width(s: Span) -> usize {
    let Span { start, end } = s else {
        return 0;
    };
    end - start
}

fn merge(a: Span, b: Span) -> Span {
    if let (Span { start: s1, .. }, Span { end: e2, .. }) = (a, b) {
        Span { start: s1, end: e2 }
    } else {
        a
    }
}

fn shrink(mut s: Span) -> Span {
    while let Span { start, end } = s {
        if end - start <= 2 {
            break;
        }
        s = Span { start: start + 1, end: end - 1 };
    }
    s
}

fn main() {
    let a = Span { start: 2, end: 9 };
    let b = Span { start: 5, end: 20 };
    println!("{} {:?} {:?}", width(a), merge(a, b), shrink(b));
}
