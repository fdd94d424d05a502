// lints: unreachable_patterns unreachable_code
// Lint attributes on match arms and on functions for unreachable arms and code.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Signal {
    Green,
    Amber,
    Red,
}

fn next(s: Signal) -> Signal {
    match s {
        Signal::Green => Signal::Amber,
        Signal::Amber => Signal::Red,
        Signal::Red => Signal::Green,
        #[allow(unreachable_patterns)]
        _ => Signal::Red,
    }
}

fn seconds(s: Signal) -> u32 {
    match s {
        Signal::Green => 30,
        Signal::Amber => 4,
        Signal::Red => 25,
        Signal::Green => 99,
    }
}

#[deny(unreachable_patterns)]
fn code(n: u8) -> char {
    match n {
        0 => 'g',
        1 => 'a',
        0..=1 => '?',
        _ => 'r',
    }
}

#[allow(unreachable_code)]
fn halt() -> u32 {
    return 0;
    println!("never printed");
    1
}

fn cycle(start: Signal) -> u32 {
    let mut s = start;
    let mut total = 0;
    loop {
        total += seconds(s);
        s = next(s);
        if s == start {
            return total;
        }
    }
    total
}

fn main() {
    println!("{} {} {}", cycle(Signal::Red), code(1), halt());
}
