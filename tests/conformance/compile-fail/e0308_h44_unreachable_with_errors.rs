// Unreachable patterns and code next to type errors.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        85 => 'X',
        0..=79 => 'C',
        _ => 'F',
    }
}

fn bonus(score: u32) -> u32 {
    match score {
        0..=50 => 0,
        51..=100 => 5,
        70 => "seventy",
        _ => 10,
    }
}

fn finish(score: u32) -> u32 {
    if score > 100 {
        panic!("bad score");
        return 0;
    }
    let total: u64 = score + bonus(score);
    total
}

fn main() {
    let s = 87;
    println!("{} {}", grade(s), finish(s));
}
