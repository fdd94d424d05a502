// Tuple structs, unit structs, destructuring, nested structs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Color(u8, u8, u8);

#[derive(Debug, Clone, Copy)]
struct Point(i32, i32, i32);

#[derive(Debug)]
struct AlwaysEqual;

#[derive(Debug)]
struct Pixel {
    at: Point,
    color: Color,
}

impl Color {
    fn gray(level: u8) -> Color {
        Color(level, level, level)
    }

    fn brightness(&self) -> u32 {
        (self.0 as u32 + self.1 as u32 + self.2 as u32) / 3
    }

    fn invert(self) -> Color {
        Color(255 - self.0, 255 - self.1, 255 - self.2)
    }
}

fn describe(p: &Pixel) {
    let Pixel { at: Point(x, y, _), color } = p;
    let Color(r, g, b) = *color;
    println!("pixel at ({x}, {y}) is #{:02x}{:02x}{:02x}", r, g, b);
}

fn main() {
    let black = Color(0, 0, 0);
    let origin = Point(0, 0, 0);
    let subject = AlwaysEqual;
    println!("{:?} {:?} {:?}", black, origin, subject);

    let white = black.invert();
    let mid = Color::gray(128);
    println!("white {:?} bright {}", white, white.brightness());
    println!("mid bright {} equal {}", mid.brightness(), mid == Color(128, 128, 128));

    let pixels = [
        Pixel { at: Point(1, 2, 0), color: Color(255, 0, 16) },
        Pixel { at: Point(-3, 4, 1), color: mid },
    ];
    for p in &pixels {
        describe(p);
    }
    let Point(a, b, c) = pixels[1].at;
    println!("sum {}", a + b + c);
}
