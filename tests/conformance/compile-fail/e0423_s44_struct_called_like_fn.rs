// Coming from a language where types are called to build values.
mod geometry {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    pub struct Origin;

    pub enum Axis {
        Horizontal,
        Vertical,
    }

    impl Point {
        pub fn zero() -> Point {
            Point { x: 0.0, y: 0.0 }
        }
    }
}

use geometry::{Axis, Origin, Point};

fn midpoint(a: Point, b: Point) -> Point {
    Point((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)
}

fn main() {
    let start = Point(1.0);
    let end = Point { x: 4.0, y: 6.0 };
    let zero = Point.zero();
    let blank = Point;
    let o = Origin();
    let axis = Axis::Vertical(2);
    let scale = 2.0;
    let scaled = scale(end.x);
    let _ = (start, zero, blank, o, axis, scaled);
    println!("{:?}", midpoint(end, end));
}
