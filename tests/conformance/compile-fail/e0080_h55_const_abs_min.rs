// Absolute value of the minimum integer inside a constant.
const LOWEST: i16 = i16::MIN;
const LOWEST_ABS: i16 = LOWEST.abs();
const SAFE_ABS: u16 = LOWEST.unsigned_abs();
const WRAPPED: i16 = LOWEST.wrapping_abs();

fn main() {
    println!("{} {} {} {}", LOWEST, LOWEST_ABS, SAFE_ABS, WRAPPED);
}
