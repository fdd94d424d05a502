// lints: unreachable_patterns
// Match arms that can never be reached: a catch-all too early, a duplicated range, a covered literal.
#[derive(Debug, Clone, Copy)]
enum Key {
    Up,
    Down,
    Char(u8),
}

fn describe(k: Key) -> &'static str {
    match k {
        Key::Up => "up",
        Key::Down => "down",
        Key::Char(b'a'..=b'z') => "letter",
        Key::Char(b'q') => "quit",
        Key::Char(_) => "other",
    }
}

fn bucket(age: u32) -> &'static str {
    match age {
        0..=12 => "child",
        13..=19 => "teen",
        _ => "adult",
        65..=120 => "senior",
    }
}

fn main() {
    for k in [Key::Up, Key::Down, Key::Char(b'q'), Key::Char(b'7')] {
        println!("{:?} {}", k, describe(k));
    }
    println!("{} {}", bucket(15), bucket(70));
}
