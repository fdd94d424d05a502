// Game board lookups: a Python programmer indexes with i32 and u8 values.

const W: usize = 5;
const H: usize = 4;

fn cell(board: &[[u8; W]; H], row: i32, col: i32) -> u8 {
    if row < 0 || col < 0 {
        return 0;
    }
    board[row][col]
}

fn count_row(board: &[[u8; W]; H], row: u8) -> u32 {
    let mut n = 0;
    for c in 0..W {
        n += board[row as usize][c] as u32;
    }
    n
}

fn column_total(board: &[[u8; W]; H], col: u8) -> u32 {
    let mut n = 0u32;
    for r in 0..H {
        n += board[r][col] as u32;
    }
    n
}

fn main() {
    let mut board = [[0u8; W]; H];
    board[1][2] = 1;
    board[2][2] = 1;
    board[3][4] = 1;
    println!("cell {}", cell(&board, 1, 2));
    println!("row 2 has {}", count_row(&board, 2));
    println!("column 2 has {}", column_total(&board, 2));
}
