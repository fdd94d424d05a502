mod polygon;

pub use polygon::triangle_area;

use crate::point::Point;

#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Circle { center: Point, radius: f64 },
    Triangle(Point, Point, Point),
}

impl Shape {
    pub fn area(&self) -> f64 {
        match self {
            Shape::Circle { radius, .. } => std::f64::consts::PI * radius * radius,
            Shape::Triangle(a, b, c) => triangle_area(a, b, c),
        }
    }

    pub fn anchor(&self) -> Point {
        match *self {
            Shape::Circle { center, .. } => center,
            Shape::Triangle(a, _, _) => a,
        }
    }
}
