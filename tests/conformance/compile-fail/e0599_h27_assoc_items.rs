// Color palette: associated items looked up through Self:: and Type:: that do not exist.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Channel {
    Red,
    Green,
    Blue,
}

#[derive(Debug, Clone, Copy)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

impl Color {
    const BLACK: Color = Color { r: 0, g: 0, b: 0 };
    const WHITE: Color = Color { r: 255, g: 255, b: 255 };

    fn new(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b }
    }

    fn get(&self, ch: Channel) -> u8 {
        match ch {
            Channel::Red => self.r,
            Channel::Green => self.g,
            Channel::Blue => self.b,
        }
    }

    fn invert(&self) -> Color {
        Self::new(255 - self.r, 255 - self.g, 255 - self.b)
    }

    fn gray(level: u8) -> Color {
        if level == 0 {
            Self::BLACK
        } else if level == 255 {
            Self::WHITE
        } else {
            Self::from_level(level)
        }
    }
}

fn main() {
    let c = Color::new(10, 20, 30);
    let d = c.invert();
    let e = Color::gray(128);
    let red = Color::RED;
    let alpha = d.get(Channel::Alpha);
    let fresh = c.new(1, 2, 3);
    println!("{:?} {:?} {:?} {} {:?}", d, e, red, alpha, fresh);
}
