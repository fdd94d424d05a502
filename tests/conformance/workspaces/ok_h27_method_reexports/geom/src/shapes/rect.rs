#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub w: u32,
    pub h: u32,
}

impl Rect {
    pub fn square(side: u32) -> Self {
        Self { w: side, h: side }
    }

    pub fn area(&self) -> u32 {
        self.w * self.h
    }

    pub fn is_square(&self) -> bool {
        self.w == self.h
    }
}
