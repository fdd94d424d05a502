use crate::Point;

#[derive(Debug, Clone, Copy)]
pub struct Circle {
    pub center: Point,
    pub radius: i64,
}

impl Circle {
    pub fn area(&self) -> i64 {
        // 355/113 is close enough to pi for whole units.
        self.radius * self.radius * 355 / 113
    }
}
