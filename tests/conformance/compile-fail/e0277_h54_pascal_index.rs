// Pascal's triangle stored row by row in a fixed 2-D array.
const ROWS: usize = 10;

struct Triangle {
    cells: [[u64; ROWS]; ROWS],
    rows: usize,
}

impl Triangle {
    fn build(rows: usize) -> Triangle {
        let mut cells = [[0u64; ROWS]; ROWS];
        for r in 0..rows {
            cells[r][0] = 1;
            cells[r][r] = 1;
            for c in 1..r {
                cells[r][c] = cells[r - 1][c - 1] + cells[r - 1][c];
            }
        }
        Triangle { cells, rows }
    }

    fn row_sum(&self, r: usize) -> u64 {
        let mut s = 0;
        for c in 0..=r {
            s += self.cells[r][c];
        }
        s
    }

    fn get(&self, row: i32, col: i32) -> u64 {
        if row < 0 || col < 0 || col > row {
            return 0;
        }
        self.cells[row][col]
    }

    fn print(&self) {
        for r in 0..self.rows {
            for _ in 0..(self.rows - r - 1) {
                print!("  ");
            }
            for c in 0..=r {
                print!("{:>4}", self.cells[r][c]);
            }
            println!();
        }
    }
}

fn main() {
    let t = Triangle::build(8);
    t.print();
    for r in 0..t.rows {
        assert_eq!(t.row_sum(r), 1 << r);
    }
    println!("C(7,3) = {}", t.get(7, 3));
    println!("C(3,7) = {}", t.get(3, 7));
}
