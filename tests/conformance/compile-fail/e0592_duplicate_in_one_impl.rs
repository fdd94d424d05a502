// A constructor and an associated const defined twice in the same impl block.
struct Grid {
    cells: [u8; 9],
}

impl Grid {
    const SIZE: usize = 3;

    fn new() -> Grid {
        Grid { cells: [0; 9] }
    }

    fn new() -> Grid {
        Grid { cells: [1; 9] }
    }

    const SIZE: usize = 9;
}

fn main() {
    let g = Grid::new();
    println!("{} {}", g.cells.len(), Grid::SIZE);
}
