// A tic-tac-toe board whose array lengths do not match their declared types.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

const SIZE: usize = 3;

fn winner(board: &[[Cell; SIZE]; SIZE]) -> Cell {
    for row in 0..SIZE {
        if board[row][0] != Cell::Empty && board[row][0] == board[row][1] && board[row][1] == board[row][2] {
            return board[row][0];
        }
    }
    Cell::Empty
}

fn main() {
    let mut board = [[Cell::Empty; SIZE]; SIZE];
    board[1] = [Cell::X, Cell::X, Cell::X];
    let moves: [(usize, usize); 3] = [(0, 0), (2, 2)];
    for (r, c) in moves {
        board[r][c] = Cell::O;
    }
    let diagonal: [Cell; 2] = [board[0][0], board[1][1], board[2][2]];
    println!("{:?} {:?}", winner(&board), diagonal);
}
