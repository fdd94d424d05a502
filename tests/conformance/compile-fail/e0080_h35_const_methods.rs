// Calibration constants computed with integer methods at compile time.
const TABLE: [u16; 4] = [100, 250, 400, 800];
const STEPS: usize = 4;
const SCALE: u32 = 10u32.pow(9);
const BIG_SCALE: u32 = 10u32.pow(10);
const OFFSET: i32 = i32::MIN.abs();
const SAFE_OFFSET: i32 = i32::MIN.wrapping_abs();
const LAST: u16 = TABLE[STEPS - 1];
const PAST_END: u16 = TABLE[STEPS];
const ZERO_DIV: u32 = 0;
const RATIO: u32 = SCALE / ZERO_DIV;
const SAT: u8 = 200u8.saturating_add(100);

fn calibrate(raw: u16) -> u32 {
    let mut out = 0u32;
    for t in TABLE {
        if raw >= t {
            out += SCALE / 1_000_000 + LAST as u32 + SAT as u32;
        }
    }
    out
}

fn main() {
    println!("{} {} {}", calibrate(300), SAFE_OFFSET, BIG_SCALE);
    println!("{} {} {}", OFFSET, PAST_END, RATIO);
}
