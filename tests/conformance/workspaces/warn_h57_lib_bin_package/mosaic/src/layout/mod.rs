use tiles_h57::{Tile, GROUT_MM};
use tiles_h57::Glaze::{self, *};

pub struct Wall {
    pub width_mm: u32,
    pub height_mm: u32,
}

impl Wall {
    pub fn tiles_needed(&self, t: Tile) -> u32 {
        let step = (t.size_mm + GROUT_MM) as u32;
        let cols = (self.width_mm + step - 1) / step;
        let rows = (self.height_mm + step - 1) / step;
        cols * rows
    }

    pub fn price(&self, t: Tile) -> u32 {
        self.tiles_needed(t) * crate::cost_cents(t.glaze)
    }
}
