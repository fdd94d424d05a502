// The cabinet binary treats unused code and imports as errors.
#![deny(dead_code, unused_imports)]
#![deny(unused_variables)]

mod screens;

use scoring::rules::{lives_earned, BONUS_EVERY};
use scoring::{Board, Score};

fn attract_mode() -> u8 {
    7
}

fn main() {
    let mut board = Board::empty();
    let before = Score(9_500);
    let after = Score(21_000);
    let rank = board.submit(after);
    let lives: u8 = lives_earned(before, after);
    println!("rank {} lives {}", rank, lives);
    screens::title(board.filled);
    let unused_credit = 2;
    println!("{}", board.entries[0].value);
}
