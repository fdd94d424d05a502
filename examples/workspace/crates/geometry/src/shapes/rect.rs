use crate::Point;

#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub corner: Point,
    pub width: i64,
    pub height: i64,
}

impl Rect {
    pub fn area(&self) -> i64 {
        self.width * self.height
    }
}
