#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

#[derive(Debug)]
struct Board {
    cells: [Cell; 9],
    turn: u32,
}

impl Board {
    fn new() -> Board {
        Board { cells: [Cell::Empty; 9], turn: 0 }
    }

    fn place(&mut self, idx: usize, c: Cell) -> bool {
        if self.cells[idx] != Cell::Empty {
            return false;
        }
        self.cells[idx] = c;
        self.turn += 1;
        true
    }

    fn winner(&self) -> Cell {
        let lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
        for l in lines {
            let a = self.cells[l[0]];
            if a != Cell::Empty && a == self.cells[l[1]] && a == self.cells[l[2]] {
                return a;
            }
        }
        Cell::Empty
    }
}

fn render(b: Board) {
    for (i, c) in b.cells.iter().enumerate() {
        let ch = match c {
            Cell::Empty => '.',
            Cell::X => 'X',
            Cell::O => 'O',
        };
        print!("{}", ch);
        if i % 3 == 2 {
            println!();
        }
    }
}

fn main() {
    let board = Board::new();
    let moves = [4, 0, 8, 2, 6];
    let current = Cell::X;
    for m in moves {
        board.place(m, current);
        current = if current == Cell::X { Cell::O } else { Cell::X };
    }
    render(board);
    let w = board.winner();
    println!("winner: {:?}", w);
    let turns;
    if w == Cell::Empty {
        turns = 9;
    }
    println!("{}", turns);
    let mut spare = board.turn;
    render(board);
}
