// lints: overflowing_literals dead_code
// Color and sensor constants typed with too-small integer and float types.
#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

const WHITE: Rgb = Rgb(255, 255, 256);
const OFFSET: i8 = -128;
const BAD_OFFSET: i8 = 128;

fn thresholds() -> [i16; 3] {
    [32_767, -32_768, 40_000]
}

#[allow(overflowing_literals)]
fn legacy_mask() -> u8 {
    0x1FF
}

fn sample_rate() -> u16 {
    let hz: u16 = 65_536;
    hz
}

// Calibration table for an 8-bit ADC; the last entries were copied from a 10-bit part.
fn calibration() -> [i8; 6] {
    let mut table = [0i8; 6];
    let raw: [i8; 6] = [-100, -50, 0, 50, 127, 0b1000_0000];
    for (i, &v) in raw.iter().enumerate() {
        table[i] = v.saturating_add(1);
    }
    table
}

#[allow(overflowing_literals)]
mod legacy_palette {
    pub const ALPHA: u8 = 0x100;
    pub fn dim() -> i8 {
        200
    }
}

fn main() {
    println!("{:?} {} {}", calibration(), legacy_palette::ALPHA, legacy_palette::dim());
    let tiny: f32 = 1e40;
    let fine: f32 = 3.4e38;
    let neg = -129i8;
    let bits = 0xFFu8;
    let wide = 0x1_0000_0000u32;
    let n = 300 as u8;
    let k: i64 = 9_223_372_036_854_775_807;
    println!("{:?} {} {} {:?}", WHITE, OFFSET, BAD_OFFSET, thresholds());
    println!("{} {} {} {} {} {} {} {} {}", legacy_mask(), sample_rate(), tiny, fine, neg, bits, wide, n, k);
}
