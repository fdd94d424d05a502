// Pixel arithmetic that mistakes primitive values for structs.
#[derive(Debug, Clone, Copy)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

impl Pixel {
    fn brightness(self) -> u32 {
        (self.r as u32 + self.g as u32 + self.b as u32) / 3
    }
}

fn main() {
    let p = Pixel { r: 200, g: 100, b: 50 };
    let level = p.brightness();
    // Field access on an integer.
    let red = level.r;
    // Field access on a tuple element that is an integer.
    let pair = (p.r, p.g);
    let x = pair.0.value;
    // Tuple index out of range.
    let y = pair.2;
    // Field access on bool.
    let flag = level > 100;
    let z = flag.bit;
    println!("{} {} {} {} {}", level, red, x, y, z);
}
