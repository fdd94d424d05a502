// Grading with integer range patterns
fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
    }
}

fn sign(x: i32) -> i8 {
    match x {
        i32::MIN..=-1 => -1,
        0 => 0,
        1..=1000 => 1,
    }
}

fn bucket(n: i8) -> u8 {
    match n {
        -128..=-1 => 0,
        0..=126 => 1,
    }
}

fn main() {
    println!("{} {} {}", grade(95), sign(-4), bucket(5));
}
