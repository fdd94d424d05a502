pub mod circle;
pub mod rect;

/// Anything with an area, in whole square units.
pub enum Shape {
    Circle(circle::Circle),
    Rect(rect::Rect),
}

impl Shape {
    pub fn area(&self) -> i64 {
        match self {
            Shape::Circle(c) => c.area(),
            Shape::Rect(r) => r.area(),
        }
    }
}
