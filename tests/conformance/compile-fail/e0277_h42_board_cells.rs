// Tic-tac-toe board: `[value; N]` needs a Copy value, and Cell only derives Debug.
#[derive(Debug, PartialEq)]
enum Mark {
    Empty,
    Cross,
    Nought,
}

#[derive(Debug)]
struct Cell {
    mark: Mark,
    turn: u8,
}

struct Board {
    cells: [Cell; 9],
}

impl Board {
    fn new() -> Board {
        // mistake: Cell is not Copy, so the repeat expression is rejected
        Board { cells: [Cell { mark: Mark::Empty, turn: 0 }; 9] }
    }

    fn place(&mut self, index: usize, mark: Mark, turn: u8) -> bool {
        if self.cells[index].mark != Mark::Empty {
            return false;
        }
        self.cells[index] = Cell { mark, turn };
        true
    }

    fn filled(&self) -> usize {
        let mut n = 0;
        for c in self.cells.iter() {
            if c.mark != Mark::Empty {
                n += 1;
            }
        }
        n
    }
}

fn main() {
    let mut b = Board::new();
    b.place(4, Mark::Cross, 1);
    b.place(0, Mark::Nought, 2);
    println!("{} cells filled", b.filled());
    println!("{:?}", b.cells[4]);
}
