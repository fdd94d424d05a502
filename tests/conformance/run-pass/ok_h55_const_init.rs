// Constants computed with const-callable primitive methods.
const KIB: u64 = 2u64.pow(10);
const MIB: u64 = KIB * 1024;
const MASK: u32 = u32::MAX.rotate_left(4);
const HALF_RANGE: i32 = i32::MAX.wrapping_add(1).abs_diff(0) as i32 / 2;
const SAT: u8 = 250u8.saturating_add(10);
const ZEROS: u32 = 0x00ff_0000u32.leading_zeros();
const TRAIL: u32 = 48u32.trailing_zeros();
const POW2: bool = 4096usize.is_power_of_two();
const SWAPPED: u16 = 0xABCDu16.swap_bytes();
const EUCLID: i32 = (-13i32).rem_euclid(5);
const UPPER: u8 = b'a'.to_ascii_uppercase();
const IS_DIGIT: bool = b'5'.is_ascii_digit();
const ABS_F: f64 = (-2.5f64).abs();
const TAU_HALF: f64 = std::f64::consts::TAU / 2.0;
static GREETING_LEN: usize = "hello".len();
static TABLE: [u8; 4] = [1, 2, 3, 4];
const TABLE_LEN: usize = TABLE_CONST.len();
const TABLE_CONST: [u16; 6] = [0; 6];
const OVF: (u8, bool) = 200u8.overflowing_add(100);

fn main() {
    println!("{} {} {:08x}", KIB, MIB, MASK);
    println!("{} {} {} {}", HALF_RANGE, SAT, ZEROS, TRAIL);
    println!("{} {:x} {}", POW2, SWAPPED, EUCLID);
    println!("{} {} {} {}", UPPER as char, IS_DIGIT, ABS_F, TAU_HALF);
    println!("{} {} {} {:?}", GREETING_LEN, TABLE.len(), TABLE_LEN, OVF);
}
