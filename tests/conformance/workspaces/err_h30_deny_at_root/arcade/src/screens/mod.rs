#[allow(dead_code)]
mod legacy;

use scoring::Score;

pub fn title(n: usize) {
    println!("== HIGH SCORES ({}) ==", n);
}

pub fn game_over(s: u32) -> u32 {
    s + missing_bonus
}
