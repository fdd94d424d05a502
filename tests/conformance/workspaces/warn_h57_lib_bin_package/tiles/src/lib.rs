#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glaze {
    Matte,
    Gloss,
    Crackle,
}

#[derive(Debug, Clone, Copy)]
pub struct Tile {
    pub size_mm: u16,
    pub glaze: Glaze,
}

pub const GROUT_MM: u16 = 3;
