pub const MM_PER_INCH: u32 = 254;
pub const SCALE: u32 = 10;
pub const SIZES: usize = 4;
pub const FREEZING: i32 = 0;
pub const BOILING: i32 = 100;
pub static SIZE_NAMES: [&str; SIZES] = ["S", "M", "L", "XL"];
pub static CHEST_MM: [u32; SIZES] = [900, 980, 1060, 1160];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length {
    pub tenth_mm: u32,
}

impl Length {
    pub const ZERO: Length = Length { tenth_mm: 0 };

    pub fn from_mm(mm: u32) -> Length {
        Length { tenth_mm: mm * SCALE }
    }

    pub fn inches_x100(&self) -> u32 {
        self.tenth_mm * 100 / MM_PER_INCH
    }
}
