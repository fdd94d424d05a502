// lints: non_contiguous_range_endpoints overlapping_range_endpoints
// Grading with exclusive ranges that skip a value, and inclusive ranges that share one.
fn letter(score: u32) -> char {
    match score {
        0..60 => 'F',
        61..70 => 'D',
        70..80 => 'C',
        80..90 => 'B',
        _ => 'A',
    }
}

fn stars(reviews: u8) -> u8 {
    match reviews {
        0..=10 => 1,
        10..=50 => 2,
        51..=200 => 3,
        _ => 4,
    }
}

fn main() {
    let scores = [59, 60, 65, 75, 85, 95];
    for s in scores {
        println!("{s} -> {}", letter(s));
    }
    for r in [0, 10, 11, 51, 250] {
        println!("{r} reviews -> {} stars", stars(r));
    }
}
