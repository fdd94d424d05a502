// Attributes on let statements and expressions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Fast,
    Slow,
}

fn main() {
    #[allow(unused_mut)]
    let mut m = Mode::Fast;
    #[inline]
    let speed = if m == Mode::Fast { 10 } else { 1 };
    println!("{:?} {}", m, speed);
    m = Mode::Slow;
    println!("{:?}", m);
}
