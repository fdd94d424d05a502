// Sudoku solver using row/column/box bitmasks and backtracking on the most constrained cell.
const PUZZLE: [[u8; 9]; 9] = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
];

struct Solver {
    grid: [[u8; 9]; 9],
    rows: [u16; 9],
    cols: [u16; 9],
    boxes: [u16; 9],
    guesses: u32,
}

#[inline]
fn box_of(r: usize, c: usize) -> usize {
    (r / 3) * 3 + c / 3
}

impl Solver {
    fn new(p: &[[u8; 9]; 9]) -> Solver {
        let mut s = Solver { grid: *p, rows: [0; 9], cols: [0; 9], boxes: [0; 9], guesses: 0 };
        for r in 0..9 {
            for c in 0..9 {
                let v = p[r][c];
                if v != 0 {
                    s.set(r, c, v);
                }
            }
        }
        s
    }

    fn set(&mut self, r: usize, c: usize, v: u8) {
        let bit = 1u16 << v;
        self.grid[r][c] = v;
        self.rows[r] |= bit;
        self.cols[c] |= bit;
        self.boxes[box_of(r, c)] |= bit;
    }

    fn clear(&mut self, r: usize, c: usize) {
        let bit = !(1u16 << self.grid[r][c]);
        self.grid[r][c] = 0;
        self.rows[r] &= bit;
        self.cols[c] &= bit;
        self.boxes[box_of(r, c)] &= bit;
    }

    fn candidates(&self, r: usize, c: usize) -> u16 {
        !(self.rows[r] | self.cols[c] | self.boxes[box_of(r, c)]) & 0b11_1111_1110
    }

    fn solve(&mut self) -> bool {
        let mut best = (10u32, 0usize, 0usize);
        for r in 0..9 {
            for c in 0..9 {
                if self.grid[r][c] == 0 {
                    let n = self.candidates(r, c).count_ones();
                    if n < best.0 {
                        best = (n, r, c);
                    }
                }
            }
        }
        let (n, r, c) = best;
        if n == 10 {
            return true;
        }
        let mut cand = self.candidates(r, c);
        while cand != 0 {
            let v = cand.trailing_zeros() as u8;
            cand &= cand - 1;
            self.guesses += 1;
            self.set(r, c, v);
            if self.solve() {
                return true;
            }
            self.clear(r, c);
        }
        false
    }
}

fn main() {
    let mut s = Solver::new(&PUZZLE);
    let solved = s.solve();
    println!("solved={} guesses={}", solved, s.guesses);
    for (r, row) in s.grid.iter().enumerate() {
        if r % 3 == 0 && r > 0 {
            println!("------+-------+------");
        }
        for (c, v) in row.iter().enumerate() {
            if c % 3 == 0 && c > 0 {
                print!("| ");
            }
            print!("{} ", v);
        }
        println!();
    }
    let all: u16 = 0b11_1111_1110;
    for i in 0..9 {
        assert_eq!(s.rows[i], all);
        assert_eq!(s.cols[i], all);
        assert_eq!(s.boxes[i], all);
    }
}
