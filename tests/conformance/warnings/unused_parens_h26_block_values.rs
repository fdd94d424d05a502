// lints: unused_parens unused_braces unused_variables
// Score keeping with blocks as values and a few redundant delimiters.
mod scoring {
    pub const STRIKE: u32 = 10;
    pub const BONUS_ROLLS: u32 = 2;

    pub fn frame_score(first: u32, second: u32, next: u32) -> u32 {
        let base = (first + second);
        let bonus = if first == STRIKE { { next * BONUS_ROLLS } } else { 0 };
        return (base + bonus);
    }
}

fn total(rolls: &[u32]) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while (i + 2 < rolls.len()) {
        let frame = {
            let a = rolls[i];
            let b = rolls[i + 1];
            scoring::frame_score(a, b, rolls[i + 2])
        };
        sum += frame;
        i += 2;
    }
    let leftover = { rolls.len() - i };
    sum
}

fn main() {
    let rolls = [10, 0, 3, 4, 5, 5, 2, 1];
    let shown = (total(&rolls));
    println!("{}", shown);
}
