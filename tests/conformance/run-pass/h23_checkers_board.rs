// A checkers board: moves validated with matches, nested arrays, enums with data.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    Empty,
    Man(bool),
    King(bool),
}

#[derive(Debug)]
enum Move {
    Step { from: (usize, usize), to: (usize, usize) },
    Jump { from: (usize, usize), over: (usize, usize), to: (usize, usize) },
}

struct Board {
    grid: [[Piece; 8]; 8],
}

impl Board {
    fn new() -> Board {
        let mut grid = [[Piece::Empty; 8]; 8];
        for r in 0..3 {
            for c in 0..8 {
                if (r + c) % 2 == 1 {
                    grid[r][c] = Piece::Man(true);
                    grid[7 - r][7 - c] = Piece::Man(false);
                }
            }
        }
        Board { grid }
    }

    fn apply(&mut self, m: &Move) -> bool {
        match *m {
            Move::Step { from, to } => {
                let p = self.grid[from.0][from.1];
                if p == Piece::Empty || self.grid[to.0][to.1] != Piece::Empty {
                    return false;
                }
                self.grid[to.0][to.1] = self.promote(p, to.0);
                self.grid[from.0][from.1] = Piece::Empty;
                true
            }
            Move::Jump { from, over, to } => {
                let p = self.grid[from.0][from.1];
                match (p, self.grid[over.0][over.1]) {
                    (Piece::Man(a) | Piece::King(a), Piece::Man(b) | Piece::King(b)) if a != b => {
                        self.grid[over.0][over.1] = Piece::Empty;
                        self.grid[from.0][from.1] = Piece::Empty;
                        self.grid[to.0][to.1] = self.promote(p, to.0);
                        true
                    }
                    _ => false,
                }
            }
        }
    }

    fn promote(&self, p: Piece, row: usize) -> Piece {
        match (p, row) {
            (Piece::Man(true), 7) => Piece::King(true),
            (Piece::Man(false), 0) => Piece::King(false),
            (other, _) => other,
        }
    }

    fn count(&self, white: bool) -> u32 {
        let mut n = 0;
        for row in self.grid.iter() {
            for &cell in row.iter() {
                if let Piece::Man(w) | Piece::King(w) = cell {
                    if w == white {
                        n += 1;
                    }
                }
            }
        }
        n
    }
}

fn main() {
    let mut b = Board::new();
    let moves = [
        Move::Step { from: (2, 1), to: (3, 2) },
        Move::Step { from: (5, 4), to: (4, 3) },
        Move::Jump { from: (3, 2), over: (4, 3), to: (5, 4) },
        Move::Step { from: (0, 0), to: (1, 1) },
    ];
    for (i, m) in moves.iter().enumerate() {
        let ok = b.apply(m);
        println!("{:>2}: {:<5} {:?}", i, ok, m);
    }
    println!("white={} black={}", b.count(true), b.count(false));
    println!("{:?}", b.grid[5]);
}
