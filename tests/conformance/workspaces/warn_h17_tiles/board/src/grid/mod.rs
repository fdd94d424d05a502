use tiles::Tile;

pub const W: usize = 4;

pub struct Grid {
    pub cells: [[Tile; W]; W],
}

impl Grid {
    pub fn filled(t: Tile) -> Grid {
        Grid { cells: [[t; W]; W] }
    }

    pub fn count_walkable(&self) -> usize {
        let mut n = 0;
        for row in self.cells.iter() {
            for &cell in row {
                if cell.walkable() {
                    n += 1;
                }
            }
        }
        return n;
        println!("unreachable");
    }

    pub fn ring(&mut self, t: Tile) {
        let mut i = 0;
        while true {
            if i == W {
                break;
            }
            self.cells[0][i] = t;
            self.cells[W - 1][i] = t;
            i += 1;
        }
    }
}
