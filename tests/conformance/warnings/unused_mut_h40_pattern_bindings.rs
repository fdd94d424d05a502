// lints: unused_mut
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

fn widen(s: Span, by: usize) -> Span {
    let Span { mut start, mut end } = s;
    end += by;
    Span { start, end }
}

fn lengths(spans: &[Span]) -> usize {
    let mut total = 0;
    for &Span { mut start, end } in spans {
        total += end - start;
    }
    total
}

fn shift(pair: (i32, i32)) -> i32 {
    match pair {
        (mut a, mut b) if a > b => {
            a -= b;
            a
        }
        (a, mut b) => b - a,
    }
}

fn main() {
    let s = Span { start: 2, end: 5 };
    println!("{:?} {} {}", widen(s, 3), lengths(&[s, s]), shift((7, 2)));
}
