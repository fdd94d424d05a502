// lints: arithmetic_overflow
// regen: build (arithmetic_overflow is reported only when rustc generates code, not by cargo check)
// Arithmetic that overflows at compile-time-known values (deny-by-default: these are errors).
fn main() {
    let level: u8 = 255;
    let next = level + 1;
    let big: i32 = i32::MAX;
    let doubled = big * 2;
    let shift = 1u32 << 40;
    let neg = 0u16 - 1;
    println!("{} {} {} {}", next, doubled, shift, neg);
}
