// `if` and `match` with value arms used as statements in the middle of a block.
fn grade(score: u32) -> char {
    let mut letter = 'F';
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        _ => 'C',
    }
    if score < 50 {
        letter = 'F';
    }
    letter
}

fn bonus(streak: u32) -> u32 {
    let mut points = streak * 10;
    if streak > 7 { points + 50 } else { points }
    points += 1;
    points
}

fn main() {
    for s in [95, 83, 40] {
        println!("{} -> {} (+{})", s, grade(s), bonus(s / 10));
    }
}
