// A tic-tac-toe board whose row and cell arrays are sized by constant expressions.
const SIDE: usize = 3;
const CELLS: usize = SIDE * SIDE;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Empty,
    X,
    O,
}

struct Board {
    cells: [Mark; CELLS],
}

impl Board {
    fn row(&self, r: usize) -> [Mark; SIDE] {
        [self.cells[r * SIDE], self.cells[r * SIDE + 1], self.cells[r * SIDE + 2]]
    }

    fn winner(&self) -> Mark {
        for r in 0..SIDE {
            let row = self.row(r);
            if row[0] != Mark::Empty && row[0] == row[1] && row[1] == row[2] {
                return row[0];
            }
        }
        Mark::Empty
    }
}

fn main() {
    let mut b = Board { cells: [Mark::Empty; SIDE * SIDE + 1] };
    b.cells[0] = Mark::X;
    b.cells[1] = Mark::X;
    b.cells[2] = Mark::X;
    let scores: [u32; SIDE] = [0; SIDE - 1];
    let history: [Mark; 2 * SIDE] = [Mark::O; CELLS];
    let ok: [u8; CELLS] = [0; SIDE * SIDE];
    println!("{:?} {:?} {:?} {:?}", b.winner(), scores, history, ok);
}
