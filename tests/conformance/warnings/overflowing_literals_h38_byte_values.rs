// lints: overflowing_literals unused_imports
// Literals that don't fit their type (deny-by-default) and an unused import.
mod limits {
    pub const TOP: u8 = 255;
    pub fn half(v: u8) -> u8 {
        v / 2
    }
}

use limits::half;
use limits::TOP;

fn main() {
    let max_byte: u8 = 256;
    let small: i8 = 128;
    let neg = -129i8;
    let ok: u16 = 256;
    println!("{} {} {} {} {}", max_byte, small, neg, ok, TOP);
}
