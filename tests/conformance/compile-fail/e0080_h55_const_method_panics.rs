// Constant evaluation panicking inside primitive methods.
const SQUARE: u8 = 20u8.pow(2);
const PATH_POW: u32 = u32::pow(10, 10);
const SHIFT: u32 = 1u32 << 32;
const EUCLID: i32 = (-5i32).rem_euclid(0);
const DIVE: i32 = i32::MIN.div_euclid(-1);
const GAP: u64 = i64::MAX.abs_diff(i64::MIN);
const SAT: u8 = 10u8.saturating_mul(30);
const WRAP: i8 = i8::MIN.wrapping_neg();
const OK_SHIFT: u32 = 1u32.wrapping_shl(33);

fn main() {
    println!("{} {} {} {} {}", SQUARE, PATH_POW, SHIFT, EUCLID, DIVE);
    println!("{} {} {} {}", GAP, SAT, WRAP, OK_SHIFT);
}
