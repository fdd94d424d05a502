// A tic-tac-toe board sized by an associated const, scanned with index ranges.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Empty,
    X,
    O,
}

struct Board {
    cells: [Mark; Board::SIZE * Board::SIZE],
}

impl Board {
    const SIZE: usize = 3;

    fn new() -> Board {
        Board { cells: [Mark::Empty; Self::SIZE * Self::SIZE] }
    }

    fn row(&self, r: usize) -> &[Mark] {
        &self.cells[r * Self::SIZE..(r + 1) * Self::SIZE]
    }

    fn place(&mut self, r: usize, c: usize, m: Mark) -> bool {
        let cell = &mut self.cells[r * Self::SIZE + c];
        if *cell == Mark::Empty {
            *cell = m;
            true
        } else {
            false
        }
    }

    fn winner(&self) -> Mark {
        for r in 0..Self::SIZE {
            match self.row(r) {
                [a, b, c] if *a != Mark::Empty && a == b && b == c => return *a,
                _ => {}
            }
        }
        for c in 0..Self::SIZE {
            let col = [self.cells[c], self.cells[c + 3], self.cells[c + 6]];
            let [a, b, c2] = col;
            if a != Mark::Empty && a == b && b == c2 {
                return a;
            }
        }
        Mark::Empty
    }
}

fn main() {
    let mut b = Board::new();
    let moves = [(0, 0, Mark::X), (1, 1, Mark::O), (0, 1, Mark::X), (2, 2, Mark::O), (0, 2, Mark::X)];
    for &(r, c, m) in moves.iter() {
        let ok = b.place(r, c, m);
        println!("{:?} at ({r},{c}) ok={ok}", m);
    }
    println!("again: {}", b.place(1, 1, Mark::X));
    for r in (0..Board::SIZE).rev() {
        println!("{:?}", b.row(r));
    }
    println!("winner: {:?}", b.winner());
}
