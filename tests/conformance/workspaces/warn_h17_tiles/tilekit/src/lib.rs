pub mod palette;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tile {
    Floor,
    Wall,
    Water { depth: u8 },
    Door(bool),
}

pub use Tile::{Door as Gate, Floor};

#[allow(non_camel_case_types)]
pub type tile_id = u16;

pub static default_tile: Tile = Tile::Floor;

impl Tile {
    pub fn walkable(self) -> bool {
        match self {
            Tile::Floor | Tile::Door(true) => true,
            Tile::Water { depth } => (depth < 2),
            Tile::Wall | Tile::Door(_) => false,
        }
    }
}
