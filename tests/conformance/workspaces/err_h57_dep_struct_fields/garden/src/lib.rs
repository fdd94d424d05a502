#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Crop {
    Tomato,
    Bean { climbing: bool },
    Squash(u8, u8),
}

#[derive(Debug, Clone, Copy)]
pub struct Bed {
    pub crop: Crop,
    pub rows: u8,
    pub sunny: bool,
}

pub static DEFAULT_BED: Bed = Bed { crop: Crop::Tomato, rows: 2, sunny: true };
