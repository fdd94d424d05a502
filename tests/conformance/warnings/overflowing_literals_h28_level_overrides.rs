// lints: overflowing_literals
// The deny-by-default overflowing_literals lowered to warn or allowed on items and statements.
#![warn(overflowing_literals)]

const MASK: u8 = 0x1FF;

#[deny(overflowing_literals)]
mod strict {
    pub const LIMIT: i8 = 200;
    #[allow(overflowing_literals)]
    pub const WRAPPED: i8 = 0xFF;
}

#[allow(overflowing_literals)]
fn legacy_table() -> [u8; 3] {
    [255, 256, 300]
}

struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

impl Pixel {
    #[deny(overflowing_literals)]
    fn warm() -> Pixel {
        Pixel { r: 260, g: 128, b: 0 }
    }
    fn cold() -> Pixel {
        Pixel { r: 0, g: 128, b: 256 }
    }
}

fn main() {
    #[allow(overflowing_literals)]
    let dim: u8 = 1000;
    let bright: i16 = 40000;
    let t = legacy_table();
    let w = Pixel::warm();
    let c = Pixel::cold();
    println!("{} {} {} {} {}", MASK, strict::LIMIT, strict::WRAPPED, dim, bright);
    println!("{:?} {} {} {} {} {} {}", t, w.r, w.g, w.b, c.r, c.g, c.b);
}
