// Marking a cell on a board that was not declared mutable.
fn mark(cell: &mut char, who: char) {
    if *cell == ' ' {
        *cell = who;
    }
}

fn show(board: &[[char; 3]; 3]) {
    for row in board {
        println!("|{}|{}|{}|", row[0], row[1], row[2]);
    }
}

fn main() {
    let board = [[' '; 3]; 3];
    mark(&mut board[1][1], 'X');
    let corner = &mut board[0][2];
    *corner = 'O';
    show(&board);
}
