// Associated consts and functions, Self, missing items.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

impl Color {
    const BLACK: Color = Color { r: 0, g: 0, b: 0 };
    const WHITE: Self = Self { r: 255, g: 255, b: 255 };
    const LEVELS: u32 = 256;

    fn gray(v: u8) -> Self {
        Self { r: v, g: v, b: v }
    }

    fn brightness(&self) -> u32 {
        (self.r as u32 + self.g as u32 + self.b as u32) / 3
    }

    fn invert(self) -> Color {
        Color { r: 255 - self.r, g: 255 - self.g, b: 255 - self.b }
    }
}

fn main() {
    let c = Color::gray(100);
    let w = Color::WHITE;
    let k = Color::BLACK.invert();
    let b = Color::brightness(&c);
    let bad = Color::brightness(c);
    let lv: u8 = Color::LEVELS;
    let red = Color::RED;
    let g2 = c.gray(5);
    let i = Color::invert();
    let d = c.darken(10);
    println!("{:?} {:?} {:?} {} {} {} {:?} {:?} {:?} {:?}", c, w, k, b, bad, lv, red, g2, i, d);
}
