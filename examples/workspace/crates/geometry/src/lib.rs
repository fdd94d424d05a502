//! Plane geometry with integer coordinates.

pub mod shapes;
mod util;

pub use shapes::circle::Circle;
pub use shapes::rect::Rect;

/// A point on the plane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i64,
    pub y: i64,
}

impl Point {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };

    pub fn new(x: i64, y: i64) -> Point {
        Point { x, y }
    }

    pub fn manhattan(&self, other: &Point) -> i64 {
        util::distance(self.x, other.x) + util::distance(self.y, other.y)
    }
}
