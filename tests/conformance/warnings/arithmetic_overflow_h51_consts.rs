// lints: arithmetic_overflow
// regen: build
// Buffer sizing with constant arithmetic
const KB: u32 = 1024;
const PAGE: u8 = 200;

fn main() {
    let pages: u8 = 200 + 100;
    let bytes = 255u8 + 1;
    let neg = i32::MIN - 1;
    let prod = 65536i32 * 65536;
    let shifted = 1u32 << 32;
    let sh2 = 1i64 >> 64;
    let mul = i8::MAX * 2;
    let sub = 0u32 - 1;
    println!("{} {} {} {} {} {} {} {} {} {}", KB, PAGE, pages, bytes, neg, prod, shifted, sh2, mul, sub);
}
