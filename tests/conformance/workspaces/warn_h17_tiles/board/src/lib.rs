pub mod grid;

use tiles::palette::*;
use tiles::Tile as T;

pub use grid::Grid;

pub fn glyph(t: tiles::Tile) -> char {
    match t {
        tiles::Floor => '.',
        tiles::Tile::Wall => '#',
        tiles::Tile::Water { .. } => '~',
        tiles::Gate(open) => {
            if open {
                '/'
            } else {
                '+'
            }
        }
        tiles::Tile::Door(_) => '?',
    }
}
