// Wrong argument counts for methods and associated functions.
#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

impl Rgb {
    fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb(r, g, b)
    }

    fn grey(level: u8) -> Rgb {
        Rgb::new(level, level, level)
    }

    fn mix(&self, other: Rgb, weight: u8) -> Rgb {
        Rgb(
            blend(self.0, other.0, weight),
            blend(self.1, other.1, weight),
            blend(self.2, other.2, weight),
        )
    }

    fn brightness(&self) -> u16 {
        self.0 as u16 + self.1 as u16 + self.2 as u16
    }
}

fn blend(a: u8, b: u8, w: u8) -> u8 {
    let w = w as u16;
    ((a as u16 * w + b as u16 * (255 - w)) / 255) as u8
}

fn main() {
    let red = Rgb::new(255, 0);
    let g = Rgb::grey(128, 1);
    let m = red.mix(g);
    let b = g.brightness(2);
    let c = Rgb(1, 2);
    println!("{:?} {:?} {}", m, c, b);
}
