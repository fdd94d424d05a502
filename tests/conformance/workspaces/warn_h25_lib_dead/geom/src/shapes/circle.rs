use crate::Point;
use super::shape_count;

#[derive(Debug, Clone, Copy)]
pub struct Circle {
    pub center: Point,
    pub radius: u32,
    label: u8,
}

impl Circle {
    pub fn unit() -> Circle {
        Circle { center: Point::new(0, 0), radius: 1, label: 0 }
    }

    pub fn area_x100(&self) -> u32 {
        314 * self.radius * self.radius
    }
}
