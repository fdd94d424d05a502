// lints: arithmetic_overflow
// regen: build
// Timer prescaler arithmetic with constant folding.
const TICKS: u8 = 200;
const PRESCALE: u8 = 2;

fn overflowing() -> u8 {
    let a: u8 = 200;
    a + 100
}

fn shifts() -> u32 {
    let one = 1u32;
    one << 32
}

fn negs() -> i8 {
    let m = i8::MIN;
    -m
}

fn via_consts() -> u8 {
    TICKS * PRESCALE
}

fn divs() -> i32 {
    let d = 2;
    10 / d
}

fn fine() -> u16 {
    TICKS as u16 * 300
}

fn main() {
    println!("{} {} {} {} {} {}", overflowing(), shifts(), negs(), via_consts(), divs(), fine());
}
