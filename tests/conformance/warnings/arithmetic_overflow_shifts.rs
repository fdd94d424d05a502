// lints: arithmetic_overflow
// regen: build (arithmetic_overflow is reported only when rustc generates code, not by cargo check)
// Shifts, negations and chains of immutable locals that overflow; the same
// arithmetic on a `mut` local, a function's result or an allowed item is not reported.
const STEP: u32 = 3;
const LIMIT: i32 = i32::MAX;

fn scale(x: u8) -> u8 {
    x
}

#[allow(arithmetic_overflow)]
fn allowed() -> i16 {
    let top: i16 = i16::MAX;
    top + 1
}

fn main() {
    let width: u32 = 31;
    let wide = width + 1;
    let mask = 1u32 << wide;
    let small = 1u8 >> STEP;
    let bottom: i64 = i64::MIN;
    let flipped = -bottom;
    let base: u8 = 100;
    let doubled = base * 2;
    let tripled = doubled + base;
    let mut counter: u8 = 255;
    let next = counter + 1;
    counter = 0;
    let called = scale(255) + 1;
    let cast = (base as u16) * 1000;
    let under: usize = 0;
    let before = under - 1;
    let past = LIMIT + 1;
    println!("{} {} {} {} {} {} {} {}", mask, small, flipped, tripled, next, counter, called, cast);
    println!("{} {} {}", before, past, allowed());
}
