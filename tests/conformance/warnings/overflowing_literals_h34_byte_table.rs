// lints: overflowing_literals
// Colour palette written with C-style byte and sign habits.

const BLACK: u8 = 0;
const WHITE: u8 = 256;
const DARK: i8 = 200;

fn brightness(r: u8, g: u8, b: u8) -> u32 {
    (r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000
}

fn main() {
    let palette: [u8; 4] = [BLACK, 128, 255, 300];
    let sentinel: u16 = 70000;
    let gain: i8 = -129;
    for c in palette {
        println!("{}", brightness(c, c, c));
    }
    println!("{} {} {} {}", WHITE, DARK, sentinel, gain);
    let ok: u8 = 0xff;
    println!("{}", ok);
}
