// lints: overflowing_literals unused_comparisons
// Byte-sized limits written with literals that do not fit, in items, lets and macro arguments.
const MAX_RETRY: u8 = 255;
static PORT_OFFSET: i8 = 128;
const BRIGHTNESS: [u8; 3] = [0, 128, 256];

fn clamp_level(v: u16) -> u8 {
    if v > 255 { MAX_RETRY } else { v as u8 }
}

fn main() {
    let level = clamp_level(300);
    let dim: u8 = 0x1_00;
    println!("{} {} {:?}", level, dim, BRIGHTNESS);
    println!("{}", PORT_OFFSET);
    assert!(level <= 255, "level out of range");
    assert_ne!(level, 512u16 as u8);
    println!("{}", -129i8);
    let ok: i8 = -128;
    println!("{}", ok);
}
