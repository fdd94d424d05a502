fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        89..=80 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

fn band(db: i16) -> &'static str {
    match db {
        i16::MIN..=-1 => "invalid",
        0..=29 => "quiet",
        30..30 => "never",
        30..=80 => "normal",
        _ => "loud",
    }
}

fn main() {
    println!("{} {}", letter(85), band(45));
}
