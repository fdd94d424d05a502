// render gets a flag, caller not updated, flag unused
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Winner(Cell),
    Draw,
    InProgress,
}

struct Board {
    cells: [[Cell; 3]; 3],
    moves: u32,
}

const LINES: [[(usize, usize); 3]; 8] = [
    [(0, 0), (0, 1), (0, 2)],
    [(1, 0), (1, 1), (1, 2)],
    [(2, 0), (2, 1), (2, 2)],
    [(0, 0), (1, 0), (2, 0)],
    [(0, 1), (1, 1), (2, 1)],
    [(0, 2), (1, 2), (2, 2)],
    [(0, 0), (1, 1), (2, 2)],
    [(0, 2), (1, 1), (2, 0)],
];

impl Board {
    fn new() -> Board {
        Board { cells: [[Cell::Empty; 3]; 3], moves: 0 }
    }

    fn place(&mut self, row: usize, col: usize, who: Cell) -> bool {
        if self.cells[row][col] != Cell::Empty {
            return false;
        }
        self.cells[row][col] = who;
        self.moves += 1;
        true
    }

    fn outcome(&self) -> Outcome {
        for line in LINES.iter() {
            let [a, b, c] = *line;
            let first = self.cells[a.0][a.1];
            if first != Cell::Empty && first == self.cells[b.0][b.1] && first == self.cells[c.0][c.1] {
                return Outcome::Winner(first);
            }
        }
        if self.moves == 9 { Outcome::Draw } else { Outcome::InProgress }
    }

    fn render(&self, show_moves: bool) {
        for row in self.cells.iter() {
            let mut line = [' '; 3];
            for (i, cell) in row.iter().enumerate() {
                line[i] = symbol(*cell);
            }
            println!("{}|{}|{}", line[0], line[1], line[2]);
        }
    }
}

fn symbol(cell: Cell) -> char {
    match cell {
        Cell::Empty => '.',
        Cell::X => 'X',
        Cell::O => 'O',
    }
}

fn main() {
    let mut board = Board::new();
    let script = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)];
    let mut turn = Cell::X;
    for (r, c) in script {
        if !board.place(r, c, turn) {
            println!("occupied");
            continue;
        }
        turn = if turn == Cell::X { Cell::O } else { Cell::X };
        let state = board.outcome();
        if state != Outcome::InProgress {
            board.render();
            println!("{:?}", state);
            break;
        }
    }
}
