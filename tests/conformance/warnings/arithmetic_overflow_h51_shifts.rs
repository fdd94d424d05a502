// lints: arithmetic_overflow
// regen: build
// Shift amounts that exceed the bit width
fn main() {
    let a = 1u8 << 8;
    let b = 1i32 << 31;
    let c = 1u64 >> 64u8;
    let d = 1i16 << -1;
    let n = 40;
    let e = 1u32 << n;
    let f = 0xFFu8 << 7;
    let g = (1u128 << 127) * 2;
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
}
