// Replays a fixed game of tic-tac-toe and announces the winner.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cell {
    Empty,
    X,
    O,
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8],
    [0, 3, 6], [1, 4, 7], [2, 5, 8],
    [0, 4, 8], [2, 4, 6],
];

fn symbol(c: Cell) -> char {
    match c {
        Cell::Empty => '.',
        Cell::X => 'X',
        Cell::O => 'O',
    }
}

fn winner(board: &[Cell; 9]) -> Cell {
    for line in LINES.iter() {
        let [a, b, c] = *line;
        if board[a] != Cell::Empty && board[a] == board[b] && board[b] == board[c] {
            return board[a];
        }
    }
    Cell::Empty
}

fn show(board: &[Cell; 9]) {
    for row in 0..3 {
        println!("{} {} {}", symbol(board[row * 3]), symbol(board[row * 3 + 1]), symbol(board[row * 3 + 2]));
    }
}

fn main() {
    let moves = [4, 0, 2, 6, 3, 5, 8, 1, 7];
    let mut board = [Cell::Empty; 9];
    let mut player = Cell::X;
    for (turn, &m) in moves.iter().enumerate() {
        board[m] = player;
        let w = winner(&board);
        if w != Cell::Empty {
            show(&board);
            println!("{:?} wins on turn {}", w, turn + 1);
            return;
        }
        player = if player == Cell::X { Cell::O } else { Cell::X };
    }
    show(&board);
    println!("draw");
}
