// Geometry library split across nested modules with pub(crate), super::, self:: and split impls.
mod geo {
    pub mod point {
        #[derive(Debug, Clone, Copy, PartialEq, Default)]
        pub struct Point {
            pub x: f64,
            pub y: f64,
        }

        impl Point {
            pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };

            pub fn dist(&self, other: &Point) -> f64 {
                (self.x - other.x).hypot(self.y - other.y)
            }
        }
    }

    pub mod shape {
        use super::point::Point;
        use self::kinds::Kind;

        pub(crate) mod kinds {
            #[derive(Debug, Clone, Copy, PartialEq)]
            pub enum Kind {
                Circle { center: super::Point, r: f64 },
                Rect { min: super::Point, max: super::Point },
                Tri(super::Point, super::Point, super::Point),
            }
        }

        pub struct Shape {
            pub(crate) kind: Kind,
            pub(in crate::geo) tag: u8,
            pub(crate) label: &'static str,
        }

        impl Shape {
            pub fn circle(label: &'static str, x: f64, y: f64, r: f64) -> Self {
                Self { kind: Kind::Circle { center: Point { x, y }, r }, label, tag: 1 }
            }
            pub fn rect(label: &'static str, min: Point, max: Point) -> Self {
                Self { kind: Kind::Rect { min, max }, label, tag: 2 }
            }
        }

        impl Shape {
            pub fn area(&self) -> f64 {
                match self.kind {
                    Kind::Circle { r, .. } => std::f64::consts::PI * r * r,
                    Kind::Rect { min, max } => (max.x - min.x).abs() * (max.y - min.y).abs(),
                    Kind::Tri(a, b, c) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
                }
            }

            pub fn perimeter(&self) -> f64 {
                match &self.kind {
                    &Kind::Circle { r, .. } => 2.0 * std::f64::consts::PI * r,
                    Kind::Rect { min, max } => 2.0 * ((max.x - min.x).abs() + (max.y - min.y).abs()),
                    Kind::Tri(a, b, c) => a.dist(b) + b.dist(c) + c.dist(a),
                }
            }
        }
    }

    pub(crate) fn retag(label: &'static str, kind: shape::kinds::Kind) -> shape::Shape {
        shape::Shape { kind, label, tag: 9 }
    }

    pub(crate) fn describe(s: &shape::Shape) {
        println!("[{}] {:<8} area {:>9.3} perim {:>8.3}", s.tag, s.label, s.area(), s.perimeter());
    }
}

use geo::point::Point;
use geo::shape::{kinds::Kind, Shape};

fn main() {
    let mut shapes = [
        Shape::circle("disk", 1.0, 1.0, 2.5),
        Shape::rect("box", Point::ORIGIN, Point { x: 4.0, y: -3.0 }),
        geo::retag("tri", Kind::Tri(Point::ORIGIN, Point { x: 3.0, ..Point::default() }, Point { y: 4.0, x: 0.0 })),
    ];
    shapes[0] = geo::retag(shapes[0].label, shapes[0].kind);
    let mut total = 0.0;
    for s in shapes.iter() {
        geo::describe(s);
        total += s.area();
    }
    println!("total area {total:.4}");
    let refs = [&shapes[2], &shapes[0]];
    for r in refs.iter() {
        println!("{} -> {:.2}", r.perimeter(), r.area().sqrt());
    }
    if let Kind::Circle { center: c @ Point { x, .. }, r } = shapes[0].kind {
        println!("circle at {:?} x={x} r={r}", c);
    }
    println!("{:#?}", shapes[1].kind);
}
