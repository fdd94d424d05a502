mod geometry {
    #[derive(Debug, Clone, Copy)]
    pub enum Shape {
        Circle(f64),
        Square(f64),
        Hexagon(f64),
    }

    pub mod color {
        #[derive(Debug, Clone, Copy)]
        pub enum Tint {
            Light,
            Dark,
        }
    }
}

use geometry::color::Tint;
use geometry::Shape;

fn perimeter(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 2.0 * 3.14159 * r,
        Shape::Square(a) => 4.0 * a,
    }
}

fn shade(t: &Tint) -> u8 {
    match t {
        Tint::Light => 200,
    }
}

fn main() {
    println!("{:.2}", perimeter(Shape::Hexagon(1.0)));
    println!("{}", shade(&Tint::Dark));
}
