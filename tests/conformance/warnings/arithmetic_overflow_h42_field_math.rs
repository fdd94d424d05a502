// lints: arithmetic_overflow
// regen: build
// Arithmetic on fields of a literal struct and tuple that rustc evaluates at compile time.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u8,
    end: u8,
}

fn width(s: Span) -> u8 {
    s.end - s.start
}

fn main() {
    let ok = Span { start: 2, end: 9 };
    println!("{}", width(ok));
    let reversed = Span { start: 9, end: 2 };
    // mistake: end < start underflows
    let w = reversed.end - reversed.start;
    let limits = (250u8, 10u8);
    let sum = limits.0 + limits.1;
    println!("{} {}", w, sum);
}
