// lints: dead_code
// A tic-tac-toe board; some helpers are only reachable from other dead helpers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
    Blocked,
}

#[derive(Debug)]
struct Board {
    cells: [Cell; 9],
    moves: u8,
    history: [u8; 9],
}

struct Score(u32, u32);

struct Unused {
    a: u8,
}

impl Board {
    const SIZE: usize = 3;
    const MAX_MOVES: u8 = 9;

    fn new() -> Board {
        Board { cells: [Cell::Empty; 9], moves: 0, history: [0; 9] }
    }

    fn play(&mut self, at: usize, who: Cell) {
        self.cells[at] = who;
        self.moves += 1;
    }

    fn is_full(&self) -> bool {
        self.moves == Self::MAX_MOVES
    }

    fn reset(&mut self) {
        *self = Board::new();
        self.clear_history();
    }

    fn clear_history(&mut self) {
        self.history = [0; 9];
    }

    fn row(&self, r: usize) -> [Cell; 3] {
        [self.cells[r * 3], self.cells[r * 3 + 1], self.cells[r * 3 + 2]]
    }
}

fn winner(b: &Board) -> Cell {
    for r in 0..Board::SIZE {
        let row = b.row(r);
        if row[0] != Cell::Empty && row[0] == row[1] && row[1] == row[2] {
            return row[0];
        }
    }
    Cell::Empty
}

fn tally(s: &Score) -> u32 {
    s.0 + helper_for_tally()
}

fn helper_for_tally() -> u32 {
    1
}

const BANNER: &str = "tic-tac-toe";
static SPARE: [u8; 2] = [0, 1];

mod render {
    pub fn cell_char(x: bool) -> char {
        if x { 'X' } else { 'O' }
    }

    pub fn unused_in_mod() -> u8 {
        0
    }

    fn private_unused() {}
}

fn main() {
    let mut b = Board::new();
    b.play(0, Cell::X);
    b.play(1, Cell::X);
    b.play(2, Cell::X);
    println!("{:?} {} {}", winner(&b), b.is_full(), render::cell_char(true));
    let s = Score(1, 2);
    println!("{}", s.1);
}
