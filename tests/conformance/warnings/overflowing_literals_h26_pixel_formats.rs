// lints: overflowing_literals unused_parens
// Pixel format conversion tables; a few literals do not fit their types.
const WHITE: u8 = 255;
const OVER_WHITE: u8 = 256;
const MIN_LUMA: i8 = -128;
const BELOW_MIN: i8 = -129;
const TRUNCATED: u8 = 300u32 as u8;
const ALPHA_MASK: u32 = 0xFF00_0000;
const BAD_MASK: i32 = 0xFF00_0000;

#[derive(Debug, Clone, Copy)]
struct Rgb565(u16);

fn pack(r: u8, g: u8, b: u8) -> Rgb565 {
    let r5 = (r >> 3) as u16;
    let g6 = ((g >> 2)) as u16;
    let b5 = (b >> 3) as u16;
    Rgb565((r5 << 11) | (g6 << 5) | b5)
}

fn luma(p: Rgb565) -> u8 {
    let r = (p.0 >> 11) & 0x1f;
    let g = (p.0 >> 5) & 0x3f;
    let b = p.0 & 0x1f;
    let y = (r * 8 * 3 + g * 4 * 6 + b * 8);
    (y / 10) as u8
}

fn main() {
    let p = pack(WHITE, 128, 64);
    println!("{:?} luma {}", p, luma(p));
    println!("{} {} {} {}", OVER_WHITE, MIN_LUMA, BELOW_MIN, TRUNCATED);
    println!("{:x} {:x}", ALPHA_MASK, BAD_MASK);
    let gamma: f32 = 3.5e39;
    if (gamma > 1.0) {
        println!("{}", gamma);
    }
}
