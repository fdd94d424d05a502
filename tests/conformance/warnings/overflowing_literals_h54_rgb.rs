// lints: overflowing_literals
// RGB colour exercises: packing into u32, blending and grayscale.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl Rgb {
    const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
    const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };

    fn pack(self) -> u32 {
        (self.r as u32) << 16 | (self.g as u32) << 8 | self.b as u32
    }

    fn unpack(v: u32) -> Rgb {
        Rgb {
            r: (v >> 16 & 0xFF) as u8,
            g: (v >> 8 & 0xFF) as u8,
            b: (v & 0xFF) as u8,
        }
    }

    fn blend(self, other: Rgb, percent: u32) -> Rgb {
        Rgb {
            r: ((self.r as u32 * (100 - percent) + other.r as u32 * percent) / 100) as u8,
            g: ((self.g as u32 * (100 - percent) + other.g as u32 * percent) / 100) as u8,
            b: ((self.b as u32 * (100 - percent) + other.b as u32 * percent) / 100) as u8,
        }
    }

    fn gray(self) -> u8 {
        ((self.r as u32 * 299 + self.g as u32 * 587 + self.b as u32 * 114) / 1000) as u8
    }
}

fn main() {
    let orange = Rgb { r: 255, g: 165, b: 0 };
    let packed = orange.pack();
    println!("{:#08x} -> {:?}", packed, Rgb::unpack(packed));
    for p in [0, 25, 50, 75, 100] {
        let c = Rgb::BLACK.blend(Rgb::WHITE, p);
        println!("{:>3}%: {:?} gray {}", p, c, c.gray());
    }
    let too_bright = Rgb { r: 256, g: 128, b: 300 };
    let offset: i8 = 200;
    println!("{:?} {}", too_bright, offset);
}
