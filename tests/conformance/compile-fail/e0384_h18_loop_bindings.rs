// A loop variable of `for` and a binding from a destructuring `let` are both assigned
// as if they were mutable.
struct Grid {
    cells: [[u8; 4]; 3],
}

impl Grid {
    fn row_sum(&self, r: usize) -> u32 {
        let mut total = 0;
        for c in 0..4 {
            total += self.cells[r][c] as u32;
        }
        total
    }
}

fn main() {
    let grid = Grid { cells: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 1, 2, 3]] };
    for row in 0..3 {
        if grid.row_sum(row) > 20 {
            row = 2;
        }
        println!("row {} sum {}", row, grid.row_sum(row));
    }

    let (lo, hi) = (grid.row_sum(0), grid.row_sum(1));
    if lo > hi {
        hi = lo;
    }
    println!("range {}..{}", lo, hi);
}
