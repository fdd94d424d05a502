use super::UNIT;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Rect {
    pub fn new(x: i32, y: i32, w: i32, h: i32) -> Rect {
        let mut r = Rect { x, y, w, h };
        r
    }

    pub fn area(&self) -> i32 {
        let area = self.w * self.h;
        let area = if area < UNIT { UNIT } else { area };
        area
    }

    fn perimeter(&self) -> i32 {
        2 * (self.w + self.h)
    }
}
