// lints: unconditional_panic arithmetic_overflow
// regen: build
// Palette lookups whose indexes come from casts of known values.
const PALETTE_SIZE: usize = 8;
const DARKEST: i8 = -1;
const HUE: u16 = 300;

struct Palette {
    colors: [u32; PALETTE_SIZE],
}

fn wrapped_hue(p: &Palette) -> u32 {
    let idx = HUE as u8 as usize;
    p.colors[idx]
}

fn darkest(p: &Palette) -> u32 {
    p.colors[DARKEST as u8 as usize]
}

fn from_float(p: &Palette) -> u32 {
    let level = 9.6f64 as usize;
    p.colors[level]
}

fn from_float_sat(p: &Palette) -> u32 {
    let level = -3.0f32 as usize;
    p.colors[level] + p.colors[300.0 as u8 as usize]
}

fn widened() -> u16 {
    let small = 200u8 as u16;
    small * 400
}

fn narrowed() -> u8 {
    let big = 1000u32 as u8;
    big * 2
}

fn sign_cast() -> i32 {
    let raw = u32::MAX as i32;
    raw - i32::MAX
}

fn main() {
    let p = Palette { colors: [0; PALETTE_SIZE] };
    println!("{}", wrapped_hue(&p));
    println!("{}", darkest(&p));
    println!("{}", from_float(&p));
    println!("{}", from_float_sat(&p));
    println!("{}", widened());
    println!("{}", narrowed());
    println!("{}", sign_cast());
}
