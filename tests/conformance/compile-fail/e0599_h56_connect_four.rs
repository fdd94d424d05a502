// Connect four on a 7x6 board with a depth-limited minimax opponent.

const COLS: usize = 7;
const ROWS: usize = 6;
const WIN_SCORE: i32 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Cell {
    Empty = 0,
    Red = 1,
    Yellow = 2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GameResult {
    InProgress,
    Won(Cell),
    Draw,
}

#[derive(Clone, Copy)]
struct Board {
    cells: [[Cell; COLS]; ROWS],
    heights: [usize; COLS],
    moves: u32,
}

impl Cell {
    fn other(self) -> Cell {
        match self {
            Cell::Red => Cell::Yellow,
            Cell::Yellow => Cell::Red,
            Cell::Empty => Cell::Empty,
        }
    }

    fn glyph(self) -> char {
        match self {
            Cell::Empty => '.',
            Cell::Red => 'X',
            Cell::Yellow => 'O',
        }
    }
}

impl Board {
    fn new() -> Board {
        Board { cells: [[Cell::Empty; COLS]; ROWS], heights: [0; COLS], moves: 0 }
    }

    fn can_play(&self, col: usize) -> bool {
        self.heights[col] < ROWS
    }

    fn play(&mut self, col: usize, who: Cell) {
        let row = self.heights[col];
        self.cells[row][col] = who;
        self.heights[col] += 1;
        self.moves += 1;
    }

    fn undo(&mut self, col: usize) {
        self.heights[col] -= 1;
        let row = self.heights[col];
        self.cells[row][col] = Cell::Empty;
        self.moves -= 1;
    }

    fn line_owner(&self, r: usize, c: usize, dr: i32, dc: i32) -> Cell {
        let first = self.cells[r][c];
        if first == Cell::Empty {
            return Cell::Empty;
        }
        for k in 1..4 {
            let rr = r as i32 + dr * k;
            let cc = c as i32 + dc * k;
            if rr < 0 || cc < 0 || rr >= ROWS as i32 || cc >= COLS as i32 {
                return Cell::Empty;
            }
            if self.cells[rr as usize][cc as usize] != first {
                return Cell::Empty;
            }
        }
        first
    }

    fn result(&self) -> GameResult {
        let dirs = [(0, 1), (1, 0), (1, 1), (1, -1)];
        for r in 0..ROWS {
            for c in 0..COLS {
                for &(dr, dc) in dirs.iter() {
                    let w = self.line_owner(r, c, dr, dc);
                    if w != Cell::Empty {
                        return GameResult::Won(w);
                    }
                }
            }
        }
        if self.moves as usize == ROWS * COLS {
            GameResult::Draw
        } else {
            GameResult::InProgress
        }
    }

    fn heuristic(&self, me: Cell) -> i32 {
        // prefer centre columns
        let mut score = 0;
        for r in 0..ROWS {
            for c in 0..COLS {
                let weight = 3 - (c as i32 - 3).abs();
                if self.cells[r][c] == me {
                    score += weight;
                } else if self.cells[r][c] == me.other() {
                    score -= weight;
                }
            }
        }
        score
    }

    fn print(&self) {
        for r in (0..ROWS).rev() {
            for c in 0..COLS {
                print!("{} ", self.cells[r][c].glyph());
            }
            println!();
        }
        println!("0 1 2 3 4 5 6");
    }
}

fn minimax(b: &mut Board, depth: u32, me: Cell, turn: Cell, mut alpha: i32, mut beta: i32) -> i32 {
    match b.result() {
        GameResult::Won(w) if w == me => return WIN_SCORE - b.moves as i32,
        GameResult::Won(_) => return -WIN_SCORE + b.moves as i32,
        GameResult::Draw => return 0,
        GameResult::InProgress => {}
    }
    if depth == 0 {
        return b.heuristic(me);
    }
    let maximizing = turn == me;
    let mut best = if maximizing { i32::MIN } else { i32::MAX };
    for col in [3, 2, 4, 1, 5, 0, 6] {
        if !b.can_play(col) {
            continue;
        }
        b.play(col, turn);
        let v = minimax(b, depth - 1, me, turn.other(), alpha, beta);
        b.undo(col);
        if maximizing {
            best = best.max(v);
            alpha = alpha.max(v);
        } else {
            best = best.min(v);
            beta = beta.min(v);
        }
        if alpha >= beta {
            break;
        }
    }
    best
}

fn best_move(b: &Board, who: Cell, depth: u32) -> usize {
    let mut work = *b;
    let mut best_col = COLS;
    let mut best_val = i32::MIN;
    for col in 0..COLS {
        if !work.can_play(col) {
            continue;
        }
        work.play(col, who);
        let v = minimax(&mut work, depth, who, who.other(), i32::MIN, i32::MAX);
        work.undo(col);
        if v > best_val {
            best_val = v;
            best_col = col;
        }
    }
    best_col
}

fn main() {
    let mut b = Board::new();
    let mut turn = Cell::Red;
    let scripted = [3usize, 3, 4, 2];
    let mut i = 0;
    let outcome = loop {
        let res = b.result();
        if res != GameResult::InProgress {
            break res;
        }
        let col = if turn == Cell::Red && i < scripted.len() {
            i += 1;
            scripted[i - 1]
        } else {
            best_move(&b, turn, if turn == Cell::Red { 2 } else { 4 })
        };
        b.play(col, turn);
        turn = turn.other();
    };
    b.print();
    match outcome {
        GameResult::Won(c) => println!("{:?} ({}) wins after {} moves", c, c as u8, b.moves),
        GameResult::Draw => println!("draw"),
        GameResult::InProgress => unreachable!(),
    }
    let next = Cell::Blue;
    println!("{}", next.glyph());
}
