// lints: overflowing_literals arithmetic_overflow
// regen: build
// Pixel arithmetic with literals that do not fit and constant expressions that overflow.
#[derive(Debug, Clone, Copy)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
    a: i8,
}

const MAX_CHANNEL: u8 = 255;
const SHIFT: u32 = 3;

fn blend(p: Pixel, q: Pixel) -> Pixel {
    Pixel {
        r: p.r / 2 + q.r / 2,
        g: p.g / 2 + q.g / 2,
        b: p.b / 2 + q.b / 2,
        a: p.a,
    }
}

fn main() {
    let white = Pixel { r: 256, g: 255, b: 0x1FF, a: 128 };
    let black = Pixel { r: 0, g: 0, b: 0, a: -128 };
    let mid = blend(white, black);
    let neg: u16 = -1i32 as u16;
    let big = 4_294_967_296u32;
    let tiny: i16 = -32769;
    let fine: i16 = -32768;
    let bin: u8 = 0b1_0000_0000;
    let f = 1e40_f32;
    let c = 300u8 as char;
    let sum: u8 = 200 + 100;
    let shifted = 1u8 << 9;
    let prod = MAX_CHANNEL * 2;
    let ok = 1i32 << SHIFT;
    let neg_min = -i8::MIN;
    let div = 10 / (SHIFT - 2);
    let x: i64 = i64::MAX + 1;
    let arr = [1, 2, 3];
    let oob = arr[2];
    println!("{:?} {} {} {} {} {} {} {} {} {} {} {} {} {} {}", mid, neg, big, tiny, fine, bin, f, c, sum, shifted, prod, ok, neg_min, div, x);
    println!("{}", oob);
}
