// lints: unconditional_panic arithmetic_overflow
// regen: build
// A tic-tac-toe board with off-by-one coordinates.
const SIZE: usize = 3;
const LAST: usize = SIZE - 1;
const NONE: i32 = -1;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cell {
    Empty,
    X,
    O,
}

struct Board {
    cells: [[Cell; SIZE]; SIZE],
    moves: [u8; SIZE * SIZE],
}

fn bottom_right(board: &Board) -> Cell {
    board.cells[SIZE][SIZE]
}

fn last_ok(board: &Board) -> Cell {
    board.cells[LAST][LAST]
}

fn previous_move(board: &Board) -> u8 {
    board.moves[NONE as usize]
}

fn center(board: &mut Board) {
    let mid = SIZE / 2;
    board.cells[mid][mid] = Cell::X;
    let past = mid + 2;
    board.cells[past][0] = Cell::O;
}

fn move_count(board: &Board) -> u8 {
    let full = SIZE * SIZE;
    board.moves[full - 1] + board.moves[full]
}

fn wrap_row() -> usize {
    let row: usize = 0;
    row - 1
}

fn column(board: &Board, col: usize) -> Cell {
    board.cells[0][col]
}

fn main() {
    let mut board = Board { cells: [[Cell::Empty; SIZE]; SIZE], moves: [0; SIZE * SIZE] };
    println!("{:?}", bottom_right(&board));
    println!("{:?}", last_ok(&board));
    println!("{}", previous_move(&board));
    center(&mut board);
    println!("{}", move_count(&board));
    println!("{}", wrap_row());
    println!("{:?}", column(&board, 1));
    println!("{}", board.cells[1][1] == Cell::X);
}
