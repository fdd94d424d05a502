// Grading scores: forgot negative numbers and values above 100.
fn grade(score: i32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        0..=59 => 'F',
    }
}

fn main() {
    let scores = [95, 83, 71, 64, 12];
    for s in scores {
        println!("{} -> {}", s, grade(s));
    }
}
