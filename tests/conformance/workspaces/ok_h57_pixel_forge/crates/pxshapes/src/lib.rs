#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Dot(Point),
    Rect { corner: Point, w: u32, h: u32 },
    Line(Point, Point),
}

pub const ORIGIN: Point = Point { x: 0, y: 0 };

impl Shape {
    pub fn area(&self) -> u32 {
        match *self {
            Shape::Dot(_) => 1,
            Shape::Rect { w, h, .. } => w * h,
            Shape::Line(a, b) => (a.x.abs_diff(b.x)).max(a.y.abs_diff(b.y)) + 1,
        }
    }
}
