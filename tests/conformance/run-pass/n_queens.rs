// Counts the solutions of the N-queens problem by backtracking and prints the first.
const MAX: usize = 8;

struct Board {
    n: usize,
    cols: [usize; MAX],
    solutions: u32,
    first: [usize; MAX],
}

impl Board {
    fn safe(&self, row: usize, col: usize) -> bool {
        for r in 0..row {
            let c = self.cols[r];
            if c == col || r.abs_diff(row) == c.abs_diff(col) {
                return false;
            }
        }
        true
    }

    fn place(&mut self, row: usize) {
        if row == self.n {
            if self.solutions == 0 {
                self.first = self.cols;
            }
            self.solutions += 1;
            return;
        }
        for col in 0..self.n {
            if self.safe(row, col) {
                self.cols[row] = col;
                self.place(row + 1);
            }
        }
    }
}

fn main() {
    for n in 4..=MAX {
        let mut b = Board { n, cols: [0; MAX], solutions: 0, first: [0; MAX] };
        b.place(0);
        println!("{}-queens: {} solutions", n, b.solutions);
        if n == 6 {
            for r in 0..n {
                for c in 0..n {
                    print!("{}", if b.first[r] == c { 'Q' } else { '.' });
                }
                println!();
            }
        }
    }
}
