// Associated and free constants of user types used as match patterns.
#[derive(Debug, Clone, Copy)]
struct Cell {
    row: u8,
    col: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    Empty,
    Wall,
    Player,
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    Up,
    Down,
}

impl Cell {
    const START: Cell = Cell { row: 0, col: 0 };
    const GOAL: Cell = Cell { row: 7, col: 7 };

    fn label(self) -> &'static str {
        match self {
            Cell::START => "start",
            Cell::GOAL => "goal",
            Cell { row: 0, .. } => "top edge",
            _ => "inside",
        }
    }
}

const BLOCKED: Piece = Piece::Wall;
const DEFAULT_DIR: Dir = Dir::Up;

fn passable(p: Piece) -> bool {
    match p {
        BLOCKED => false,
        Piece::Empty | Piece::Player => true,
    }
}

fn flip(d: Dir) -> Dir {
    match d {
        DEFAULT_DIR => Dir::Down,
        _ => Dir::Up,
    }
}

fn main() {
    let cells = [Cell { row: 0, col: 3 }, Cell::GOAL, Cell { row: 2, col: 2 }];
    for c in cells {
        println!("{:?} {}", c, c.label());
    }
    println!("{} {}", passable(Piece::Empty), passable(Piece::Wall));
    let steps: u8 = cells.len();
    println!("{:?} {}", flip(Dir::Down), steps);
}
