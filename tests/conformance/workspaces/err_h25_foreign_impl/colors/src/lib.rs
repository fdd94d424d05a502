//! Colour values; some methods are defined in a private module.
mod mix;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Named {
    Red,
    Teal,
}

impl Rgb {
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

    pub fn from_named(n: Named) -> Rgb {
        match n {
            Named::Red => Rgb { r: 255, g: 0, b: 0 },
            Named::Teal => Rgb { r: 0, g: 128, b: 128 },
        }
    }

    fn luma(&self) -> u32 {
        (self.r as u32 * 3 + self.g as u32 * 6 + self.b as u32) / 10
    }

    pub fn is_dark(&self) -> bool {
        self.luma() < 80
    }
}
