#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

impl Point {
    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }

    pub(crate) fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }

    fn mirrored(&self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}
