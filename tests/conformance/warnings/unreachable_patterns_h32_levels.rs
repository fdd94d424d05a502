// lints: unreachable_patterns irrefutable_let_patterns dead_code
#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High,
}

fn rate(l: Level, n: u32) -> u32 {
    match (l, n) {
        (Level::Low, _) => 1,
        (_, 0) => 0,
        (Level::Mid, 1..=10) => 2,
        (Level::Mid, _) => 3,
        (Level::High, x) => x,
        (Level::Low, 5) => 99,
    }
}

fn bucket(c: char) -> u8 {
    match c {
        'a'..='m' => 1,
        'n'..='z' => 2,
        'k' => 3,
        _ => 0,
    }
}

fn flags(b: (bool, bool)) -> u8 {
    match b {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 3,
        _ => 4,
    }
}

fn main() {
    println!("{} {} {}", rate(Level::Mid, 3), bucket('x'), flags((true, true)));
    let l = Level::High;
    if let Level::Low | Level::Mid | Level::High = l {
        println!("any");
    }
}
