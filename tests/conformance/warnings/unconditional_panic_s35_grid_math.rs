// lints: unconditional_panic arithmetic_overflow
// regen: build
// A small grid game whose constant indexes and divisors are known to fail.
const WIDTH: usize = 3;
const HEIGHT: usize = 2;
const NO_PLAYERS: u32 = 0;
const SHOW_HELP: bool = false;

struct Board {
    cells: [[u8; WIDTH]; HEIGHT],
    scores: [u32; 2],
}

fn corner(board: &Board) -> u8 {
    board.cells[HEIGHT][0]
}

fn share(total: u32) -> u32 {
    let mut each = total;
    each /= NO_PLAYERS;
    each %= 0;
    each + (total / NO_PLAYERS)
}

fn wrap(board: &mut Board) {
    board.scores[2] = 1;
    let last = WIDTH;
    board.cells[0][last] = 9;
    let first_row = board.cells[0];
    let probe = first_row[usize::MAX];
    let step = (i64::MIN % -1) as u8;
    board.cells[1][0] = probe + step;
}

fn help(board: &Board) -> usize {
    if SHOW_HELP {
        return board.cells[9][9] as usize / 0;
    }
    let bonus = i8::MAX + 1;
    WIDTH * HEIGHT + bonus as usize
}

#[allow(unconditional_panic)]
fn unchecked(values: [i32; 2]) -> i32 {
    values[2] / 0
}

fn main() {
    let mut board = Board { cells: [[0; WIDTH]; HEIGHT], scores: [0; 2] };
    println!("{}", corner(&board));
    println!("{}", share(10));
    wrap(&mut board);
    println!("{}", help(&board));
    println!("{}", unchecked([1, 2]));
}
