// Newcomer mistakes with enum and struct names: variants used as types,
// enums used as structs, types used as values, fields used as paths.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { r: f64 },
    Square { side: f64 },
}

#[derive(Debug, Clone, Copy)]
struct Canvas {
    width: u32,
    height: u32,
}

impl Canvas {
    const MARGIN: u32 = 4;

    fn usable(&self) -> u32 {
        (self.width - self.MARGIN) * (self.height - Self::MARGIN)
    }
}

fn circle_area(c: Shape::Circle) -> f64 {
    3.14159 * c.r * c.r
}

fn side(s: &Shape) -> f64 {
    s.side
}

fn main() {
    let sq = Shape { side: 2.0 };
    let c = Shape::Circle { r: 1.0 };
    let canvas = Canvas { width: 100, height: 50 };
    println!("{}", Canvas.usable());
    println!("{}", Canvas::width);
    println!("{} {:?} {:?}", circle_area(c), sq, side(&c));
    println!("{}", canvas.usable());
}
