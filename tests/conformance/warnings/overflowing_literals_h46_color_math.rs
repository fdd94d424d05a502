// lints: overflowing_literals
// Color conversions where a few constants do not fit their types.
#![warn(overflowing_literals)]

#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

const WHITE: Rgb = Rgb { r: 255, g: 255, b: 256 };
const GAMMA: f32 = 2.2;
const HUGE: f32 = 3.5e38;
const DIM: i8 = -130;

fn luma(c: Rgb) -> u16 {
    let r = c.r as u16 * 77;
    let g = c.g as u16 * 150;
    let b = c.b as u16 * 29;
    (r + g + b) >> 8
}

fn mask(c: Rgb) -> u32 {
    let alpha: u32 = 0x1_0000_0000;
    let packed = (c.r as u32) << 16 | (c.g as u32) << 8 | c.b as u32;
    packed | alpha
}

fn signed_offset() -> i16 {
    let neg: i16 = -32_769;
    let hex: i16 = 0xFFFF;
    neg.wrapping_add(hex)
}

fn main() {
    println!("{:?} {}", WHITE, luma(WHITE));
    println!("{} {} {}", GAMMA, HUGE, DIM);
    println!("{}", mask(WHITE));
    println!("{}", signed_offset());
    let tiny = 1e-50f32;
    let far = 200i8;
    println!("{} {}", tiny, far);
}
