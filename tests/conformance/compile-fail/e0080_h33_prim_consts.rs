// Constants using primitive constants and methods.
const MAX_SLOTS: usize = 8;
const LIMIT: u8 = u8::MAX - 5;
const HALF: i32 = i32::MAX / 2 + 1;
const WIDE: u64 = u32::MAX as u64 + 1;
const BAD: i16 = i16::MAX + 1;
const NEG: u32 = 0 - 1;
static TABLE: [u8; MAX_SLOTS] = [0; MAX_SLOTS];
const SHORT: [u8; 3] = [1, 2];
const PIE: f32 = std::f64::consts::PI;
const MINI: i8 = i8::MIN;
const BYTES: u32 = u16::BITS + u8::BITS;

fn main() {
    let total = LIMIT as u32 + HALF as u32 + WIDE as u32;
    println!("{} {} {} {:?} {:?} {} {} {}", total, BAD, NEG, TABLE, SHORT, PIE, MINI, BYTES);
}
