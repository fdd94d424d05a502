use board::{glyph, Grid};
use tilekit::palette::CLASSIC as Theme;
use tilekit::{default_tile, tile_id, Tile};

struct level_info {
    id: tile_id,
    name: &'static str,
}

fn depth_of(t: Tile) -> u8 {
    match t {
        Tile::Water { depth: 0 } => 0,
        Tile::Water { depth } => depth,
        Tile::Water { depth: 3 } => 3,
        _ => 0,
    }
}

fn main() {
    let mut grid = Grid::filled(default_tile);
    grid.ring(Tile::Wall);
    grid.cells[1][2] = Tile::Water { depth: 1 };
    let info = level_info { id: 7, name: "cellar" };
    for row in grid.cells.iter() {
        let mut line = [' '; 4];
        for (i, t) in row.iter().enumerate() {
            line[i] = glyph(*t);
        }
        println!("{}{}{}{}", line[0], line[1], line[2], line[3]);
    }
    println!("{} walkable, depth {}", grid.count_walkable(), depth_of(grid.cells[1][2]));
    println!("{}", info.name);
}
