// Re-exports geo's types under new paths and adds a layout helper.
pub use geo::point::Point;
pub use geo::shape::{area as shape_area, Shape};

pub mod prelude {
    pub use super::{shape_area, Point, Shape};
    pub use crate::place as place_at;
}

pub fn place(origin: Point, w: i32, h: i32) -> Shape {
    Shape::Rect { min: origin, max: Point { x: origin.x + w, y: origin.y + h } }
}
