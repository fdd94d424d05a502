// Color blending helpers whose parameter lists repeat a name.
#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl Rgb {
    fn mix(self, other: Rgb, other: u8) -> Rgb {
        Rgb {
            r: self.r / 2 + other.r / 2,
            g: self.g / 2 + other.g / 2,
            b: self.b / 2 + other.b / 2,
        }
    }

    fn luma(&self) -> u32 {
        (self.r as u32 * 299 + self.g as u32 * 587 + self.b as u32 * 114) / 1000
    }
}

fn screen(a: u8, b: u8) -> u8 {
    255 - (((255 - a as u16) * (255 - b as u16)) / 255) as u8
}

fn blend_pair((a, b): (u8, u8), b: u8) -> u8 {
    screen(a, b)
}

fn main() {
    let red = Rgb { r: 255, g: 0, b: 0 };
    let blue = Rgb { r: 0, g: 0, b: 255 };
    let m = red.mix(blue, 128);
    println!("{:?} {} {}", m, m.luma(), blend_pair((10, 20), 30));
    let (lo, lo) = (m.r, m.g);
    println!("{}", lo);
}
