// Sizes computed with integer methods in consts.
const BASE: u32 = 10;
const DIGITS: u32 = 12;
const LOW: i32 = i32::MIN;

const SCALE: u32 = BASE.pow(DIGITS);
const SMALL_SCALE: u32 = BASE.pow(6);
const MAGNITUDE: i32 = LOW.abs();
const WIDE: u64 = (BASE as u64).pow(DIGITS);
const SPAN: u8 = 200u8.abs_diff(10) + 100;
const ROUNDED: u32 = SMALL_SCALE.wrapping_mul(5000) / (SMALL_SCALE - 1_000_000);
const CLAMPED: u8 = 250u8.saturating_add(10) + 1;

fn main() {
    println!("{} {} {} {}", SCALE, SMALL_SCALE, MAGNITUDE, WIDE);
    println!("{} {} {}", SPAN, ROUNDED, CLAMPED);
}
