use super::gray::{self, Gray};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const CHANNELS: usize = 3;

    pub fn to_gray(self) -> Gray {
        Gray(gray::luma(self.r, self.g, self.b))
    }
}
