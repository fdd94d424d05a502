fn grade(score: u8) -> char {
    let why = "score above 100";
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => unreachable!(why),
    }
}

fn main() {
    println!("{}", grade(85));
}
