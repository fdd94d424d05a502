// Attribute typos on an otherwise correct program.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

impl Pixel {
    #[inlin]
    fn luma(&self) -> u32 {
        (self.r as u32 * 299 + self.g as u32 * 587 + self.b as u32 * 114) / 1000
    }

    fn invert(self) -> Pixel {
        Pixel { r: 255 - self.r, g: 255 - self.g, b: 255 - self.b }
    }
}

#[alow(dead_code)]
fn unused_helper() -> u8 {
    0
}

fn main() {
    let p = Pixel { r: 10, g: 200, b: 30 };
    let q = p.invert();
    println!("{:?} {} {}", q, p.luma(), q.luma());
    println!("{}", p == q);
    let bright: bool = q.luma();
    println!("{}", bright);
}
