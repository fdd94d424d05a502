// A game board sized by constants; some lengths are not constant or mismatch.
const WIDTH: usize = 4;
const HEIGHT: usize = WIDTH - 1;
const CELLS: usize = WIDTH * HEIGHT;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Coin(u8),
}

struct Board {
    cells: [Cell; CELLS],
    row_sums: [u32; HEIGHT],
}

impl Board {
    const EMPTY_ROW: [Cell; WIDTH] = [Cell::Empty; WIDTH];

    fn new() -> Board {
        Board { cells: [Cell::Empty; CELLS], row_sums: [0; WIDTH] }
    }

    fn coins(&self) -> u32 {
        let mut n = 0;
        for c in self.cells.iter() {
            if let Cell::Coin(v) = c {
                n += *v as u32;
            }
        }
        n
    }
}

fn make_row(len: usize) -> u32 {
    let row = [0u32; len];
    row.len() as u32
}

fn main() {
    let mut b = Board::new();
    b.cells[1] = Cell::Coin(5);
    b.cells[2] = Cell::Wall;
    let first: [Cell; 3] = Board::EMPTY_ROW;
    let size = 2;
    let scratch = [Cell::Wall; size];
    println!("{} {:?} {:?} {}", b.coins(), first, scratch, make_row(3));
}
