// Letter grades from percentage scores with range patterns; the ranges leave
// gaps.

fn letter(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        0..=58 => 'F',
    }
}

fn bonus(level: i8) -> i32 {
    match level {
        i8::MIN..=-1 => 0,
        0..=10 => 5,
        11..=100 => 10,
    }
}

fn is_passing(score: u8) -> bool {
    match score {
        0..=59 => false,
        60..=u8::MAX => true,
    }
}

fn main() {
    for s in [95u8, 83, 71, 64, 59, 12] {
        println!("{} -> {} pass={}", s, letter(s), is_passing(s));
    }
    println!("{}", bonus(7));
}
