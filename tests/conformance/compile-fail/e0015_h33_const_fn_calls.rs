// Primitive methods called in const and static initialisers.
const SQ: u32 = 5u32.pow(2);
const ABS: i32 = (-5i32).abs();
const BIG: u32 = 10u32.max(3);
const SMALL: u8 = 200u8.min(7);
const CL: i16 = 50i16.clamp(0, 10);
const ROOT: f64 = 2.0f64.sqrt();
const FL: f64 = 1.5f64.floor();
const FMAX: f64 = 1.0f64.max(2.0);
const UP: char = 'a'.to_ascii_uppercase();
const LEN: usize = "hello".len();
const EMPTY: bool = [1, 2, 3].is_empty();
const ONES: u32 = 0xF0u8.count_ones();
const WRAP: u8 = 250u8.wrapping_add(10);
const SAT: u8 = 250u8.saturating_add(10);
const POW2: bool = 64u32.is_power_of_two();
const DIG: bool = '7'.is_ascii_digit();
const ALPHA: bool = 'x'.is_alphabetic();
const ROT: u32 = 1u32.rotate_left(4);
const EU: i32 = (-7i32).rem_euclid(3);
const BITS: u64 = 1.5f64.to_bits();
const AD: u32 = 3i32.abs_diff(-4);
static SIG: i32 = (-9i32).signum();

fn main() {
    println!("{} {} {} {} {} {} {} {} {} {} {}", SQ, ABS, BIG, SMALL, CL, ROOT, FL, FMAX, UP, LEN, EMPTY);
    println!("{} {} {} {} {} {} {} {} {} {} {}", ONES, WRAP, SAT, POW2, DIG, ALPHA, ROT, EU, BITS, AD, SIG);
}
